package eu.eurocurate.jobs;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a small gzip-per-record WARC with jwarc, as a crawler would: one HTTP response record per call. */
final class TestWarc implements Closeable {

    private final WarcWriter writer;
    /** Offset of each written record, by URL and fetch time (the last one wins for repeated URLs). */
    final Map<String, Long> offsets = new LinkedHashMap<>();

    TestWarc(Path file) throws IOException {
        writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
    }

    /**
     * @param headers extra HTTP response headers, name then value, e.g. {@code "Content-Usage", "train-ai=n"}
     */
    TestWarc response(String url, String date, int status, String contentType, String body, String... headers)
            throws IOException, java.security.NoSuchAlgorithmException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Status")
                .addHeader("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        http.body(MediaType.parse(contentType), bytes);
        java.security.MessageDigest sha1 = WarcDigest.getDigester("sha1");
        // WARC 1.1 section 5.9, as crawlers write it: SHA-1 of the payload, base32.
        WarcResponse record = new WarcResponse.Builder(URI.create(url)).date(Instant.parse(date)).body(http.build())
                .payloadDigest(new WarcDigest("sha1", sha1.digest(bytes))).build();
        offsets.put(url + " " + date, writer.position());
        writer.write(record);
        return this;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
