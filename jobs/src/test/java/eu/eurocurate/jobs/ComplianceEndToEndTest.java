package eu.eurocurate.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end on a crawl written for the test (jwarc, real pages of the bundled sample under new URLs): robots.txt
 * captures that disallow GPTBot, CCBot or every crawler, one with Cloudflare's Content-Signal, a robots.txt that
 * changed during the crawl, a tdmrep.json, pages with a tdm-reservation meta tag, a Content-Usage header, a noai
 * robots meta tag, a URL on the takedown list, and control pages. The run must drop exactly the reserved pages with
 * the right reason codes and record which robots.txt copy was used; the audit's three files must be produced with
 * figures equal to those computed here from the ledger directly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceEndToEndTest {

    @TempDir
    static Path tmp;

    private SparkSession spark;
    private Path out;
    private Path audit;
    private List<Row> ledger;
    private final Map<String, String> expected = new LinkedHashMap<>();
    private final Map<String, Long> offsets = new HashMap<>();
    private AuditFigures figures;
    private int written;

    static final String TAKEDOWN_ID = "TD-2026-0042";
    static final String PROVIDER = """
            provider_name: Example AI Lab
            provider_contact: compliance@ai-lab.example
            model_name: example-llm-7b-v1
            crawler_name: CCBot (Common Crawl)
            sme: false
            """;

    /** Page HTML of the sample WARC that the whole chain keeps, each a different real text. */
    private static List<String> realPages(int n) throws Exception {
        Path warc = CurationJobTest.SAMPLE.resolve("warc/eurocurate-sample.warc.gz");
        InputFile file = new InputFile(warc.toUri().toString(), "warc/eurocurate-sample.warc.gz", warc.toFile().length(),
                InputFile.Kind.WARC);
        PipelineConfig config = ConfigLoader.load(null, List.of("langid.accuracy=low"));
        ExecutorResources resources = ExecutorResources.get(config, new Configuration());
        List<String> pages = new ArrayList<>();
        Set<String> languages = new HashSet<>();
        FileDocuments docs = new FileDocuments(file, new Configuration(), resources, resources.newChain());
        while (docs.hasNext() && pages.size() < n) {
            Row r = docs.next();
            // One page per language: no two of them can be near-duplicates.
            if (DocumentRows.KEPT.equals(r.getAs("status")) && "text/html".equals(r.getAs("content_type"))
                    && languages.add(r.getAs("language"))) {
                pages.add(SiteCaptures.readPayload(new Configuration(), r.getAs("source_file"), r.<Long>getAs("source_offset")).body());
            }
        }
        assertEquals(n, pages.size());
        return pages;
    }

    private static String withHead(String html, String extra) {
        Matcher m = Pattern.compile("<head[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
        assertTrue(m.find(), "a page with a head");
        return html.substring(0, m.end()) + extra + html.substring(m.end());
    }

    private void page(TestWarc w, String url, String date, String html, String expectedReason, String... headers) throws Exception {
        w.response(url, date, 200, "text/html; charset=utf-8", html, headers);
        expected.put(url + " " + date, expectedReason);
        written++;
    }

    private void robots(TestWarc w, String url, String date, String body) throws Exception {
        w.response(url, date, 200, "text/plain", body);
        offsets.put(url + " " + date, w.offsets.get(url + " " + date));
        written++;
    }

    @BeforeAll
    void crawlRunAndAudit() throws Exception {
        List<String> real = realPages(14);
        Path warc = tmp.resolve("crawl/crawl.warc.gz");
        Files.createDirectories(warc.getParent());
        try (TestWarc w = new TestWarc(warc)) {
            robots(w, "https://gpt.example/robots.txt", "2024-05-01T00:00:00Z", "User-agent: GPTBot\nDisallow: /\n");
            page(w, "https://gpt.example/article", "2024-05-02T00:00:00Z", real.get(0), "licensing.reserved.robots_txt_ai");

            robots(w, "https://cc.example/robots.txt", "2024-05-01T00:00:00Z", "User-agent: CCBot\nDisallow: /\n");
            page(w, "https://cc.example/article", "2024-05-02T00:00:00Z", real.get(1), "licensing.reserved.robots_txt_crawler");

            robots(w, "https://all.example/robots.txt", "2024-05-01T00:00:00Z", "User-agent: *\nDisallow: /private/\n");
            page(w, "https://all.example/private/article", "2024-05-02T00:00:00Z", real.get(2), "licensing.reserved.robots_txt_all");
            page(w, "https://all.example/public/article", "2024-05-02T00:00:00Z", real.get(3), null);

            robots(w, "https://signal.example/robots.txt", "2024-05-01T00:00:00Z",
                    "User-agent: *\nContent-Signal: search=yes, ai-train=no\nAllow: /\n");
            page(w, "https://signal.example/article", "2024-05-02T00:00:00Z", real.get(4), "licensing.reserved.content_signal_robots");

            // The site closed its doors to GPTBot in June: pages fetched before keep the May robots.txt.
            robots(w, "https://history.example/robots.txt", "2024-05-01T00:00:00Z", "User-agent: *\nAllow: /\n");
            robots(w, "https://history.example/robots.txt", "2024-06-01T00:00:00Z", "User-agent: GPTBot\nDisallow: /\n");
            page(w, "https://history.example/may", "2024-05-15T00:00:00Z", real.get(5), null);
            page(w, "https://history.example/june", "2024-06-15T00:00:00Z", real.get(6), "licensing.reserved.robots_txt_ai");
            page(w, "https://history.example/april", "2024-04-15T00:00:00Z", real.get(7), null);

            w.response("https://tdmrep.example/.well-known/tdmrep.json", "2024-05-01T00:00:00Z", 200, "application/json",
                    "[{\"location\": \"/*\", \"tdm-reservation\": 1, \"tdm-policy\": \"https://tdmrep.example/policy.json\"}]");
            written++;
            page(w, "https://tdmrep.example/article", "2024-05-02T00:00:00Z", real.get(8), "licensing.reserved.tdmrep_json");

            page(w, "https://meta.example/article", "2024-05-02T00:00:00Z",
                    withHead(real.get(9), "<meta name=\"tdm-reservation\" content=\"1\">"), "licensing.reserved.tdm_reservation_meta");
            page(w, "https://usage.example/article", "2024-05-02T00:00:00Z", real.get(10),
                    "licensing.reserved.content_usage_header", "Content-Usage", "train-ai=n");
            page(w, "https://noai.example/article", "2024-05-02T00:00:00Z",
                    withHead(real.get(11), "<meta name=\"robots\" content=\"noai, noimageai\">"), "licensing.reserved.noai_meta");
            page(w, "https://takedown.example/article", "2024-05-02T00:00:00Z", real.get(12), "removal.request");
            page(w, "https://control.example/article", "2024-05-02T00:00:00Z", real.get(13), null);
        }
        spark = SparkTestSession.get();
        PipelineConfig config = ConfigLoader.load(null, List.of("langid.accuracy=low", "dedup.exact=false", "dedup.minhash=false",
                "licensing.removals=[{id: " + TAKEDOWN_ID + ", kind: url, value: 'https://takedown.example/article'}]"));
        out = tmp.resolve("out");
        CurationJob.run(spark, new CurationJob.Spec(List.of(warc.getParent().toString()), out.toString(), config, "test", false));
        ledger = spark.read().parquet(out.resolve("provenance").toString()).collectAsList();
        audit = tmp.resolve("audit");
        ProviderInfo provider = ProviderInfo.parse(PROVIDER);
        figures = AuditJob.figures(spark, out.toString(), provider);
        AuditWriter.writeAll(figures, provider, audit.toString(), new Configuration());
    }

    private Row row(String url, String date) {
        return ledger.stream().filter(r -> url.equals(r.getAs("url")) && date.equals(r.getAs("fetch_time"))).findFirst()
                .orElseThrow(() -> new AssertionError("no ledger row for " + url + " " + date));
    }

    private static Map<String, String> attributes(Row r) {
        return r.getJavaMap(r.fieldIndex("attributes"));
    }

    @Test
    void everyRecordIncludingTheRobotsCapturesHasOneLedgerRow() {
        assertEquals(written, ledger.size());
        assertEquals(written, ledger.stream().map(r -> r.<String>getAs("id")).distinct().count());
        assertEquals(7, ledger.stream().filter(r -> SiteCaptures.kind(r.getAs("url")) != null).count());
    }

    @Test
    void reservedPagesAreDroppedWithTheirReasonAndTheOthersKept() {
        Map<String, String> actual = new LinkedHashMap<>();
        for (String key : expected.keySet()) {
            String[] p = key.split(" ");
            Row r = row(p[0], p[1]);
            actual.put(key, DocumentRows.KEPT.equals(r.getAs("status")) ? null : r.getAs("drop_reason"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void theRemovalRequestIsNamedOnItsDecision() {
        Row r = row("https://takedown.example/article", "2024-05-02T00:00:00Z");
        Row first = r.<Row>getList(r.fieldIndex("decisions")).stream()
                .filter(d -> "DROP".equals(d.getAs("verdict"))).findFirst().orElseThrow();
        assertEquals("removal", first.getAs("stage"));
        assertTrue(String.valueOf(first.<String>getAs("detail")).contains(TAKEDOWN_ID), first.toString());
        assertNull(r.getAs("language"), "removed before any other stage looked at it");
    }

    @Test
    void theRobotsTxtCopyUsedIsRecordedWithHowItWasChosen() {
        Row may = row("https://history.example/may", "2024-05-15T00:00:00Z");
        String mayCopy = attributes(may).get(ProvenanceFields.ROBOTS_COPY);
        assertTrue(mayCopy.contains("@" + offsets.get("https://history.example/robots.txt 2024-05-01T00:00:00Z")
                + " (" + SiteCaptures.BEFORE + ")"), mayCopy);
        Row april = row("https://history.example/april", "2024-04-15T00:00:00Z");
        String aprilCopy = attributes(april).get(ProvenanceFields.ROBOTS_COPY);
        assertTrue(aprilCopy.contains("@" + offsets.get("https://history.example/robots.txt 2024-05-01T00:00:00Z")
                + " (" + SiteCaptures.AFTER + ")"), aprilCopy);
        Row june = row("https://history.example/june", "2024-06-15T00:00:00Z");
        List<Row> signals = june.getList(june.fieldIndex("opt_out_signals"));
        Row robots = signals.stream().filter(s -> "robots_txt_ai".equals(s.getAs("signal"))).findFirst().orElseThrow();
        assertTrue(robots.<String>getAs("source").startsWith("robots.txt "), robots.toString());
        assertTrue(robots.<String>getAs("source").contains("@" + offsets.get("https://history.example/robots.txt 2024-06-01T00:00:00Z")),
                robots.toString());
    }

    @Test
    void ledgerRowsCarryTheProvenanceColumns() {
        Row r = row("https://control.example/article", "2024-05-02T00:00:00Z");
        assertEquals("control.example", r.getAs("registered_domain"));
        assertNotNull(r.getAs("record_id"));
        assertNotNull(r.getAs("payload_digest"));
        assertTrue(r.<Long>getAs("source_length") > 0);
        assertEquals("tdm_exception", r.getAs("legal_basis"));
        assertEquals("test", r.getAs("code_version"));
        assertNotNull(r.getAs("config_hash"));
        Row usage = row("https://usage.example/article", "2024-05-02T00:00:00Z");
        List<Row> signals = usage.getList(usage.fieldIndex("opt_out_signals"));
        assertTrue(signals.stream().anyMatch(s -> "content_usage_header".equals(s.getAs("signal"))
                && "http_header".equals(s.getAs("source"))), signals.toString());
    }

    @Test
    void explainFindsADocumentByUrlWithEveryDecision() {
        List<Row> rows = ExplainJob.find(spark, out.toString(), null, "https://gpt.example/article");
        assertEquals(1, rows.size());
        String text = ExplainJob.describe(rows.get(0));
        assertTrue(text.contains("licensing.reserved.robots_txt_ai"), text);
        assertTrue(text.contains("robots.txt"), text);
        assertTrue(text.contains("ingest.ok"), text);
        String id = rows.get(0).getAs("id");
        assertEquals(rows, ExplainJob.find(spark, out.toString(), id, null));
    }

    // ---- the audit: figures recomputed here from the collected ledger, independently of AuditJob ----

    @Test
    void auditTotalsLanguagesAndRemovalsEqualTheLedgers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(audit.resolve(AuditWriter.JSON).toFile());
        long kept = ledger.stream().filter(r -> DocumentRows.KEPT.equals(r.getAs("status"))).count();
        long tokens = ledger.stream().filter(r -> DocumentRows.KEPT.equals(r.getAs("status")))
                .mapToLong(r -> r.<Long>getAs("token_count")).sum();
        assertEquals(ledger.size(), json.at("/totals/records").asLong());
        assertEquals(kept, json.at("/totals/kept").asLong());
        assertEquals(tokens, json.at("/totals/tokens").asLong());
        assertTrue(kept >= 4 && tokens > 0);

        Map<String, Long> perLanguage = new TreeMap<>();
        ledger.stream().filter(r -> DocumentRows.KEPT.equals(r.getAs("status")))
                .forEach(r -> perLanguage.merge(r.getAs("language"), r.<Long>getAs("token_count"), Long::sum));
        Map<String, Long> reported = new TreeMap<>();
        json.get("languages").forEach(l -> reported.put(l.get("language").asText(), l.get("tokens").asLong()));
        assertEquals(perLanguage, reported);

        Map<String, Long> removals = new TreeMap<>();
        ledger.stream().filter(r -> DocumentRows.DROPPED.equals(r.getAs("status")))
                .forEach(r -> removals.merge(r.<String>getAs("drop_reason"), 1L, Long::sum));
        Map<String, Long> reportedRemovals = new TreeMap<>();
        json.get("removals").forEach(r -> reportedRemovals.put(r.get("reason").asText(), r.get("documents").asLong()));
        assertEquals(removals, reportedRemovals);

        // Every record of this crawl is a response.
        String first = ledger.stream().map(r -> r.<String>getAs("fetch_time")).min(String::compareTo).orElseThrow();
        String last = ledger.stream().map(r -> r.<String>getAs("fetch_time")).max(String::compareTo).orElseThrow();
        assertEquals(ledger.size(), json.at("/totals/crawled").asLong());
        assertEquals(first, json.at("/collection_period/first").asText());
        assertEquals(last, json.at("/collection_period/last").asText());
    }

    @Test
    void auditSignalsLicencesAndDomainsEqualTheLedgers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(audit.resolve(AuditWriter.JSON).toFile());
        Map<String, Set<String>> docsPerSignal = new TreeMap<>();
        Map<String, Set<String>> droppedPerSignal = new TreeMap<>();
        for (Row r : ledger) {
            for (Row s : r.<Row>getList(r.fieldIndex("opt_out_signals"))) {
                String key = s.getAs("signal") + " " + s.<String>getAs("source").split(" ")[0];
                docsPerSignal.computeIfAbsent(key, k -> new HashSet<>()).add(r.getAs("id"));
                if (DocumentRows.DROPPED.equals(r.getAs("status"))) {
                    droppedPerSignal.computeIfAbsent(key, k -> new HashSet<>()).add(r.getAs("id"));
                }
            }
        }
        Map<String, Long> expectedDocs = new TreeMap<>();
        docsPerSignal.forEach((k, v) -> expectedDocs.put(k, (long) v.size()));
        Map<String, Long> reported = new TreeMap<>();
        Map<String, Long> reportedDropped = new TreeMap<>();
        for (JsonNode s : json.get("opt_out_signals")) {
            String key = s.get("signal").asText() + " " + s.get("source").asText();
            reported.put(key, s.get("documents").asLong());
            reportedDropped.put(key, s.get("dropped").asLong());
        }
        assertEquals(expectedDocs, reported);
        docsPerSignal.keySet().forEach(k -> assertEquals(droppedPerSignal.getOrDefault(k, Set.of()).size(),
                (long) reportedDropped.get(k), k));
        assertTrue(reported.containsKey("robots_txt_ai robots.txt"), reported.toString());
        assertTrue(reported.containsKey("tdm_reservation_meta html_meta"), reported.toString());

        long keptCharsControl = ledger.stream().filter(r -> "control.example".equals(r.getAs("registered_domain"))
                && DocumentRows.KEPT.equals(r.getAs("status"))).mapToLong(r -> r.<Integer>getAs("text_chars")).sum();
        JsonNode control = null;
        for (JsonNode d : json.get("top_domains")) {
            if (d.get("domain").asText().equals("control.example")) {
                control = d;
            }
        }
        assertNotNull(control, json.get("top_domains").toString());
        assertEquals(keptCharsControl, control.get("characters").asLong());
        assertEquals(ledger.stream().map(r -> r.<String>getAs("registered_domain")).distinct().count(), json.get("domains").asLong());
        // 11 domains crawled: the template's top 10% is two domains, those with the most bytes read.
        assertEquals(11, json.get("domains").asLong());
        assertEquals(2, json.get("top_scraped_domains").size());

        long licensed = json.get("licences").findValues("documents").stream().mapToLong(JsonNode::asLong).sum();
        assertEquals(json.at("/totals/kept").asLong(), licensed);
    }

    @Test
    void theHtmlReportIsSelfContainedWithChartsAndTheSameFigures() throws Exception {
        String html = Files.readString(audit.resolve(AuditWriter.HTML));
        assertFalse(html.toLowerCase().contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resource");
        assertTrue(html.contains("<svg"), "inline SVG charts");
        assertFalse(html.contains("{{"), "every slot filled");
        for (AuditFigures.RemovalRow r : figures.removals()) {
            assertTrue(html.contains(r.reason()), r.reason());
        }
        assertTrue(html.contains(AuditWriter.number(figures.totals().records())));
        assertTrue(html.contains(figures.run().runId()));
    }

    @Test
    void theAiActSummaryFollowsTheTemplateAndCarriesTheFigures() throws Exception {
        String md = Files.readString(audit.resolve(AuditWriter.SUMMARY));
        for (String section : List.of("## 1. General information", "### 1.1 Provider identification",
                "### 1.3 Modalities, overall training data size and other characteristics", "## 2. List of data sources",
                "### 2.3 Data crawled and scraped from online sources", "## 3. Data processing aspects",
                "### 3.1 Respect of reservations of rights from the text and data mining exception",
                "### 3.2 Removal of illegal content")) {
            assertTrue(md.contains(section), section);
        }
        assertTrue(md.contains("Example AI Lab"));
        assertTrue(md.contains("example-llm-7b-v1"));
        assertTrue(md.contains("less than 1 billion tokens"));
        assertTrue(md.contains(figures.collectionPeriod().first() + " to " + figures.collectionPeriod().last()));
        // Counted from the ledger: besides the pages, a robots.txt carrying a site-wide Content-Signal is itself reserved.
        long reserved = ledger.stream().filter(r -> r.getAs("drop_reason") != null
                && r.<String>getAs("drop_reason").startsWith("licensing.reserved.")).count();
        assertTrue(reserved >= expected.values().stream().filter(v -> v != null && v.startsWith("licensing.reserved.")).count());
        assertTrue(md.contains("Documents removed because of a rights reservation: " + reserved + "."), md);
        assertTrue(md.contains("Documents removed on request (takedown list): 1."), md);
        assertFalse(md.contains("{{"));
    }
}
