package eu.eurocurate.ingest;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.DocumentIds;
import eu.eurocurate.core.SourceLocator;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * One jwarc record to one document with its ingest decision. The document's {@link SourceLocator} has length -1 here;
 * {@link WarcDocumentStream} knows the length only once the next record has been located, and fills it in.
 *
 * <p>Failures are sorted into two kinds. An {@link IOException} thrown by this class means the WARC stream itself could
 * not be read (a truncated or corrupt record): the caller turns the record into {@link Reasons#CORRUPT_RECORD}. A
 * problem with the payload (a broken HTTP message, bad content encoding, a document Tika cannot read) is a decision
 * on the document, and reading goes on. To keep the two apart, a record's block is read into memory first and the
 * HTTP message is parsed from that copy.
 */
final class WarcRecordConverter {

    /**
     * HTTP response headers kept on documents, lower case: those the licensing stage reads (W3C TDMRep's
     * tdm-reservation and tdm-policy, X-Robots-Tag, Link rel=license, the IETF AI-preferences draft's Content-Usage),
     * language and type hints, and Last-Modified for dating.
     */
    static final List<String> KEPT_HEADERS = List.of("content-type", "content-language", "x-robots-tag",
            "tdm-reservation", "tdm-policy", "link", "last-modified", "content-usage");
    /** Room for the HTTP status line and headers on top of max_record_bytes of payload. */
    static final long HTTP_HEADER_ALLOWANCE = 1 << 16;
    /**
     * A content-encoded payload is decoded up to max_record_bytes; past that it is only counted, up to this multiple
     * of the limit, to report its size without spending unbounded time on a decompression bomb.
     */
    static final int COUNT_PAST_LIMIT_FACTOR = 16;

    static final String ATTR_WARC_TRUNCATED = "ingest.warc_truncated";
    static final String ATTR_CC_LANGUAGE = "ingest.cc_language";
    static final String ATTR_PAYLOAD_INCOMPLETE = "ingest.payload_incomplete";

    private final PayloadExtractor extractor;
    private final long maxBytes;

    WarcRecordConverter(PayloadExtractor extractor) {
        this.extractor = extractor;
        this.maxBytes = extractor.config().maxRecordBytes();
    }

    Document convert(WarcRecord record, String path, long offset) throws IOException {
        MessageHeaders warc = record.headers();
        String recordId = warc.first("WARC-Record-ID").orElse(null);
        Document doc = new Document(DocumentIds.forWarcRecord(path, offset, recordId),
                new SourceLocator(path, offset, -1, recordId, record.type()));
        doc.fetchTime(fetchTime(record));
        if (record instanceof WarcTargetRecord target) {
            doc.url(target.target());
            doc.payloadDigest(warc.first("WARC-Payload-Digest").orElse(null));
        }
        WarcTruncationReason truncated = truncation(record);
        if (truncated != WarcTruncationReason.NOT_TRUNCATED) {
            doc.attribute(ATTR_WARC_TRUNCATED, truncated.name().toLowerCase(Locale.ROOT));
        }
        if (record instanceof WarcResponse response) {
            if (isHttp(response)) {
                httpResponse(doc, response);
            } else {
                block(doc, record, identifiedOr(record, record.contentType().base().toString()));
            }
        } else if (record instanceof WarcResource) {
            if (isCrawlerMetadata(doc.url())) {
                // wget and Heritrix store their logs and arguments as resource records with metadata: targets.
                PayloadExtractor.drop(doc, Reasons.RECORD_TYPE, null, "resource:metadata");
            } else {
                block(doc, record, identifiedOr(record, record.contentType().base().toString()));
            }
        } else if (record instanceof WarcConversion) {
            conversion(doc, record);
        } else if (record instanceof WarcRevisit revisit) {
            String profile = warc.first("WARC-Profile").orElse("unknown");
            httpHeadersOfRevisit(doc, revisit);
            PayloadExtractor.drop(doc, Reasons.REVISIT, null, profile);
        } else {
            PayloadExtractor.drop(doc, Reasons.RECORD_TYPE, null, record.type());
        }
        return doc;
    }

    private void httpResponse(Document doc, WarcResponse response) throws IOException {
        long blockSize = response.body().size();
        if (blockSize > maxBytes + HTTP_HEADER_ALLOWANCE) {
            // Too big to hold: read the HTTP header from the stream for the ledger, skip the payload unread.
            HttpResponse http;
            try {
                http = response.http();
            } catch (ParsingException e) {
                PayloadExtractor.drop(doc, Reasons.HTTP_MALFORMED, null, PayloadExtractor.describe(e));
                return;
            }
            if (!statusKept(doc, http)) {
                return;
            }
            doc.contentType(MediaTypes.base(http.headers().first("Content-Type").orElse(null)));
            PayloadExtractor.drop(doc, Reasons.TOO_LARGE, (double) http.body().size(), null);
            return;
        }
        byte[] block = readFully(response.body(), blockSize);
        HttpResponse http;
        try {
            // A LengthedBody, as jwarc itself passes: a response without Content-Length then ends with the block.
            http = HttpResponse.parse(LengthedBody.create(Channels.newChannel(new ByteArrayInputStream(block)),
                    ByteBuffer.allocate(8192).flip(), block.length));
        } catch (IOException | RuntimeException e) {
            PayloadExtractor.drop(doc, Reasons.HTTP_MALFORMED, null, PayloadExtractor.describe(e));
            return;
        }
        if (http.status() < 100) {
            // RFC 9110 section 15: status codes are three digits, 1xx to 5xx; jwarc reports 0 for an empty message.
            PayloadExtractor.drop(doc, Reasons.HTTP_MALFORMED, null, "no HTTP status line");
            return;
        }
        if (!statusKept(doc, http)) {
            return;
        }
        String contentType = http.headers().first("Content-Type").orElse(null);
        String declared = MediaTypes.base(contentType);
        String type = MediaTypes.kind(declared) == MediaTypes.Kind.HTML ? declared : identifiedOr(response, declared);
        doc.contentType(type);
        MediaTypes.Kind kind = MediaTypes.kind(type);
        if (kind == MediaTypes.Kind.OTHER && !MediaTypes.isUninformative(type)) {
            // Decided on the type alone: images, scripts and style sheets are never decoded.
            PayloadExtractor.drop(doc, Reasons.CONTENT_TYPE, null, type);
            return;
        }
        Bounded payload;
        try (InputStream in = http.bodyDecoded().stream()) {
            payload = readBounded(in);
        } catch (IOException | RuntimeException e) {
            PayloadExtractor.drop(doc, Reasons.HTTP_MALFORMED, null, "payload: " + PayloadExtractor.describe(e));
            return;
        }
        if (payload.total > maxBytes) {
            PayloadExtractor.drop(doc, Reasons.TOO_LARGE, (double) payload.total, null);
            return;
        }
        if (payload.incomplete) {
            doc.attribute(ATTR_PAYLOAD_INCOMPLETE, "true");
        }
        extractor.extract(doc, new PayloadExtractor.Payload(payload.bytes, payload.bytes.length, type,
                MediaTypes.charset(contentType), fileName(doc.url()), true));
    }

    /** Records status and kept headers; false (with the http_status decision appended) if the status is not kept. */
    private boolean statusKept(Document doc, HttpResponse http) {
        doc.httpStatus(http.status());
        copyHeaders(doc, http.headers());
        if (!extractor.config().keepHttpStatus().contains(http.status())) {
            PayloadExtractor.drop(doc, Reasons.HTTP_STATUS, (double) http.status(), null);
            return false;
        }
        return true;
    }

    private void httpHeadersOfRevisit(Document doc, WarcRevisit revisit) {
        try {
            HttpResponse http = revisit.http();
            doc.httpStatus(http.status());
            copyHeaders(doc, http.headers());
        } catch (IOException | RuntimeException e) {
            // A revisit without a readable HTTP header is still a revisit; nothing more to record.
        }
    }

    /** A resource record, or a non-HTTP response (dns:, ftp:): the block is the payload. */
    private void block(Document doc, WarcRecord record, String type) throws IOException {
        long size = record.body().size();
        if (size > maxBytes) {
            doc.contentType(type);
            PayloadExtractor.drop(doc, Reasons.TOO_LARGE, (double) size, null);
            return;
        }
        if (MediaTypes.kind(type) == MediaTypes.Kind.OTHER && !MediaTypes.isUninformative(type)) {
            doc.contentType(type);
            PayloadExtractor.drop(doc, Reasons.CONTENT_TYPE, null, type);
            return;
        }
        byte[] bytes = readFully(record.body(), size);
        extractor.extract(doc, new PayloadExtractor.Payload(bytes, bytes.length, type,
                MediaTypes.charset(record.headers().first("Content-Type").orElse(null)), fileName(doc.url()), true));
    }

    /** A WET conversion record: text Common Crawl already extracted, UTF-8 by CC's specification of WET. */
    private void conversion(Document doc, WarcRecord record) throws IOException {
        record.headers().first("WARC-Identified-Content-Language")
                .ifPresent(lang -> doc.attribute(ATTR_CC_LANGUAGE, lang));
        String type = record.contentType().base().toString();
        doc.contentType(type);
        long size = record.body().size();
        if (size > maxBytes) {
            PayloadExtractor.drop(doc, Reasons.TOO_LARGE, (double) size, null);
            return;
        }
        if (MediaTypes.kind(type) != MediaTypes.Kind.TEXT) {
            PayloadExtractor.drop(doc, Reasons.CONTENT_TYPE, null, type);
            return;
        }
        byte[] bytes = readFully(record.body(), size);
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, bytes.length,
                MediaTypes.charset(record.headers().first("Content-Type").orElse(null)), false);
        doc.attribute(PayloadExtractor.ATTR_CHARSET, decoded.charset());
        doc.attribute(PayloadExtractor.ATTR_CHARSET_SOURCE, decoded.source());
        doc.attribute(PayloadExtractor.ATTR_EXTRACTION, "wet");
        extractor.finish(doc, TextNormalizer.tidy(decoded.text()), false);
    }

    private static void copyHeaders(Document doc, MessageHeaders headers) {
        for (String name : KEPT_HEADERS) {
            List<String> values = headers.all(name);
            if (!values.isEmpty()) {
                // RFC 9110 section 5.3: repeated field lines combine into one, comma-separated.
                doc.header(name, String.join(", ", values));
            }
        }
    }

    private static boolean isCrawlerMetadata(String target) {
        return target != null && target.strip().toLowerCase(Locale.ROOT).startsWith("metadata:");
    }

    /** HTTP when the WARC says so (application/http) or the target is an http(s) URL (ARC records, sloppy writers). */
    private static boolean isHttp(WarcResponse response) {
        String type = response.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/http")) {
            return true;
        }
        String target = response.target();
        if (target == null) {
            return false;
        }
        String t = target.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http:") || t.startsWith("https:");
    }

    /**
     * The payload type identified from the bytes by the crawler (WARC 1.1 section 5.17, WARC-Identified-Payload-Type;
     * Common Crawl sets it with Tika), when present and informative; otherwise {@code fallback}.
     */
    private static String identifiedOr(WarcRecord record, String fallback) {
        String identified = MediaTypes.base(record.headers().first("WARC-Identified-Payload-Type").orElse(null));
        return identified.isEmpty() || MediaTypes.isUninformative(identified) ? MediaTypes.base(fallback) : identified;
    }

    private static WarcTruncationReason truncation(WarcRecord record) {
        try {
            return record.truncated();
        } catch (RuntimeException e) {
            return WarcTruncationReason.UNSPECIFIED; // an unknown WARC-Truncated value is still a truncation
        }
    }

    /**
     * WARC-Date as ISO-8601 UTC. WARC 1.1 (section 5.4) allows reduced precision (W3C-DTF: a date, or minutes without
     * seconds), which {@link Instant#parse} rejects; those are completed with zeros. Null when unreadable.
     */
    static String fetchTime(WarcRecord record) {
        try {
            Instant date = record.date();
            if (date != null) {
                return date.toString();
            }
        } catch (RuntimeException e) {
            // fall through to the lenient parse of the raw header
        }
        String raw = record.headers().first("WARC-Date").orElse(null);
        return raw == null ? null : lenientDate(raw.strip());
    }

    static String lenientDate(String raw) {
        String s = raw.endsWith("Z") ? raw.substring(0, raw.length() - 1) : raw;
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
            }
            if (s.length() == 16) {
                return LocalDateTime.parse(s + ":00").toInstant(ZoneOffset.UTC).toString();
            }
            if (s.length() == 13) {
                return LocalDateTime.parse(s + ":00:00").toInstant(ZoneOffset.UTC).toString();
            }
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The last path segment of a URL, for Tika's name-based detection; null when there is none. */
    static String fileName(String url) {
        if (url == null) {
            return null;
        }
        String u = url;
        int cut = u.indexOf('?');
        if (cut >= 0) {
            u = u.substring(0, cut);
        }
        cut = u.indexOf('#');
        if (cut >= 0) {
            u = u.substring(0, cut);
        }
        String name = DocumentIds.fileName(u);
        return name.isEmpty() || name.contains(":") ? null : name;
    }

    private static byte[] readFully(MessageBody body, long size) throws IOException {
        byte[] bytes = body.stream().readNBytes((int) Math.min(size, Integer.MAX_VALUE - 16));
        if (bytes.length < size) {
            // The file ends inside the record: a truncated file, reported as corrupt rather than as a short page.
            throw new java.io.EOFException("record block ends after " + bytes.length + " of " + size + " bytes");
        }
        return bytes;
    }

    /** A payload read up to the limit: its bytes, its full size (counted), and whether it ended early. */
    private record Bounded(byte[] bytes, long total, boolean incomplete) {
    }

    /**
     * Reads up to max_record_bytes; beyond that only counts (see {@link #COUNT_PAST_LIMIT_FACTOR}). A content-encoded
     * payload that ends early (the crawler truncated the raw bytes, as Common Crawl does at 1 MiB) keeps what was
     * decoded, marked incomplete, instead of losing the page.
     */
    private Bounded readBounded(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        long cap = maxBytes * COUNT_PAST_LIMIT_FACTOR;
        boolean incomplete = false;
        try {
            int n;
            while (total < cap && (n = in.read(buf)) > 0) {
                if (total <= maxBytes) {
                    out.write(buf, 0, (int) Math.min(n, maxBytes + 1 - total));
                }
                total += n;
            }
        } catch (java.io.EOFException e) {
            if (total == 0) {
                throw e;
            }
            incomplete = true;
        }
        return new Bounded(out.toByteArray(), total, incomplete);
    }
}
