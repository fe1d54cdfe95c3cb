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
    void aRowBecomesTheSameDocumentAgain() {
        Document d = doc();
        d.markup("<html><head><meta name=tdm-reservation content=1></head></html>").score("pii.count.email", 2.0);
        d.decide(Decision.flag("quality", "2", "quality.flag", null, "detail"));
        Row pending = DocumentRows.toRow(d, null, true);
        assertEquals(d.markup(), pending.getAs("markup"), "kept for the site-level pass");
        assertNull(DocumentRows.toRow(d).getAs("markup"), "never in a final row");
        Document back = DocumentRows.toDocument(pending);
        assertEquals(d.toString(), back.toString());
        assertEquals(d.decisions(), back.decisions());
        assertEquals(d.attributes(), back.attributes());
        assertEquals(d.scores(), back.scores());
        assertEquals(d.headers(), back.headers());
        assertEquals(d.source(), back.source());
        assertEquals(d.markup(), back.markup());
        assertEquals(d.text(), back.text());
        assertEquals("deu_Latn", back.language());
        assertEquals(0.93, back.languageScore());
        assertEquals(DocumentRows.toRow(d), DocumentRows.toRow(back));
    }

    @Test
    void provenanceColumnsAreDerivedFromTheStagesAttributes() {
        Document d = doc();
        d.attribute("licensing.licence_class", "permissive").attribute("licensing.legal_basis", "licence")
                .attribute("licensing.licence_evidence", "head_link CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/")
                .attribute("licensing.signals", "tdm_reservation_header=0").score("pii.count.phone", 3.0);
        Row r = DocumentRows.toRow(d);
        assertEquals("example.de", r.getAs("registered_domain"));
        assertEquals("permissive", r.getAs("licence_class"));
        assertEquals("licence", r.getAs("legal_basis"));
        assertEquals("head_link CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/", r.getAs("licence_evidence"));
        assertEquals(1, r.<scala.collection.Seq<Row>>getAs("opt_out_signals").size());
        assertEquals(3L, r.<scala.collection.Map<String, Long>>getAs("pii_counts").get("phone").get());
        assertNull(r.getAs("site_capture"));
    }

    @Test
    void hostOfBrokenUrlIsNull() {
        assertNull(DocumentRows.host("http://exa mple.com/%%"));
        assertNull(DocumentRows.host(null));
        assertEquals("example.com", DocumentRows.host("http://example.com:8080/x"));
    }
}
