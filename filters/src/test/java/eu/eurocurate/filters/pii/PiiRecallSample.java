package eu.eurocurate.filters.pii;

import eu.eurocurate.core.config.ConfigLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Not a test: recall (and precision) of the default {@link PiiMasker} on a labelled set built from real text, the
 * Lingua test sentences of the mission languages with valid identifiers inserted ({@link PiiLabelledSet}). Prints a
 * Markdown table per type and per national id kind, and every miss and every hit on the carrier text.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.eurocurate.filters.pii.PiiRecallSample -Dexec.args="../shared/data 46"
 * </pre>
 * Arguments: the shared data directory and the number of cases per language (23 cycles through every type and
 * national id kind once).
 */
public final class PiiRecallSample {

    /** Lingua file (ISO 639-1) to the ISO 639-3 code RegionGuess maps to a country. */
    static final Map<String, String> LANGUAGES = new TreeMap<>(Map.ofEntries(
            Map.entry("bg", "BG"), Map.entry("cs", "CZ"), Map.entry("da", "DK"), Map.entry("de", "DE"),
            Map.entry("el", "GR"), Map.entry("en", "GB"), Map.entry("es", "ES"), Map.entry("et", "EE"),
            Map.entry("fi", "FI"), Map.entry("fr", "FR"), Map.entry("ga", "IE"), Map.entry("hr", "HR"),
            Map.entry("hu", "HU"), Map.entry("it", "IT"), Map.entry("lt", "LT"), Map.entry("lv", "LV"),
            Map.entry("nl", "NL"), Map.entry("pl", "PL"), Map.entry("pt", "PT"), Map.entry("ro", "RO"),
            Map.entry("sk", "SK"), Map.entry("sl", "SI"), Map.entry("sv", "SE")));

    private PiiRecallSample() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int perLanguage = args.length > 1 ? Integer.parseInt(args[1]) : 46;
        PiiMasker masker = new PiiMasker(ConfigLoader.defaults().pii());
        Random random = new Random(20261126L);
        List<PiiLabelledSet.Case> cases = new ArrayList<>();
        for (Map.Entry<String, String> e : LANGUAGES.entrySet()) {
            List<String> sentences = Files.readAllLines(
                    data.resolve("lid-lingua-testdata/sentences/" + e.getKey() + ".txt"), StandardCharsets.UTF_8);
            for (int i = 0; i < perLanguage; i++) {
                cases.add(PiiLabelledSet.build(random, e.getKey(), e.getValue(), sentences.get(2 * i),
                        sentences.get(2 * i + 1), i));
            }
        }
        Score score = Score.of(masker, cases);
        System.out.println("Each value after the words that usually name it (\"IBAN\", \"PESEL\", \"Tel.\"):\n");
        System.out.println(score.table());
        System.out.println("Misses:");
        score.misses.forEach(m -> System.out.println("  " + m));
        System.out.println("Hits outside the labels (on the carrier text):");
        score.falsePositives.forEach(m -> System.out.println("  " + m));

        // The same values and sentences without the naming words: the ids with weak checks are then not masked by
        // design (NationalIdDetector), the others must still be.
        random = new Random(20261126L);
        List<PiiLabelledSet.Case> unnamed = new ArrayList<>();
        for (Map.Entry<String, String> e : LANGUAGES.entrySet()) {
            List<String> sentences = Files.readAllLines(
                    data.resolve("lid-lingua-testdata/sentences/" + e.getKey() + ".txt"), StandardCharsets.UTF_8);
            for (int i = 0; i < perLanguage; i++) {
                unnamed.add(PiiLabelledSet.build(random, e.getKey(), e.getValue(), sentences.get(2 * i),
                        sentences.get(2 * i + 1), i, false));
            }
        }
        System.out.println("\nThe same values without their naming words:\n");
        System.out.println(Score.of(masker, unnamed).table());
    }

    /** Per type (and national id kind): labels, found with the exact span, found with another span, missed. */
    static final class Score {
        final Map<String, int[]> byKey = new TreeMap<>();
        final List<String> misses = new ArrayList<>();
        final List<String> falsePositives = new ArrayList<>();
        int carrierHits;

        static Score of(PiiMasker masker, List<PiiLabelledSet.Case> cases) {
            Score s = new Score();
            for (PiiLabelledSet.Case c : cases) {
                List<PiiMatch> found = PiiLabelledSet.detect(masker, c);
                for (PiiLabelledSet.Label label : c.labels()) {
                    String key = label.type().key() + (label.kind() == null ? "" : "." + label.kind());
                    int[] n = s.byKey.computeIfAbsent(key, k -> new int[3]);
                    n[0]++;
                    PiiMatch exact = null;
                    PiiMatch overlapping = null;
                    for (PiiMatch m : found) {
                        if (m.start() == label.start() && m.end() == label.end() && m.type() == label.type()) {
                            exact = m;
                        } else if (m.start() < label.end() && label.start() < m.end()) {
                            overlapping = m;
                        }
                    }
                    if (exact != null) {
                        n[1]++;
                    } else if (overlapping != null) {
                        n[2]++;
                        s.misses.add(c.language() + " " + key + " partial: '" + label.value() + "' found as "
                                + overlapping.type().key() + " '" + c.text().substring(overlapping.start(), overlapping.end()) + "'");
                    } else {
                        s.misses.add(c.language() + " " + key + " missed: '" + label.value() + "' in: "
                                + c.text().substring(Math.max(0, label.start() - 40), label.end()));
                    }
                }
                for (PiiMatch m : found) {
                    boolean labelled = c.labels().stream().anyMatch(l -> m.start() < l.end() && l.start() < m.end());
                    if (!labelled) {
                        s.carrierHits++;
                        s.falsePositives.add(c.language() + " " + m.type().key() + " '"
                                + c.text().substring(m.start(), m.end()) + "'");
                    }
                }
            }
            return s;
        }

        /** Exact-span recall over every label. */
        double recall() {
            int labels = 0;
            int exact = 0;
            for (int[] n : byKey.values()) {
                labels += n[0];
                exact += n[1];
            }
            return labels == 0 ? 0 : (double) exact / labels;
        }

        String table() {
            StringBuilder sb = new StringBuilder("| type | inserted | found, exact span | found, other span | missed |\n"
                    + "|---|---:|---:|---:|---:|\n");
            byKey.forEach((key, n) -> sb.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %d |%n",
                    key, n[0], n[1], n[2], n[0] - n[1] - n[2])));
            sb.append(String.format(java.util.Locale.ROOT, "%nExact-span recall %.3f; hits on the carrier text: %d%n",
                    recall(), carrierHits));
            return sb.toString();
        }
    }
}
