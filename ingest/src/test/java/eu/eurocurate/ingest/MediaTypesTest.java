package eu.eurocurate.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaTypesTest {

    @Test
    void baseAndCharsetOfAContentType() {
        assertEquals("text/html", MediaTypes.base(" Text/HTML ; charset=\"ISO-8859-2\""));
        assertEquals("ISO-8859-2", MediaTypes.charset("text/html; charset=\"ISO-8859-2\""));
        assertNull(MediaTypes.charset("text/html"));
        assertEquals("", MediaTypes.base("garbage"));
        assertEquals("", MediaTypes.base(null));
    }

    @Test
    void kindsOfPayload() {
        assertEquals(MediaTypes.Kind.HTML, MediaTypes.kind("application/xhtml+xml"));
        assertEquals(MediaTypes.Kind.TEXT, MediaTypes.kind("text/plain"));
        assertEquals(MediaTypes.Kind.DOCUMENT, MediaTypes.kind("application/pdf"));
        assertEquals(MediaTypes.Kind.DOCUMENT, MediaTypes.kind("application/epub+zip"));
        assertEquals(MediaTypes.Kind.OTHER, MediaTypes.kind("image/jpeg"));
        assertEquals(MediaTypes.Kind.OTHER, MediaTypes.kind("text/css"));
        assertTrue(MediaTypes.isUninformative("application/octet-stream"));
    }

    @Test
    void sniffsHtmlAndPdf() {
        byte[] html = "\n  <!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("text/html", MediaTypes.sniff(html, html.length));
        byte[] pdf = Fixtures.bytes("docs/testPDF.pdf");
        assertEquals("application/pdf", MediaTypes.sniff(pdf, pdf.length));
        byte[] other = {1, 2, 3};
        assertEquals("", MediaTypes.sniff(other, 3));
    }
}
