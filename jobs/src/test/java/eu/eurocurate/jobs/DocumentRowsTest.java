package eu.eurocurate.jobs;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DocumentRowsTest {

    private static Document doc() {
        Document d = new Document("abc", new SourceLocator("file:/x/a.warc.gz", 10, 20, "<urn:uuid:1>", "response"));
        d.url("https://WWW.Example.de/seite?q=1").text("Hallo Welt").language("deu_Latn", 0.93)
                .attribute("licensing.spdx", "CC-BY-4.0").score("quality.gopher.mean_word_length", 4.5)
                .header("Content-Type", "text/html");
        d.decide(Decision.keep("ingest", "1", "ingest.ok", 10.0));
        return d;
    }

    @Test
    void keptDocumentKeepsItsTextAndFields() {
        Row r = DocumentRows.toRow(doc());
        assertEquals(DocumentRows.SCHEMA.size(), r.size());
        assertEquals("abc", r.getAs("id"));
        assertEquals("www.example.de", r.getAs("host"));
        assertEquals("Hallo Welt", r.getAs("text"));
        assertEquals(10, (int) r.getAs("text_chars"));
        assertEquals("CC-BY-4.0", r.getAs("licence"));
        assertEquals(DocumentRows.KEPT, r.getAs("status"));
        assertEquals(10L, (long) r.getAs("source_offset"));
    }

    @Test
    void droppedDocumentLosesItsTextButNotItsLength() {
        Document d = doc();
        d.decide(Decision.drop("quality", "1", "quality.gopher.word_count", 2.0, null));
        Row r = DocumentRows.toRow(d);
        assertNull(r.getAs("text"));
        assertEquals(10, (int) r.getAs("text_chars"));
        assertEquals(DocumentRows.DROPPED, r.getAs("status"));
    }

    @Test
    void hostOfBrokenUrlIsNull() {
        assertNull(DocumentRows.host("http://exa mple.com/%%"));
        assertNull(DocumentRows.host(null));
        assertEquals("example.com", DocumentRows.host("http://example.com:8080/x"));
    }
}
