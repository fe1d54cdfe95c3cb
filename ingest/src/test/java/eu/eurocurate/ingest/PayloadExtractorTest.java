package eu.eurocurate.ingest;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.config.IngestConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static eu.eurocurate.ingest.Fixtures.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayloadExtractorTest {

    private static TikaExtractor tika;
    private static ParseLimiter limiter;

    @BeforeAll
    static void build() {
        tika = new TikaExtractor();
        limiter = new ParseLimiter(60_000);
    }

    @AfterAll
    static void close() {
        limiter.close();
    }

    private static Document run(IngestConfig config, String text, String type, boolean fromWarc) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return run(config, b, type, fromWarc);
    }

    private static Document run(IngestConfig config, byte[] b, String type, boolean fromWarc) {
        Document d = new Document("t", new SourceLocator("t.warc", 0, b.length, null, "response"));
        new PayloadExtractor(config, tika, limiter)
                .extract(d, new PayloadExtractor.Payload(b, b.length, type, null, "page", fromWarc));
        return d;
    }

    @Test
    void okRecordsTheTextLength() {
        Document d = run(Fixtures.defaults(), "<p>Dobrý den, světe.</p>", "text/html", true);
        assertEquals(Reasons.OK, decision(d).reason());
        assertEquals("Dobrý den, světe.", d.text());
        assertEquals(17.0, decision(d).value());
        assertEquals("<p>Dobrý den, světe.</p>", d.markup());
    }

    @Test
    void maxTextCharsTruncatesAtAParagraphAndSaysSo() {
        String html = "<p>" + "Erste Zeile des Textes. ".repeat(3) + "</p><p>" + "zweite ".repeat(20) + "</p>";
        Document d = run(Fixtures.with(null, null, 100, null, null, null), html, "text/html", true);
        assertEquals("Erste Zeile des Textes. Erste Zeile des Textes. Erste Zeile des Textes.", d.text());
        assertEquals("true", d.attributes().get(PayloadExtractor.ATTR_TRUNCATED));
        assertEquals(Reasons.OK, decision(d).reason());
    }

    @Test
    void minTextCharsDropsShortText() {
        Document d = run(Fixtures.with(null, null, null, 50, null, null), "short text", "text/plain", true);
        assertEquals(Reasons.EMPTY_TEXT, decision(d).reason());
        assertEquals(10.0, decision(d).value());
    }

    @Test
    void uninformativeTypeIsSniffed() {
        Document d = run(Fixtures.defaults(), "<!DOCTYPE html><html><body><p>Bonjour</p></body></html>",
                "application/octet-stream", true);
        assertEquals("text/html", d.contentType());
        assertEquals("Bonjour", d.text());
    }

    @Test
    void contentTypeForNonTextPayloads() {
        Document d = run(Fixtures.defaults(), "body{color:red}", "text/css", true);
        assertEquals(Reasons.CONTENT_TYPE, decision(d).reason());
        assertEquals("text/css", decision(d).detail());
        assertNull(d.text());
    }

    @Test
    void documentsOutsideWarcsAreParsedEvenWhenWarcParsingIsOff() {
        Document d = run(Fixtures.with(null, null, null, null, null, false), Fixtures.bytes("docs/testPDF.pdf"),
                "application/pdf", false);
        assertEquals(Reasons.OK, decision(d).reason());
        assertEquals("tika", d.attributes().get(PayloadExtractor.ATTR_EXTRACTION));
    }

    @Test
    void parseErrorCarriesTheExceptionInTheDetail() {
        Document d = run(Fixtures.defaults(), Fixtures.bytes("docs/testWORD_truncated.docx"), "", false);
        assertEquals(Reasons.PARSE_ERROR, decision(d).reason());
        assertTrue(decision(d).detail().length() <= PayloadExtractor.MAX_DETAIL_CHARS);
    }
}
