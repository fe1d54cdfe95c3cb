package eu.eurocurate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Measures main-content extraction on the Scrapinghub article-extraction benchmark
 * (github.com/scrapinghub/article-extraction-benchmark: {@code html/<id>.html.gz} and {@code ground-truth.json}),
 * with the benchmark's own metric, re-implemented from its {@code evaluate.py}: token 4-gram shingles
 * ({@code \w+} tokens), per-page precision and recall normalised per page, F1 of the mean precision and mean recall.
 * Also reports throughput: pages per second of thread CPU time on one core, jsoup parse included.
 *
 * <p>Given a directory with {@code test-pages/}, it reads Mozilla Readability's test cases instead
 * (github.com/mozilla/readability), where the reference is Readability.js's own output.
 *
 * <p>Not a unit test (the data sets are not shipped). Run, from {@code ingest/}:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) eu.eurocurate.ingest.ExtractionBenchmark \
 *     /path/to/html-extraction-scrapinghub [main_content|all_text]   # or /path/to/html-extraction-readability
 * </pre>
 */
public final class ExtractionBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String mode = args.length > 1 ? args[1] : "main_content";
        Map<String, byte[]> pages = new HashMap<>();
        Map<String, String> truth = new HashMap<>();
        if (Files.isDirectory(dir.resolve("test-pages"))) {
            loadReadabilityCases(dir.resolve("test-pages"), pages, truth);
        } else {
            JsonNode json = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
            for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                pages.put(id, gunzip(dir.resolve("html/" + id + ".html.gz")));
                truth.put(id, json.get(id).path("articleBody").asText(""));
            }
        }
        HtmlExtractor extractor = new HtmlExtractor(mode);
        // Warm-up pass so the timing below measures compiled code.
        for (byte[] page : pages.values()) {
            extractor.extract(new String(page, StandardCharsets.UTF_8), "http://example.com/");
        }
        List<double[]> tpFpFn = new ArrayList<>();
        long bytes = 0;
        // Thread CPU time, not wall time: the figure must not depend on what else runs on the machine.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        Map<String, String> outputs = new HashMap<>();
        for (Map.Entry<String, byte[]> e : pages.entrySet()) {
            String html = new String(e.getValue(), StandardCharsets.UTF_8);
            bytes += e.getValue().length;
            outputs.put(e.getKey(), extractor.extract(html, "http://example.com/").text());
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double precision = 0;
        double recall = 0;
        int np = 0;
        int nr = 0;
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            double[] m = match(truth.get(e.getKey()), e.getValue());
            tpFpFn.add(m);
            if (m[0] + m[1] > 0) {
                precision += (m[1] == 0 && m[2] == 0) ? 1 : m[0] / (m[0] + m[1]);
                np++;
            }
            if (m[0] + m[2] > 0) {
                recall += (m[1] == 0 && m[2] == 0) ? 1 : m[0] / (m[0] + m[2]);
                nr++;
            }
            if (args.length > 2) {
                System.out.printf("%s P=%.2f R=%.2f%n", e.getKey(), m[0] / Math.max(1e-9, m[0] + m[1]),
                        m[0] / Math.max(1e-9, m[0] + m[2]));
            }
        }
        precision /= np;
        recall /= nr;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("mode=%s pages=%d precision=%.3f recall=%.3f F1=%.3f pages/s/core=%.0f MB/s/core=%.1f%n", mode,
                pages.size(), precision, recall, f1, pages.size() / seconds, bytes / 1e6 / seconds);
    }

    /**
     * Mozilla Readability's test pages ({@code test-pages/<case>/source.html.gz, expected.html.gz}): the expected
     * output is Readability.js's own extraction, reduced to its text.
     */
    private static void loadReadabilityCases(Path dir, Map<String, byte[]> pages, Map<String, String> truth)
            throws IOException {
        try (java.util.stream.Stream<Path> cases = Files.list(dir)) {
            for (Path c : cases.sorted().toList()) {
                String id = c.getFileName().toString();
                pages.put(id, gunzip(c.resolve("source.html.gz")));
                truth.put(id, org.jsoup.Jsoup.parse(new String(gunzip(c.resolve("expected.html.gz")),
                        StandardCharsets.UTF_8)).text());
            }
        }
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    /** evaluate.py's string_shingle_matching: normalised (tp, fp, fn) over shingle multisets. */
    static double[] match(String truth, String pred) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(pred);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        java.util.Set<List<String>> keys = new java.util.HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }
}
