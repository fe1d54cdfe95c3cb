package eu.eurocurate.ingest;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.DocumentIds;
import eu.eurocurate.core.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static eu.eurocurate.ingest.Fixtures.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public API, one test per reason code, on real fixtures. */
class IngestorTest {

    private static Ingestor ingestor;

    @BeforeAll
    static void build() {
        ingestor = new Ingestor(Fixtures.defaults());
    }

    @AfterAll
    static void close() {
        ingestor.close();
    }

    private static Document only(List<Document> docs, String recordType) {
        List<Document> of = docs.stream().filter(d -> d.source().recordType().equals(recordType)).toList();
        assertEquals(1, of.size(), "records of type " + recordType);
        return of.get(0);
    }

    private static Document raw(Ingestor ing, String resource) {
        try (InputStream in = Fixtures.open(resource)) {
            return ing.readRawFile("/data/in/" + resource, resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void ok_commonCrawlResponseCarriesEverythingLaterStagesNeed() {
        String path = "warc/whirlwind.warc.gz";
        Document d = only(Fixtures.readAll(ingestor, path), "response");
        Decision k = decision(d);
        assertEquals(Verdict.KEEP, k.verdict());
        assertEquals(Reasons.OK, k.reason());
        assertEquals(d.text().length(), k.value());
        assertEquals("ingest", k.stage());
        assertEquals("https://an.wikipedia.org/wiki/Escopete", d.url());
        assertEquals("2024-05-18T01:58:10Z", d.fetchTime());
        assertEquals(200, d.httpStatus());
        assertEquals("text/html", d.contentType());
        assertEquals("text/html; charset=UTF-8", d.header("content-type").orElseThrow());
        assertTrue(d.header("last-modified").isPresent());
        assertTrue(d.payloadDigest().startsWith("sha1:"));
        assertEquals(path, d.source().file());
        assertEquals(1023, d.source().offset());
        assertEquals(17351, d.source().length());
        assertEquals("response", d.source().recordType());
        assertNotNull(d.source().recordId());
        assertEquals(DocumentIds.forWarcRecord(path, 1023, d.source().recordId()), d.id());
        assertTrue(d.markup().contains("<html"), "raw HTML kept for the licensing stage");
        assertTrue(d.text().contains("Escopete ye un municipio"), d.text());
        assertFalse(d.text().contains("Menú principal"), "navigation is boilerplate");
        assertEquals("UTF-8", d.attributes().get(PayloadExtractor.ATTR_CHARSET));
        assertEquals("an", d.attributes().get(PayloadExtractor.ATTR_HTML_LANG));
    }

    @Test
    void ok_wetConversionRecordKeepsCommonCrawlText() {
        Document d = only(Fixtures.readAll(ingestor, "warc/whirlwind.warc.wet.gz"), "conversion");
        assertEquals(Reasons.OK, decision(d).reason());
        assertEquals("https://an.wikipedia.org/wiki/Escopete", d.url());
        assertEquals("spa", d.attributes().get(WarcRecordConverter.ATTR_CC_LANGUAGE));
        assertEquals("wet", d.attributes().get(PayloadExtractor.ATTR_EXTRACTION));
        assertTrue(d.text().contains("Escopete"));
    }

    @Test
    void recordType_forWarcinfoRequestAndMetadata() {
        List<Document> docs = Fixtures.readAll(ingestor, "warc/whirlwind.warc.gz");
        assertEquals(4, docs.size());
        for (String type : List.of("warcinfo", "request", "metadata")) {
            Decision d = decision(only(docs, type));
            assertEquals(Verdict.DROP, d.verdict());
            assertEquals(Reasons.RECORD_TYPE, d.reason());
            assertEquals(type, d.detail());
        }
    }

    @Test
    void revisit_isRecordedAsSuch() {
        Document d = only(Fixtures.readAll(ingestor, "warc/example.warc.gz"), "revisit");
        Decision r = decision(d);
        assertEquals(Reasons.REVISIT, r.reason());
        assertEquals("http://netpreserve.org/warc/1.0/revisit/uri-agnostic-identical-payload-digest", r.detail());
        assertEquals("http://example.com/", d.url());
    }

    @Test
    void httpStatus_notKeptHasTheStatusAsValue() {
        byte[] warc = Fixtures.responseRecord("http://example.com/missing",
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nX-Robots-Tag: noai\r\n\r\n<p>Not here</p>");
        Document d = Fixtures.readAll(ingestor, "hand.warc", warc).get(0);
        Decision r = decision(d);
        assertEquals(Reasons.HTTP_STATUS, r.reason());
        assertEquals(404.0, r.value());
        assertEquals(404, d.httpStatus());
        assertEquals("noai", d.header("x-robots-tag").orElseThrow());
    }

    @Test
    void httpMalformed_whenTheResponseBlockIsNotHttp() {
        // A WARC/0.17 "response" whose block is the bare text "hello world".
        Document d = Fixtures.readAll(ingestor, "warc/valid_0.17.warc").get(0);
        assertEquals(Reasons.HTTP_MALFORMED, decision(d).reason());
        assertNotNull(decision(d).detail());
    }

    @Test
    void contentType_imagesAreNotParsed() {
        List<Document> docs = Fixtures.readAll(ingestor, "warc/text-extraction-test.warc");
        Document png = docs.stream().filter(d -> "image/png".equals(d.contentType())).findFirst().orElseThrow();
        assertEquals(Reasons.CONTENT_TYPE, decision(png).reason());
        assertEquals("image/png", decision(png).detail());
        assertNull(png.text());
    }

    @Test
    void contentType_documentsInWarcWhenParsingThemIsOff() {
        byte[] pdf = Fixtures.bytes("docs/testPDF.pdf");
        byte[] http = Fixtures.concat(("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: " + pdf.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), pdf);
        byte[] warc = Fixtures.record("response", "http://example.com/a.pdf", "application/http;msgtype=response", http);
        try (Ingestor off = new Ingestor(Fixtures.with(null, null, null, null, null, false))) {
            assertEquals(Reasons.CONTENT_TYPE, decision(Fixtures.readAll(off, "a.warc", warc).get(0)).reason());
        }
        Document parsed = Fixtures.readAll(ingestor, "a.warc", warc).get(0);
        assertEquals(Reasons.OK, decision(parsed).reason(), "parse_documents_in_warc is on by default");
        assertTrue(parsed.text().contains("Tika"));
    }

    @Test
    void tooLarge_payloadIsNotParsedAndItsSizeRecorded() {
        try (Ingestor small = new Ingestor(Fixtures.with(1024L, null, null, null, null, null))) {
            Document d = only(Fixtures.readAll(small, "warc/whirlwind.warc.gz"), "response");
            Decision r = decision(d);
            assertEquals(Reasons.TOO_LARGE, r.reason());
            assertTrue(r.value() > 1024, "value is the payload size: " + r.value());
            assertNull(d.text());
            Document pdf = raw(small, "docs/testPDF.pdf");
            assertEquals(Reasons.TOO_LARGE, decision(pdf).reason());
            assertEquals((double) Fixtures.bytes("docs/testPDF.pdf").length, decision(pdf).value());
        }
    }

    @Test
    void parseTimeout_abandonsAParseThatTakesTooLong() {
        // 8 MB of nested markup cannot be parsed and scored in 10 ms on any machine.
        StringBuilder html = new StringBuilder("<html><body>");
        while (html.length() < 8_000_000) {
            html.append("<div class=\"c\"><p>Some text, with a comma, in a paragraph that is long enough.</p>");
        }
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        try (Ingestor hurried = new Ingestor(Fixtures.with(null, 10L, null, null, null, null))) {
            Document d = hurried.readRawFile("big.html", "big.html", new ByteArrayInputStream(bytes));
            assertEquals(Reasons.PARSE_TIMEOUT, decision(d).reason());
            assertEquals(10.0, decision(d).value());
        }
    }

    @Test
    void parseError_brokenDocument() {
        Document d = raw(ingestor, "docs/testWORD_truncated.docx");
        assertEquals(Reasons.PARSE_ERROR, decision(d).reason());
        assertNotNull(decision(d).detail());
    }

    @Test
    void encrypted_passwordProtectedOdtDocxAndPdf() {
        for (String f : List.of("docs/testODTEncrypted.odt", "docs/testWORD_protected_passtika.docx",
                "docs/encryption_openpassword.pdf")) {
            assertEquals(Reasons.ENCRYPTED, decision(raw(ingestor, f)).reason(), f);
        }
    }

    @Test
    void emptyText_pageWithAnEmptyBodyAndImageOnlyPdf() {
        Document page = Fixtures.readAll(ingestor, "warc/html-lang-attribute.warc").get(0);
        assertEquals(Reasons.EMPTY_TEXT, decision(page).reason());
        assertEquals(0.0, decision(page).value());
        assertEquals(Reasons.EMPTY_TEXT, decision(raw(ingestor, "docs/testOCR.pdf")).reason());
    }

    @Test
    void corruptRecord_readingResumesAfterTheDamage() {
        List<Document> docs = Fixtures.readAll(ingestor, "warc/example-trunc.warc");
        Document corrupt = docs.stream().filter(d -> decision(d).reason().equals(Reasons.CORRUPT_RECORD))
                .findFirst().orElseThrow();
        assertEquals((double) corrupt.source().offset(), decision(corrupt).value());
        assertTrue(docs.indexOf(corrupt) < docs.size() - 1, "records after the damage are read");
        assertEquals("request", docs.get(docs.size() - 1).source().recordType());
    }

    @Test
    void corruptFile_truncatedGzipMember() {
        List<Document> docs = Fixtures.readAll(ingestor, "warc/invalid__missing_data.warc.gz");
        assertEquals(1, docs.size());
        assertEquals(Reasons.CORRUPT_FILE, decision(docs.get(0)).reason());
        assertEquals(0.0, decision(docs.get(0)).value());
    }

    @Test
    void rawFile_idLocatorAndText() {
        byte[] bytes = Fixtures.bytes("docs/testWORD.docx");
        Document d = raw(ingestor, "docs/testWORD.docx");
        String sha = HexFormat.of().formatHex(DocumentIds.sha256().digest(bytes));
        assertEquals(DocumentIds.forRawFile("docs/testWORD.docx", sha), d.id());
        assertEquals("/data/in/docs/testWORD.docx", d.source().file());
        assertEquals(0, d.source().offset());
        assertEquals(bytes.length, d.source().length());
        assertEquals("sha256:" + sha, d.source().recordId());
        assertEquals("file", d.source().recordType());
        assertEquals(Reasons.OK, decision(d).reason());
        assertTrue(d.text().contains("Sample Word Document"), d.text());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", d.contentType());
    }

    @Test
    void rawFile_legacyCharsetsAreDetected() {
        Document ru = raw(ingestor, "docs/russian.cp866.txt");
        assertEquals("IBM866", ru.attributes().get(PayloadExtractor.ATTR_CHARSET));
        assertTrue(ru.text().startsWith("Однажды, в студеную зимнюю пору"), ru.text());
        Document rtf = raw(ingestor, "docs/testRTFWindowsCodepage1250.rtf");
        assertTrue(rtf.text().contains("zażółć gęślą jaźń"), rtf.text());
        Document arabic = raw(ingestor, "docs/testArabicMisleadingCharset.html");
        assertEquals(Reasons.OK, decision(arabic).reason());
        assertTrue(arabic.text().contains("في قرية"), arabic.text());
    }

    @Test
    void rawFile_readFailureIsThrownNotRecorded() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThrows(UncheckedIOException.class, () -> ingestor.readRawFile("x.pdf", "x.pdf", failing));
    }

    @Test
    void isWarc_byFileName() {
        for (String p : List.of("s3a://b/CC-MAIN-x.warc.gz", "a.warc", "a.arc", "a.ARC.GZ", "x.warc.wet.gz",
                "x.warc.wat.gz", "x.wet", "hdfs://nn/x.wat")) {
            assertTrue(Ingestor.isWarc(p), p);
        }
        for (String p : List.of("a.pdf", "warc.txt", ".warc", "a.warc.gz.tmp", "dir.warc/file.html")) {
            assertFalse(Ingestor.isWarc(p), p);
        }
    }

    @Test
    void isRawFile_byConfiguredExtension() {
        assertTrue(Ingestor.isRawFile("/in/Report.PDF", Fixtures.defaults()));
        assertTrue(Ingestor.isRawFile("/in/page.html", Fixtures.defaults()));
        assertFalse(Ingestor.isRawFile("/in/photo.jpg", Fixtures.defaults()));
        assertFalse(Ingestor.isRawFile("/in/x.warc.gz", Fixtures.defaults()));
        assertFalse(Ingestor.isRawFile("/in/_SUCCESS", Fixtures.defaults()));
    }
}
