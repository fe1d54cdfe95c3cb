package eu.eurocurate.jobs;

import eu.eurocurate.core.Document;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.apache.spark.sql.types.DataTypes.createStructField;

/**
 * Site-wide opt-out files captured by the crawl itself: {@code /robots.txt} (RFC 9309) and
 * {@code /.well-known/tdmrep.json} (W3C TDMRep, section 3.2), as Common Crawl stores its robots.txt fetches. A task
 * that meets such a response record re-reads its raw payload from the input file (the ingest stage keeps only
 * extracted text, and drops JSON as a content type) and attaches it to the record's row; {@link SiteOptOutJoin}
 * then joins captures to pages by host on the executors. Per page, the capture used is the latest one fetched at or
 * before the page, else the earliest one after it ({@link #pick}), and the choice is recorded.
 */
final class SiteCaptures {

    /** Capture kinds, by URL path. */
    static final String ROBOTS = "robots_txt";
    static final String TDMREP = "tdmrep_json";

    static final String ROBOTS_PATH = "/robots.txt";
    /** W3C TDMRep Final Community Group Report (2024), section 3.2 "TDM Policy file". */
    static final String TDMREP_PATH = "/.well-known/tdmrep.json";

    /**
     * Bytes of payload read. RFC 9309 section 2.5: crawlers "SHOULD impose a parsing limit ... at least 500 kibibytes";
     * the same bound serves tdmrep.json, whose rules are far smaller in practice.
     */
    static final int MAX_BODY_BYTES = 500 * 1024;

    /** Which capture was used for a page. */
    static final String BEFORE = "latest_at_or_before_page";
    static final String AFTER = "earliest_after_page";
    static final String UNDATED = "latest_page_or_capture_undated";

    /** The {@code site_capture} column of a capture record's row. */
    static final StructType CAPTURE = new StructType(new StructField[]{
            createStructField("kind", DataTypes.StringType, false),
            createStructField("http_status", DataTypes.IntegerType, false),
            // Null when the payload could not be read (then 'detail' says why); RFC 9309 treats that as unreachable.
            createStructField("body", DataTypes.StringType, true),
            createStructField("truncated", DataTypes.BooleanType, false),
            createStructField("detail", DataTypes.StringType, true)});

    private SiteCaptures() {
    }

    /** The capture kind of a URL (by its path, exactly, case-sensitive as RFC 9309 requires), or null. */
    static String kind(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = URI.create(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                return null;
            }
            if (u.getRawQuery() != null) {
                return null; // "/robots.txt?x" is another resource; RFC 9309 section 2.3 names the path alone
            }
            String path = u.getRawPath();
            if (ROBOTS_PATH.equals(path)) {
                return ROBOTS;
            }
            if (TDMREP_PATH.equals(path)) {
                return TDMREP;
            }
            return null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The {@code site_capture} row for a record, or null when it is not a robots.txt / tdmrep.json response. Reads the
     * record again from {@code file} at its offset, so only capture records (one or a few per host) cost a seek.
     */
    static Row capture(Document d, Configuration conf) {
        if (!"response".equals(d.source().recordType())) {
            return null;
        }
        String kind = kind(d.url());
        if (kind == null) {
            return null;
        }
        try {
            Payload p = readPayload(conf, d.source().file(), d.source().offset());
            return new GenericRowWithSchema(new Object[]{kind, p.status(), p.body(), p.truncated(), null}, CAPTURE);
        } catch (IOException | RuntimeException e) {
            return new GenericRowWithSchema(new Object[]{kind, d.httpStatus(), null, false,
                    e.getClass().getSimpleName() + ": " + e.getMessage()}, CAPTURE);
        }
    }

    record Payload(int status, String body, boolean truncated) {
    }

    /** HTTP status and decoded payload (UTF-8, RFC 9309 section 2.3; BOM removed) of the record at {@code offset}. */
    static Payload readPayload(Configuration conf, String file, long offset) throws IOException {
        Path path = new Path(file);
        try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
            in.seek(offset);
            // WarcReader detects a gzip member at the offset by its magic bytes, as for a whole file.
            WarcReader reader = new WarcReader(Channels.newChannel(in));
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty() || !(next.get() instanceof WarcResponse response)) {
                throw new IOException("no response record at offset " + offset);
            }
            HttpResponse http = response.http();
            byte[] bytes;
            boolean truncated;
            try (InputStream body = http.bodyDecoded().stream()) {
                bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            }
            truncated = bytes.length > MAX_BODY_BYTES;
            int n = Math.min(bytes.length, MAX_BODY_BYTES);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, n)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Payload(http.status(), text, truncated);
        }
    }

    /** A capture as the pick sees it: its row id and fetch time. */
    record Dated<T>(T capture, String id, Instant fetched) {
    }

    /** The capture used for a page and how it was chosen ({@link #BEFORE}, {@link #AFTER}, {@link #UNDATED}). */
    record Picked<T>(T capture, String choice) {
    }

    /**
     * The latest capture fetched at or before the page, else the earliest after it: the robots.txt in force when the
     * page was fetched, or failing that the closest later statement of the site's wishes. A page or captures without
     * a date fall back to the latest dated capture (ties and undated captures by id, so the choice is deterministic).
     *
     * @return null when there is no capture
     */
    static <T> Picked<T> pick(List<Dated<T>> captures, Instant pageFetched) {
        if (captures.isEmpty()) {
            return null;
        }
        Comparator<Dated<T>> order = Comparator.comparing((Dated<T> c) -> c.fetched(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Dated::id);
        List<Dated<T>> sorted = new ArrayList<>(captures);
        sorted.sort(order);
        if (pageFetched != null) {
            Dated<T> before = null;
            Dated<T> after = null;
            for (Dated<T> c : sorted) {
                if (c.fetched() == null) {
                    continue;
                }
                if (!c.fetched().isAfter(pageFetched)) {
                    before = c;
                } else if (after == null) {
                    after = c;
                }
            }
            if (before != null) {
                return new Picked<>(before.capture(), BEFORE);
            }
            if (after != null) {
                return new Picked<>(after.capture(), AFTER);
            }
        }
        return new Picked<>(sorted.get(sorted.size() - 1).capture(), UNDATED);
    }

    /** An ISO-8601 instant, or null when absent or unreadable. */
    static Instant instant(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
