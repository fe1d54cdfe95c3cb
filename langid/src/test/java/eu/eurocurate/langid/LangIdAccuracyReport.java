package eu.eurocurate.langid;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.LangIdConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accuracy, speed and memory of {@link LinguaLanguageIdentifier} on Lingua's test set (not a unit test; figures and
 * commands in README.md). Run one accuracy mode per JVM so that the heap figure is that mode's alone (Lingua keeps
 * its models in static maps shared by every detector of the JVM).
 *
 * <pre>
 * LangIdAccuracyReport &lt;lingua-testdata-dir&gt; --mode low|high [--langs de,hr,...] [--limit 1000]
 *                      [--file code=path ...] [--calibrate]
 * </pre>
 * <ul>
 *   <li>default: per language, on {@code sentences/<code>.txt}: share of sentences whose best guess is the right
 *       language, share labelled correctly at the shipped thresholds (credible and right), share {@code und}, and
 *       sentences per second on one calling thread (after one warm-up pass), per wall-clock second and per second
 *       of process CPU time;</li>
 *   <li>{@code --file sr=path}: the same for any file of one sentence per line (e.g. Serbian in Latin script);</li>
 *   <li>{@code --calibrate}: refits {@link MarginCalibration} for the mode on every language of the directory
 *       (single words, word pairs, sentences, runs of 2, 4 and 8 sentences) and prints the coefficients and a
 *       reliability table.</li>
 * </ul>
 */
public final class LangIdAccuracyReport {

    private LangIdAccuracyReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: LangIdAccuracyReport <lingua-testdata-dir> --mode low|high [--langs de,hr]"
                    + " [--limit N] [--file code=path ...] [--calibrate]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String mode = null;
        List<String> langs = new ArrayList<>();
        Map<String, Path> files = new LinkedHashMap<>();
        int limit = Integer.MAX_VALUE;
        boolean calibrate = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--mode" -> mode = args[++i];
                case "--langs" -> langs.addAll(Arrays.asList(args[++i].split(",")));
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--file" -> {
                    String[] kv = args[++i].split("=", 2);
                    files.put(kv[0], Path.of(kv[1]));
                }
                case "--calibrate" -> calibrate = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        LangIdConfig d = ConfigLoader.defaults().langid();
        LangIdConfig config = new LangIdConfig(mode, d.languages(), d.minScore(), d.minChars(), d.maxChars(),
                d.dropUndetermined(), d.keepLanguages());

        Runtime rt = Runtime.getRuntime();
        long heapBefore = usedHeap(rt);
        long start = System.nanoTime();
        LinguaLanguageIdentifier id = LinguaLanguageIdentifier.shared(config);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = usedHeap(rt);
        System.out.printf(Locale.ROOT, "%s: models loaded in %.1f s, heap +%d MB (%s)%n", id.id(), loadSeconds,
                (heapAfter - heapBefore) >> 20, id);

        if (calibrate) {
            CalibrationFit.calibrate(id, dir, limit, String::equals,
                    new double[][] {{0, 0.01}, {0.01, 0.03}, {0.03, 0.06}, {0.06, 0.1}, {0.1, 1.01}});
            return;
        }
        System.out.println("| lang | sentences | best guess right | labelled right | und | sentences/s wall | sentences/CPU-s |");
        System.out.println("|---|---|---|---|---|---|---|");
        long allSentences = 0;
        double allNanos = 0;
        double allCpuNanos = 0;
        int allRight = 0;
        int allLabelled = 0;
        for (String lang : langs) {
            Row row = evaluate(id, lang, lines(dir.resolve("sentences").resolve(lang + ".txt"), limit));
            allSentences += row.n;
            allNanos += row.nanos;
            allCpuNanos += row.cpuNanos;
            allRight += row.right;
            allLabelled += row.labelled;
            System.out.println(row.markdown(lang));
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            Row row = evaluate(id, f.getKey(), lines(f.getValue(), limit));
            System.out.println(row.markdown(f.getKey() + " (" + f.getValue().getFileName() + ")"));
        }
        if (allSentences > 0) {
            System.out.printf(Locale.ROOT, "| all %d | %d | %.1f%% | %.1f%% | | %.0f | %.0f |%n", langs.size(),
                    allSentences, 100.0 * allRight / allSentences, 100.0 * allLabelled / allSentences,
                    allSentences * 1e9 / allNanos, allSentences * 1e9 / allCpuNanos);
        }
    }

    private record Row(int n, int right, int labelled, int und, Map<String, Integer> confusions, double nanos,
                       double cpuNanos) {
        String markdown(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% | %.1f%% | %.0f | %.0f |%s", name, n,
                    100.0 * right / n, 100.0 * labelled / n, 100.0 * und / n, n * 1e9 / nanos, n * 1e9 / cpuNanos,
                    confusions.isEmpty() ? "" : " wrong best guesses: " + confusions);
        }
    }

    private static Row evaluate(LinguaLanguageIdentifier id, String lang, List<String> sentences) {
        String expected = LanguageLabels.iso639_3(lang).orElseThrow(() -> new IllegalArgumentException(lang));
        for (String s : sentences) {
            id.identify(s); // warm-up pass: JIT and lazily built Lingua structures
        }
        int right = 0;
        int labelled = 0;
        int und = 0;
        Map<String, Integer> confusions = new java.util.TreeMap<>();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<LanguageResult> results = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            results.add(id.identify(s));
        }
        double nanos = System.nanoTime() - start;
        double cpuNanos = processCpuNanos() - cpuStart;
        for (LanguageResult r : results) {
            String guess = LanguageLabels.languageOf(r.bestGuess());
            right += guess.equals(expected) ? 1 : 0;
            labelled += LanguageLabels.languageOf(r.label()).equals(expected) ? 1 : 0;
            und += r.isUndetermined() ? 1 : 0;
            if (!guess.equals(expected)) {
                confusions.merge(r.bestGuess(), 1, Integer::sum);
            }
        }
        return new Row(sentences.size(), right, labelled, und, confusions, nanos, cpuNanos);
    }


    private static List<String> lines(Path file, int limit) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        return all.subList(0, Math.min(limit, all.size()));
    }

    /**
     * CPU time of the whole process: in high-accuracy mode Lingua spreads the n-gram sizes of a short text over the
     * common fork-join pool, so the calling thread's CPU time would undercount; on a shared machine wall-clock time
     * overcounts.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
