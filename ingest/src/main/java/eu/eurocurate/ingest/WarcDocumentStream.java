package eu.eurocurate.ingest;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.DocumentIds;
import eu.eurocurate.core.SourceLocator;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The documents of one WARC (or ARC, WET, WAT) file, read with jwarc, one record at a time.
 *
 * <p>A record's length in the file is known only when the next record has been found, so each converted record
 * waits ("pending") until then; at most one record's text is held. When jwarc fails (an unparseable header, a corrupt
 * gzip member, a record cut short), the unreadable range starting at the failed record becomes one document, and
 * reading resumes at the next record boundary found by scanning the bytes: the next gzip member header for
 * gzip-per-record files (RFC 1952 section 2.3.1 magic {@code 1f 8b 08}), the next line starting {@code WARC/} for
 * uncompressed ones. If none is found the range runs to the end of the file ({@link Reasons#CORRUPT_FILE}).
 *
 * <p>Offsets are exact for uncompressed files and for gzip-per-record files (the WARC 1.1 recommendation, annex D,
 * followed by Common Crawl). A file compressed as one gzip member has no record offsets to give: jwarc reports the
 * compressed position it had reached, and lengths are -1 when they cannot be computed.
 */
final class WarcDocumentStream implements DocumentStream {

    /** Record type recorded for a byte range whose WARC header could not be read at all. */
    static final String UNREADABLE_TYPE = "unreadable";

    private final String path;
    private final RewindableChannel channel;
    private final WarcRecordConverter converter;
    private final ArrayDeque<Document> ready = new ArrayDeque<>(2);
    private WarcReader reader;
    private Document pending;
    private boolean done;

    WarcDocumentStream(String path, InputStream in, WarcRecordConverter converter) {
        this.path = path;
        this.channel = new RewindableChannel(in);
        this.converter = converter;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !done) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void step() {
        if (reader == null) {
            try {
                reader = new WarcReader(channel);
                // Lenient: LF-only line ends, WARC/0.17-0.18 versions, control characters in fields. The text is
                // what matters; the spec violations are not ours to reject.
                reader.setLenient(true);
            } catch (IOException | RuntimeException e) {
                unreadable(0, null, null, e);
                return;
            }
        }
        Optional<WarcRecord> next;
        try {
            next = reader.next();
        } catch (IOException | RuntimeException e) {
            long failedAt = reader.position();
            if (pending != null && failedAt == pending.source().offset()) {
                // Moving past the pending record failed: its own bytes (body, gzip trailer) are the corrupt ones.
                Document failed = pending;
                pending = null;
                unreadable(failed.source().offset(), failed.source().recordId(), failed.source().recordType(), e);
            } else {
                emitPending(failedAt);
                unreadable(failedAt, null, null, e);
            }
            return;
        }
        long position = reader.position();
        emitPending(position);
        if (next.isEmpty()) {
            done = true;
            return;
        }
        WarcRecord record = next.get();
        try {
            pending = converter.convert(record, path, position);
        } catch (IOException | RuntimeException e) {
            unreadable(position, record.headers().first("WARC-Record-ID").orElse(null), record.type(), e);
        }
    }

    /** Emits the pending record, now that the next record (or the end, or an error) is at {@code end}. */
    private void emitPending(long end) {
        if (pending == null) {
            return;
        }
        SourceLocator s = pending.source();
        long length = end > s.offset() ? end - s.offset() : -1;
        ready.add(relocate(pending, new SourceLocator(s.file(), s.offset(), length, s.recordId(), s.recordType())));
        pending = null;
    }

    /**
     * The bytes from {@code start} could not be read as a record: emits one document for them and resumes at the next
     * record boundary, or ends the stream when there is none.
     */
    private void unreadable(long start, String recordId, String recordType, Throwable error) {
        IOException streamFailure = channel.streamFailure();
        if (streamFailure != null) {
            // Not corrupt data: the input stream failed. The job must retry this file, not record it as corrupt.
            done = true;
            throw new UncheckedIOException("reading " + path, streamFailure);
        }
        String type = recordType == null ? UNREADABLE_TYPE : recordType;
        String detail = PayloadExtractor.describe(error);
        long resume;
        try {
            resume = findNextRecord(start + 1);
        } catch (IOException e) {
            resume = -1;
        }
        if (resume >= 0) {
            try {
                reader.position(resume);
            } catch (IOException | RuntimeException e) {
                resume = -1;
            }
        }
        if (resume >= 0) {
            Document d = new Document(DocumentIds.forWarcRecord(path, start, recordId),
                    new SourceLocator(path, start, resume - start, recordId, type));
            d.decide(Decision.drop(Reasons.STAGE, Reasons.VERSION, Reasons.CORRUPT_RECORD, (double) start, detail));
            ready.add(d);
            return;
        }
        long end;
        try {
            end = channel.drainToEnd();
        } catch (IOException e) {
            end = -1;
        }
        if (channel.streamFailure() != null) {
            done = true;
            throw new UncheckedIOException("reading " + path, channel.streamFailure());
        }
        Document d = new Document(DocumentIds.forWarcRecord(path, start, recordId),
                new SourceLocator(path, start, end > start ? end - start : -1, recordId, type));
        d.decide(Decision.drop(Reasons.STAGE, Reasons.VERSION, Reasons.CORRUPT_FILE, (double) start, detail));
        ready.add(d);
        done = true;
    }

    /**
     * Scans forward from {@code from} (or from the oldest byte still retained, if later) for the start of a record:
     * a gzip member header in a gzip file, {@code WARC/} at the start of a line otherwise. Returns its offset or -1.
     */
    private long findNextRecord(long from) throws IOException {
        boolean gzip = reader != null && reader.compression() == WarcCompression.GZIP;
        long start = Math.max(from, channel.oldestRetained());
        long at = Math.max(0, start - 1);
        channel.position(at);
        int prev = at < start ? channel.readByte() : '\n';
        long pos = start;
        // Sliding window of the last 5 bytes read, oldest in the high bits.
        long window = 0;
        int b;
        int seen = 0;
        while ((b = channel.readByte()) >= 0) {
            window = ((window << 8) | b) & 0xFF_FFFF_FFFFL;
            seen++;
            if (gzip) {
                // 1f 8b 08 FLG: FLG's reserved bits 5-7 must be zero (RFC 1952, 2.3.1).
                if (seen >= 4 && ((window >> 8) & 0xFF_FFFF) == 0x1F8B08 && (b & 0xE0) == 0) {
                    return pos - 3;
                }
            } else if (seen >= 5 && window == 0x574152432FL) { // "WARC/"
                long candidate = pos - 4;
                if (candidate == start ? prev == '\n' : precededByNewline(candidate)) {
                    return candidate;
                }
            }
            pos++;
        }
        return -1;
    }

    private boolean precededByNewline(long candidate) throws IOException {
        long resumeAt = channel.position();
        channel.position(candidate - 1);
        int before = channel.readByte();
        channel.position(resumeAt);
        return before == '\n';
    }

    /** A copy of the draft with its final locator (the id does not depend on the length). */
    static Document relocate(Document draft, SourceLocator source) {
        Document d = new Document(draft.id(), source);
        d.url(draft.url())
                .fetchTime(draft.fetchTime())
                .httpStatus(draft.httpStatus())
                .contentType(draft.contentType())
                .payloadDigest(draft.payloadDigest())
                .text(draft.text())
                .markup(draft.markup());
        d.headers().putAll(draft.headers());
        d.attributes().putAll(draft.attributes());
        d.scores().putAll(draft.scores());
        if (draft.language() != null) {
            d.language(draft.language(), draft.languageScore());
        }
        for (Decision decision : draft.decisions()) {
            d.decide(decision);
        }
        return d;
    }

    @Override
    public void close() {
        done = true;
        pending = null;
        ready.clear();
        try {
            if (reader != null) {
                reader.close();
            } else {
                channel.close();
            }
        } catch (IOException e) {
            // Closing a stream we only read: nothing to recover, nothing lost.
        }
    }
}
