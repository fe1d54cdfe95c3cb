package eu.eurocurate.filters.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eurocurate.core.config.ConfigLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Not a test: runs the default {@link PiiMasker} over real text and writes every hit with its context, for a manual
 * precision check (filters/README.md has the resulting table). Inputs: the shared test data directory; it reads
 * the scrapinghub HTML pages (region from each page's URL), the readability test pages (region unknown), and the
 * Lingua and UD sentence files (region from the file's language).
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.eurocurate.filters.pii.PiiPrecisionSample \
 *     -Dexec.args="../shared/data target/pii-hits.tsv"
 * </pre>
 */
public final class PiiPrecisionSample {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style|noscript)\\b.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Map<String, String> ISO1_TO_3 = Map.ofEntries(
            Map.entry("bg", "bul"), Map.entry("bs", "bos"), Map.entry("cs", "ces"), Map.entry("da", "dan"),
            Map.entry("de", "deu"), Map.entry("el", "ell"), Map.entry("en", "eng"), Map.entry("es", "spa"),
            Map.entry("et", "est"), Map.entry("fi", "fin"), Map.entry("fr", "fra"), Map.entry("ga", "gle"),
            Map.entry("hr", "hrv"), Map.entry("hu", "hun"), Map.entry("it", "ita"), Map.entry("ka", "kat"),
            Map.entry("lt", "lit"), Map.entry("lv", "lav"), Map.entry("mk", "mkd"), Map.entry("nl", "nld"),
            Map.entry("pl", "pol"), Map.entry("pt", "por"), Map.entry("ro", "ron"), Map.entry("sk", "slk"),
            Map.entry("sl", "slv"), Map.entry("sq", "sqi"), Map.entry("sr", "srp"), Map.entry("sv", "swe"),
            Map.entry("tr", "tur"), Map.entry("uk", "ukr"), Map.entry("mt", "mlt"), Map.entry("gl", "glg"));

    private PiiPrecisionSample() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        PiiMasker masker = new PiiMasker(ConfigLoader.defaults().pii());
        Map<String, Integer> counts = new TreeMap<>();
        long chars = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("type\tkind\tsource\tregion\tvalue\tcontext");
            List<String[]> inputs = new ArrayList<>();
            JsonNode truth = new ObjectMapper().readTree(data.resolve("html-extraction-scrapinghub/ground-truth.json").toFile());
            try (Stream<Path> files = Files.list(data.resolve("html-extraction-scrapinghub/html"))) {
                for (Path p : files.sorted().toList()) {
                    String key = p.getFileName().toString().replace(".html.gz", "");
                    String url = truth.path(key).path("url").asText(null);
                    inputs.add(new String[] {p.toString(), RegionGuess.of(url, null), "html"});
                }
            }
            try (Stream<Path> files = Files.walk(data.resolve("html-extraction-readability/test-pages"))) {
                for (Path p : files.filter(f -> f.getFileName().toString().equals("source.html.gz")).sorted().toList()) {
                    inputs.add(new String[] {p.toString(), RegionGuess.UNKNOWN, "html"});
                }
            }
            for (String dir : List.of("lid-lingua-testdata/sentences", "lid-train-supplement")) {
                try (Stream<Path> files = Files.list(data.resolve(dir))) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".txt") && !f.endsWith("SOURCE.txt")).sorted().toList()) {
                        String iso1 = p.getFileName().toString().substring(0, 2);
                        inputs.add(new String[] {p.toString(), RegionGuess.of(null, ISO1_TO_3.get(iso1)), "text"});
                    }
                }
            }
            for (String[] input : inputs) {
                String text = read(Path.of(input[0]));
                if (input[2].equals("html")) {
                    text = htmlToText(text);
                }
                chars += text.length();
                PiiMasker.Result r = masker.mask(text, input[1]);
                for (PiiMatch m : r.matches()) {
                    counts.merge(m.kind(), 1, Integer::sum);
                    String context = text.substring(Math.max(0, m.start() - 50), Math.min(text.length(), m.end() + 30))
                            .replaceAll("\\s+", " ");
                    out.println(m.type().key() + "\t" + m.kind() + "\t" + data.relativize(Path.of(input[0])) + "\t"
                            + input[1] + "\t" + text.substring(m.start(), m.end()) + "\t" + context);
                }
            }
        }
        System.out.println("characters scanned: " + chars);
        counts.forEach((k, v) -> System.out.println(k + "\t" + v));
    }

    private static String read(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            InputStream s = p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String htmlToText(String html) {
        String t = SCRIPT.matcher(html).replaceAll(" ");
        t = TAG.matcher(t).replaceAll(" ");
        return t.replace("&nbsp;", " ").replace("&#64;", "@").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
