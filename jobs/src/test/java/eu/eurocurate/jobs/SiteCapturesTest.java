package eu.eurocurate.jobs;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteCapturesTest {

    /** The example of RFC 9309 section 5.1, as a site would serve it. */
    static final String RFC_ROBOTS = """
            User-Agent: *
            Disallow: *.gif$
            Disallow: /example/
            Allow: /publications/

            User-Agent: foobot
            Disallow:/
            Allow:/example/page.html
            Allow:/example/allowed.gif
            """;

    @Test
    void kindIsDecidedByTheExactPath() {
        assertEquals(SiteCaptures.ROBOTS, SiteCaptures.kind("https://www.de.example/robots.txt"));
        assertEquals(SiteCaptures.ROBOTS, SiteCaptures.kind("http://www.de.example:8080/robots.txt"));
        assertEquals(SiteCaptures.TDMREP, SiteCaptures.kind("https://www.de.example/.well-known/tdmrep.json"));
        assertNull(SiteCaptures.kind("https://www.de.example/ROBOTS.TXT"));
        assertNull(SiteCaptures.kind("https://www.de.example/dir/robots.txt"));
        assertNull(SiteCaptures.kind("https://www.de.example/robots.txt?lang=de"));
        assertNull(SiteCaptures.kind("ftp://www.de.example/robots.txt"));
        assertNull(SiteCaptures.kind("not a url"));
        assertNull(SiteCaptures.kind(null));
    }

    private static SiteCaptures.Dated<String> dated(String name, String when) {
        return new SiteCaptures.Dated<>(name, name, when == null ? null : Instant.parse(when));
    }

    @Test
    void theLatestCaptureAtOrBeforeThePageWins() {
        List<SiteCaptures.Dated<String>> c = List.of(dated("may", "2024-05-01T00:00:00Z"),
                dated("june", "2024-06-01T00:00:00Z"), dated("july", "2024-07-01T00:00:00Z"));
        SiteCaptures.Picked<String> p = SiteCaptures.pick(c, Instant.parse("2024-06-15T00:00:00Z"));
        assertEquals("june", p.capture());
        assertEquals(SiteCaptures.BEFORE, p.choice());
        assertEquals("june", SiteCaptures.pick(c, Instant.parse("2024-06-01T00:00:00Z")).capture(), "at the same instant");
    }

    @Test
    void withoutAnEarlierCaptureTheEarliestLaterOneIsUsed() {
        List<SiteCaptures.Dated<String>> c = List.of(dated("july", "2024-07-01T00:00:00Z"), dated("june", "2024-06-01T00:00:00Z"));
        SiteCaptures.Picked<String> p = SiteCaptures.pick(c, Instant.parse("2024-01-01T00:00:00Z"));
        assertEquals("june", p.capture());
        assertEquals(SiteCaptures.AFTER, p.choice());
    }

    @Test
    void anUndatedPageUsesTheLatestCaptureAndNoCaptureGivesNothing() {
        List<SiteCaptures.Dated<String>> c = List.of(dated("undated", null), dated("june", "2024-06-01T00:00:00Z"));
        SiteCaptures.Picked<String> p = SiteCaptures.pick(c, null);
        assertEquals("june", p.capture());
        assertEquals(SiteCaptures.UNDATED, p.choice());
        assertEquals("undated", SiteCaptures.pick(List.of(dated("undated", null)), Instant.parse("2024-01-01T00:00:00Z")).capture());
        assertNull(SiteCaptures.pick(List.<SiteCaptures.Dated<String>>of(), Instant.now()));
    }

    @Test
    void captureRecordsCarryTheirRawPayloadAndPagesDoNot(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("captures.warc.gz");
        String tdmrep = "[{\"location\": \"/\", \"tdm-reservation\": 1, \"tdm-policy\": \"https://www.fr.example/policy.json\"}]";
        try (TestWarc w = new TestWarc(warc)) {
            w.response("https://www.fr.example/robots.txt", "2024-05-01T10:00:00Z", 200, "text/plain", "\uFEFF" + RFC_ROBOTS);
            w.response("https://www.fr.example/.well-known/tdmrep.json", "2024-05-01T10:00:01Z", 200, "application/json", tdmrep);
            w.response("https://www.fr.example/page.html", "2024-05-01T10:00:02Z", 200, "text/html; charset=utf-8",
                    "<html><head><title>x</title></head><body><p>Bonjour.</p></body></html>");
            w.response("https://www.it.example/robots.txt", "2024-05-01T10:00:03Z", 503, "text/html", "<h1>busy</h1>");
        }
        PipelineConfig config = ConfigLoader.load(null, List.of("langid.accuracy=low"));
        InputFile file = new InputFile(warc.toUri().toString(), "captures.warc.gz", warc.toFile().length(), InputFile.Kind.WARC);
        ExecutorResources resources = ExecutorResources.get(config, new Configuration());
        List<Row> rows = new ArrayList<>();
        new FileDocuments(file, new Configuration(), resources, resources.newChain()).forEachRemaining(rows::add);
        assertEquals(4, rows.size());
        Row robots = rows.get(0).getAs("site_capture");
        assertEquals(SiteCaptures.ROBOTS, robots.getAs("kind"));
        assertEquals(RFC_ROBOTS, robots.getAs("body"), "byte for byte, BOM removed (RFC 9309 section 2.3)");
        assertEquals(200, (int) robots.getAs("http_status"));
        Row json = rows.get(1).getAs("site_capture");
        assertEquals(SiteCaptures.TDMREP, json.getAs("kind"));
        assertEquals(tdmrep, json.getAs("body"), "kept although ingest drops JSON by content type");
        assertNull(rows.get(2).getAs("site_capture"));
        Row unavailable = rows.get(3).getAs("site_capture");
        assertEquals(503, (int) unavailable.getAs("http_status"), "RFC 9309 2.3.1.4: the status decides, so it is kept");
        assertTrue(rows.stream().allMatch(r -> r.getAs("id") != null));
    }
}
