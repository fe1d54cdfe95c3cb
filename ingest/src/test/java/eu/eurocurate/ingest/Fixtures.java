package eu.eurocurate.ingest;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.IngestConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixture files from the test classpath, configurations, draining a stream. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + resource, e);
        }
    }

    static byte[] bytes(String resource) {
        try {
            return Files.readAllBytes(path(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String resource) {
        try {
            return Files.newInputStream(path(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IngestConfig defaults() {
        return ConfigLoader.defaults().ingest();
    }

    /** The defaults with some values changed (null keeps the default). */
    static IngestConfig with(Long maxRecordBytes, Long maxParseMillis, Integer maxTextChars, Integer minTextChars,
            String htmlExtraction, Boolean parseDocumentsInWarc) {
        IngestConfig d = defaults();
        return new IngestConfig(
                maxRecordBytes != null ? maxRecordBytes : d.maxRecordBytes(),
                maxParseMillis != null ? maxParseMillis : d.maxParseMillis(),
                maxTextChars != null ? maxTextChars : d.maxTextChars(),
                minTextChars != null ? minTextChars : d.minTextChars(),
                htmlExtraction != null ? htmlExtraction : d.htmlExtraction(),
                d.keepHttpStatus(),
                parseDocumentsInWarc != null ? parseDocumentsInWarc : d.parseDocumentsInWarc(),
                d.rawFileExtensions());
    }

    static List<Document> readAll(Ingestor ingestor, String resource) {
        List<Document> out = new ArrayList<>();
        try (DocumentStream docs = ingestor.readWarc(resource, open(resource))) {
            docs.forEachRemaining(out::add);
        }
        return out;
    }

    static List<Document> readAll(Ingestor ingestor, String name, byte[] warc) {
        List<Document> out = new ArrayList<>();
        try (DocumentStream docs = ingestor.readWarc(name, new java.io.ByteArrayInputStream(warc))) {
            docs.forEachRemaining(out::add);
        }
        return out;
    }

    /** The single ingest decision of a document (fails if there is not exactly one). */
    static Decision decision(Document d) {
        if (d.decisions().size() != 1) {
            throw new AssertionError("expected exactly one decision on " + d);
        }
        return d.decisions().get(0);
    }

    /** A plain WARC/1.1 response record with the given HTTP message, CRLF line ends. */
    static byte[] responseRecord(String url, String http) {
        byte[] block = http.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return record("response", url, "application/http;msgtype=response", block);
    }

    static byte[] record(String type, String url, String contentType, byte[] block) {
        String header = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
                + "WARC-Date: 2024-05-18T02:39:44Z\r\n"
                + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(header.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] data) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
                gz.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
