package eu.eurocurate.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DocumentIdsTest {

    @Test
    void warcIdDependsOnFileNameOffsetAndRecordIdOnly() {
        String a = DocumentIds.forWarcRecord("file:///data/CC-MAIN-1.warc.gz", 1234, "<urn:uuid:1>");
        assertEquals(a, DocumentIds.forWarcRecord("s3a://bucket/crawl/CC-MAIN-1.warc.gz", 1234, "<urn:uuid:1>"));
        assertNotEquals(a, DocumentIds.forWarcRecord("file:///data/CC-MAIN-1.warc.gz", 1235, "<urn:uuid:1>"));
        assertNotEquals(a, DocumentIds.forWarcRecord("file:///data/CC-MAIN-2.warc.gz", 1234, "<urn:uuid:1>"));
        assertNotEquals(a, DocumentIds.forWarcRecord("file:///data/CC-MAIN-1.warc.gz", 1234, "<urn:uuid:2>"));
        assertEquals(32, a.length());
    }

    @Test
    void partsCannotBeShiftedIntoEachOther() {
        assertNotEquals(DocumentIds.forRawFile("a/b", "c"), DocumentIds.forRawFile("a", "b/c"));
    }

    @Test
    void nullRecordIdIsAllowedForBrokenRecords() {
        assertEquals(DocumentIds.forWarcRecord("x.warc", 0, null), DocumentIds.forWarcRecord("x.warc", 0, null));
    }
}
