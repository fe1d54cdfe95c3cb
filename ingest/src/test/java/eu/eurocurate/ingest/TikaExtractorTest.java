package eu.eurocurate.ingest;

import org.apache.tika.exception.EncryptedDocumentException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TikaExtractorTest {

    private static TikaExtractor tika;

    @BeforeAll
    static void build() {
        tika = new TikaExtractor();
    }

    private static TikaExtractor.Result extract(String resource, int maxChars) throws Exception {
        byte[] b = Fixtures.bytes(resource);
        return tika.extract(b, b.length, "", resource, maxChars);
    }

    @Test
    void pdfText() throws Exception {
        TikaExtractor.Result r = extract("docs/testPDF.pdf", 1_000_000);
        assertEquals("application/pdf", r.mediaType());
        assertTrue(r.text().contains("Apache Tika"), r.text());
        assertFalse(r.truncated());
    }

    @Test
    void epubAndDocxText() throws Exception {
        assertTrue(extract("docs/testEPUB.epub", 1_000_000).text().contains("This is the text for chapter One"));
        assertTrue(extract("docs/testWORD.docx", 1_000_000).text().contains("Sample Word Document"));
    }

    @Test
    void stopsAtTheTextLimit() throws Exception {
        TikaExtractor.Result r = extract("docs/testPDF.pdf", 100);
        assertTrue(r.truncated());
        assertTrue(r.text().length() < 1000, "collection stopped soon after the limit: " + r.text().length());
    }

    @Test
    void encryptedDocumentThrows() {
        assertThrows(EncryptedDocumentException.class, () -> extract("docs/testODTEncrypted.odt", 1000));
    }

    @Test
    void detectsByContent() throws Exception {
        byte[] b = Fixtures.bytes("docs/testWORD.docx");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                tika.detect(b, b.length, null));
    }
}
