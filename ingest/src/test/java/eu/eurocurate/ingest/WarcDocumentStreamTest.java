package eu.eurocurate.ingest;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

import static eu.eurocurate.ingest.Fixtures.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Record framing, offsets and recovery from corrupt input. */
class WarcDocumentStreamTest {

    private static Ingestor ingestor;

    @BeforeAll
    static void build() {
        ingestor = new Ingestor(Fixtures.defaults());
    }

    @AfterAll
    static void close() {
        ingestor.close();
    }

    @Test
    void everyFixtureGivesOneDocumentPerRecordWithOneIngestDecisionAndNeverThrows() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Fixtures.path("warc"))) {
            files = s.sorted().toList();
        }
        assertTrue(files.size() >= 25, "fixtures present: " + files.size());
        int documents = 0;
        for (Path file : files) {
            List<Document> docs = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file);
                 DocumentStream stream = ingestor.readWarc(file.toString(), in)) {
                stream.forEachRemaining(docs::add);
                assertFalse(stream.hasNext());
            }
            Set<String> ids = new HashSet<>();
            for (Document d : docs) {
                assertEquals(1, d.decisions().size(), file + ": " + d);
                Decision decision = d.decisions().get(0);
                assertEquals(Reasons.STAGE, decision.stage());
                assertEquals(Reasons.VERSION, decision.stageVersion());
                assertTrue(ids.add(d.id()), "ids are unique within a file: " + d);
                assertEquals(file.toString(), d.source().file());
            }
            if (Files.size(file) > 0) {
                assertFalse(docs.isEmpty(), "a non-empty file gives at least one document: " + file);
            }
            documents += docs.size();
        }
        assertTrue(documents > 60, "documents: " + documents);
    }

    @Test
    void emptyFileGivesNoDocument() {
        assertTrue(Fixtures.readAll(ingestor, "warc/invalid__empty.warc").isEmpty());
    }

    @Test
    void offsetsAndLengthsTileAGzipPerRecordFile() {
        String f = "warc/whirlwind.warc.gz";
        List<Document> docs = Fixtures.readAll(ingestor, f);
        long expected = 0;
        for (Document d : docs) {
            assertEquals(expected, d.source().offset());
            assertTrue(d.source().length() > 0);
            expected += d.source().length();
        }
        assertEquals(Fixtures.bytes(f).length, expected);
    }

    @Test
    void offsetsAndLengthsTileAnUncompressedFile() {
        String f = "warc/example.warc";
        long expected = 0;
        for (Document d : Fixtures.readAll(ingestor, f)) {
            assertEquals(expected, d.source().offset());
            expected += d.source().length();
        }
        assertEquals(Fixtures.bytes(f).length, expected);
    }

    @Test
    void arcFileIsRead() {
        List<Document> docs = Fixtures.readAll(ingestor, "warc/example.arc.gz");
        assertEquals(2, docs.size());
        Document page = docs.get(1);
        assertEquals(Reasons.OK, decision(page).reason());
        assertEquals("http://example.com/", page.url());
        assertTrue(page.text().startsWith("Example Domain"), page.text());
    }

    @Test
    void corruptGzipMemberIsSkippedAndReadingResumes() {
        // The Common Crawl triple's WARC with its response record's gzip member damaged in the middle.
        byte[] warc = Fixtures.bytes("warc/whirlwind.warc.gz");
        byte[] damaged = Arrays.copyOf(warc, warc.length);
        for (int i = 5000; i < 5400; i++) {
            damaged[i] = (byte) (damaged[i] ^ 0x5A);
        }
        List<Document> docs = Fixtures.readAll(ingestor, "damaged.warc.gz", damaged);
        List<String> reasons = docs.stream().map(d -> decision(d).reason()).toList();
        assertEquals(List.of(Reasons.RECORD_TYPE, Reasons.RECORD_TYPE, Reasons.CORRUPT_RECORD, Reasons.RECORD_TYPE),
                reasons);
        Document corrupt = docs.get(2);
        assertEquals(1023, corrupt.source().offset());
        assertEquals(17351, corrupt.source().length());
        assertEquals("response", corrupt.source().recordType(), "the header was readable");
        assertEquals("metadata", docs.get(3).source().recordType());
        assertEquals(18374, docs.get(3).source().offset());
    }

    @Test
    void garbageBetweenUncompressedRecordsIsOneCorruptRange() {
        byte[] first = Fixtures.responseRecord("http://example.com/a",
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nfirst page text");
        byte[] junk = "this line is not a WARC header\r\nnor is this\r\n".getBytes();
        byte[] second = Fixtures.responseRecord("http://example.com/b",
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nsecond page text");
        List<Document> docs = Fixtures.readAll(ingestor, "junk.warc", Fixtures.concat(first, junk, second));
        assertEquals(3, docs.size());
        assertEquals(Reasons.OK, decision(docs.get(0)).reason());
        assertEquals(Reasons.CORRUPT_RECORD, decision(docs.get(1)).reason());
        assertEquals(first.length, docs.get(1).source().offset());
        assertEquals(junk.length, docs.get(1).source().length());
        assertEquals(WarcDocumentStream.UNREADABLE_TYPE, docs.get(1).source().recordType());
        assertEquals("second page text", docs.get(2).text());
        assertEquals(first.length + junk.length, docs.get(2).source().offset());
    }

    @Test
    void truncatedGzipFileEndsWithOneCorruptFileDocument() {
        byte[] warc = Fixtures.bytes("warc/whirlwind.warc.gz");
        List<Document> docs = Fixtures.readAll(ingestor, "cut.warc.gz", Arrays.copyOf(warc, 9000));
        assertEquals(3, docs.size());
        Document last = docs.get(2);
        assertEquals(Reasons.CORRUPT_FILE, decision(last).reason());
        assertEquals(1023, last.source().offset());
        assertEquals(9000 - 1023, last.source().length());
    }

    @Test
    void truncatedUncompressedRecordIsCorruptFile() {
        byte[] record = Fixtures.responseRecord("http://example.com/",
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n" + "text ".repeat(100));
        List<Document> docs = Fixtures.readAll(ingestor, "cut.warc", Arrays.copyOf(record, record.length - 200));
        assertEquals(1, docs.size());
        assertEquals(Reasons.CORRUPT_FILE, decision(docs.get(0)).reason());
        assertEquals("response", docs.get(0).source().recordType());
    }

    @Test
    void failingInputStreamIsThrownNotRecordedAsCorrupt() {
        byte[] warc = Fixtures.bytes("warc/whirlwind.warc.gz");
        InputStream failing = new InputStream() {
            private int left = 3000;
            private final ByteArrayInputStream in = new ByteArrayInputStream(warc);

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("connection reset");
                }
                return in.read();
            }
        };
        try (DocumentStream docs = ingestor.readWarc("x.warc.gz", failing)) {
            assertThrows(UncheckedIOException.class, () -> {
                while (docs.hasNext()) {
                    docs.next();
                }
            });
        }
    }

    @Test
    void nextAfterTheEndThrowsNoSuchElement() {
        try (DocumentStream docs = ingestor.readWarc("cc.warc.gz", Fixtures.open("warc/cc.warc.gz"))) {
            docs.next();
            assertFalse(docs.hasNext());
            assertThrows(NoSuchElementException.class, docs::next);
        }
    }

    @Test
    void relocateCopiesEverythingButTheLocator() {
        Document draft = Fixtures.readAll(ingestor, "warc/cc.warc.gz").get(0);
        Document moved = WarcDocumentStream.relocate(draft,
                new eu.eurocurate.core.SourceLocator("f", 1, 2, "id", "response"));
        assertEquals(draft.id(), moved.id());
        assertEquals(draft.text(), moved.text());
        assertEquals(draft.markup(), moved.markup());
        assertEquals(draft.headers(), moved.headers());
        assertEquals(draft.attributes(), moved.attributes());
        assertEquals(draft.decisions(), moved.decisions());
        assertEquals(draft.payloadDigest(), moved.payloadDigest());
        assertEquals(2, moved.source().length());
    }
}
