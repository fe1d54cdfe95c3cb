package eu.eurocurate.ingest;

import eu.eurocurate.core.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static eu.eurocurate.ingest.Fixtures.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcRecordConverterTest {

    private static ParseLimiter limiter;
    private static WarcRecordConverter converter;

    @BeforeAll
    static void build() {
        limiter = new ParseLimiter(60_000);
        converter = new WarcRecordConverter(new PayloadExtractor(Fixtures.defaults(), new TikaExtractor(), limiter));
    }

    @AfterAll
    static void close() {
        limiter.close();
    }

    private static Document convert(byte[] warc) throws IOException {
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
            WarcRecord record = reader.next().orElseThrow();
            return converter.convert(record, "in/x.warc", 0);
        }
    }

    @Test
    void keepsTheHeadersLaterStagesReadAndCombinesRepeats() throws IOException {
        Document d = convert(Fixtures.responseRecord("https://example.eu/a",
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Language: sl\r\n"
                        + "TDM-Reservation: 1\r\nTDM-Policy: https://example.eu/policy.json\r\n"
                        + "Link: <https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"\r\n"
                        + "Link: <https://example.eu/b>; rel=\"next\"\r\nX-Robots-Tag: noai\r\n"
                        + "Content-Usage: train-ai=n\r\nSet-Cookie: session=1\r\n\r\nBesedilo strani."));
        assertEquals("1", d.header("tdm-reservation").orElseThrow());
        assertEquals("https://example.eu/policy.json", d.header("tdm-policy").orElseThrow());
        assertEquals("sl", d.header("content-language").orElseThrow());
        assertEquals("noai", d.header("x-robots-tag").orElseThrow());
        assertEquals("train-ai=n", d.header("content-usage").orElseThrow());
        assertTrue(d.header("link").orElseThrow().contains("rel=\"license\", <https://example.eu/b>"));
        assertTrue(d.header("set-cookie").isEmpty(), "only the listed headers are kept");
        assertEquals("Besedilo strani.", d.text());
        assertEquals("2024-05-18T02:39:44Z", d.fetchTime());
        assertEquals(-1, d.source().length(), "the stream fills the length in");
    }

    @Test
    void identifiedPayloadTypeOverridesAWrongDeclaredType() throws IOException {
        byte[] pdf = Fixtures.bytes("docs/testPDF.pdf");
        byte[] http = Fixtures.concat("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1), pdf);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Target-URI: http://example.com/download?id=7\r\n"
                + "WARC-Identified-Payload-Type: application/pdf\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        Document d = convert(Fixtures.concat(header.getBytes(StandardCharsets.ISO_8859_1), http, "\r\n\r\n".getBytes()));
        assertEquals("application/pdf", d.contentType());
        assertEquals(Reasons.OK, decision(d).reason());
    }

    @Test
    void resourceRecordOfTextIsADocument() throws IOException {
        Document d = convert(Fixtures.record("resource", "file:///notes.txt", "text/plain",
                "Zapiski s sestanka.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reasons.OK, decision(d).reason());
        assertEquals(0, d.httpStatus());
        assertEquals("Zapiski s sestanka.", d.text());
    }

    @Test
    void crawlerMetadataResourcesAreNotDocuments() throws IOException {
        Document d = convert(Fixtures.record("resource", "metadata://gnu.org/software/wget/warc/wget.log",
                "text/plain", "Opening WARC file".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reasons.RECORD_TYPE, decision(d).reason());
        assertEquals("resource:metadata", decision(d).detail());
    }

    @Test
    void warcTruncatedIsRecorded() throws IOException {
        String header = "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\nWARC-Truncated: length\r\n"
                + "WARC-Target-URI: http://example.com/t.txt\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\n";
        Document d = convert(Fixtures.concat(header.getBytes(StandardCharsets.ISO_8859_1), "text\r\n\r\n".getBytes()));
        assertEquals("length", d.attributes().get(WarcRecordConverter.ATTR_WARC_TRUNCATED));
    }

    @Test
    void warcDatesWithReducedPrecisionAreCompleted() {
        assertEquals("2024-05-18T00:00:00Z", WarcRecordConverter.lenientDate("2024-05-18"));
        assertEquals("2024-05-18T02:39:00Z", WarcRecordConverter.lenientDate("2024-05-18T02:39Z"));
        assertEquals("2024-05-18T02:00:00Z", WarcRecordConverter.lenientDate("2024-05-18T02Z"));
        assertNull(WarcRecordConverter.lenientDate("yesterday"));
    }

    @Test
    void fileNameOfAUrlForTikaDetection() {
        assertEquals("report.pdf", WarcRecordConverter.fileName("https://gov.example/docs/report.pdf?v=2#p3"));
        assertNull(WarcRecordConverter.fileName("https://gov.example/"));
        assertNull(WarcRecordConverter.fileName(null));
    }
}
