package eu.eurocurate.filters;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.QualityConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Not a test: how many documents each rule removes, per language, with FineWeb-2's per-language thresholds and with
 * the global (Gopher/C4/FineWeb) thresholds. Input: the Lingua test sentences (Leipzig corpora web text, 1,000
 * sentences per language) and the Maltese UD sentences, grouped into pseudo-documents of 20 consecutive sentences
 * (5 lines of 4 sentences): real text in every mission language Lingua covers, but not real page layouts, so the
 * line-based rules (FineWeb's, C4's) see tidier pages than the web gives. Writes a Markdown table to stdout.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.eurocurate.filters.LanguageDropReport -Dexec.args="../shared/data"
 * </pre>
 */
public final class LanguageDropReport {

    /** Lingua's file names (ISO 639-1) to the labels eurocurate's langid writes. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("bg", "bul_Cyrl"), Map.entry("bs", "bos_Latn"), Map.entry("cs", "ces_Latn"),
            Map.entry("da", "dan_Latn"), Map.entry("de", "deu_Latn"), Map.entry("el", "ell_Grek"),
            Map.entry("en", "eng_Latn"), Map.entry("es", "spa_Latn"), Map.entry("et", "ekk_Latn"),
            Map.entry("fi", "fin_Latn"), Map.entry("fr", "fra_Latn"), Map.entry("ga", "gle_Latn"),
            Map.entry("hr", "hrv_Latn"), Map.entry("hu", "hun_Latn"), Map.entry("it", "ita_Latn"),
            Map.entry("ka", "kat_Geor"), Map.entry("lt", "lit_Latn"), Map.entry("lv", "lvs_Latn"),
            Map.entry("mk", "mkd_Cyrl"), Map.entry("nl", "nld_Latn"), Map.entry("pl", "pol_Latn"),
            Map.entry("pt", "por_Latn"), Map.entry("ro", "ron_Latn"), Map.entry("sk", "slk_Latn"),
            Map.entry("sl", "slv_Latn"), Map.entry("sq", "als_Latn"), Map.entry("sr", "srp_Cyrl"),
            Map.entry("sv", "swe_Latn"), Map.entry("tr", "tur_Latn"), Map.entry("uk", "ukr_Cyrl"),
            Map.entry("mt", "mlt_Latn"));

    private LanguageDropReport() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Map<String, List<String>> docs = new TreeMap<>();
        for (Map.Entry<String, String> e : LABELS.entrySet()) {
            Path file = e.getKey().equals("mt") ? data.resolve("lid-train-supplement/mt.txt")
                    : data.resolve("lid-lingua-testdata/sentences/" + e.getKey() + ".txt");
            docs.put(e.getValue(), group(Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        QualityStage fineweb2 = new QualityStage(ConfigLoader.defaults().quality());
        QualityConfig noneConfig = ConfigLoader.load(null, List.of("quality.per_language_thresholds=none")).quality();
        QualityStage none = new QualityStage(noneConfig);
        System.out.println("| language | docs | kept, FineWeb-2 thresholds | kept, global thresholds | main drop reasons (FineWeb-2) | main drop reasons (global) |");
        System.out.println("|---|---|---|---|---|---|");
        for (Map.Entry<String, List<String>> e : docs.entrySet()) {
            Map<String, Integer> a = run(fineweb2, e.getKey(), e.getValue());
            Map<String, Integer> b = run(none, e.getKey(), e.getValue());
            int n = e.getValue().size();
            System.out.printf("| %s | %d | %d | %d | %s | %s |%n", e.getKey(), n, a.getOrDefault(Reasons.OK, 0),
                    b.getOrDefault(Reasons.OK, 0), top(a), top(b));
        }
    }

    private static List<String> group(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 20 <= sentences.size(); i += 20) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 20; k++) {
                sb.append(sentences.get(i + k).trim()).append(k % 4 == 3 ? "\n" : " ");
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static Map<String, Integer> run(QualityStage stage, String label, List<String> texts) {
        Map<String, Integer> reasons = new TreeMap<>();
        int i = 0;
        for (String t : texts) {
            Document d = new Document(label + "-" + i++, new SourceLocator("report", 0, 1, null, "response"));
            d.text(t).language(label, 1.0);
            stage.process(d);
            reasons.merge(d.decisions().get(0).reason(), 1, Integer::sum);
        }
        return reasons;
    }

    private static String top(Map<String, Integer> reasons) {
        List<String> parts = new ArrayList<>();
        new TreeSet<>(reasons.keySet()).stream().filter(r -> !r.equals(Reasons.OK))
                .sorted((x, y) -> reasons.get(y) - reasons.get(x)).limit(3)
                .forEach(r -> parts.add(r.substring("quality.".length()) + " " + reasons.get(r)));
        return parts.isEmpty() ? "" : String.join(", ", parts);
    }
}
