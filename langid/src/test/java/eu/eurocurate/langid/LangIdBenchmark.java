package eu.eurocurate.langid;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.LangIdConfig;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Speed, memory and load time of {@link NgramLanguageIdentifier} next to plain Lingua (low and high accuracy) in
 * one JVM, on the same inputs (not a unit test; command and figures in README.md):
 * <ul>
 *   <li>the 35,000 sentences of Lingua's test set ({@code lid-lingua-testdata/sentences});</li>
 *   <li>real web pages: the whole visible text (menus, footers and all, one line per block element) of the 181
 *       pages of {@code html-extraction-scrapinghub} and the 130 {@code source.html} of
 *       {@code html-extraction-readability}.</li>
 * </ul>
 * One calling thread; every input is identified twice to warm up, then timed. Throughput is per second of the
 * calling thread's CPU time (the machine is shared, wall-clock time overcounts) and per wall-clock second; Lingua's
 * high-accuracy mode also uses the common fork-join pool, so for it the process CPU time is given too. Heap is the
 * used heap after garbage collection, added by loading each detector (Lingua keeps its models in static maps).
 *
 * <pre>LangIdBenchmark &lt;shared-data-dir&gt; [--no-high]</pre>
 */
public final class LangIdBenchmark {

    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|noscript|template|svg)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article"
            + "|header|footer|nav|aside|main|blockquote|pre|dd|dt|figcaption|option|title)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");

    private LangIdBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        boolean high = !List.of(args).contains("--no-high");
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(data.resolve("lid-lingua-testdata/sentences"))) {
            for (Path f : files.sorted().toList()) {
                sentences.addAll(LangIdEvaluation.lines(f, Integer.MAX_VALUE));
            }
        }
        List<String> pages = pages(data);
        long pageChars = pages.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "inputs: %d sentences (%d chars); %d web pages (%d chars of visible text, mean %d)%n",
                sentences.size(), sentences.stream().mapToLong(String::length).sum(), pages.size(), pageChars,
                pageChars / pages.size());
        LangIdConfig d = ConfigLoader.defaults().langid();
        System.out.println("| detector | load s | heap MB | sentences/CPU-s | sentences/s wall | pages/CPU-s | pages/s wall | process CPU-s per 1k pages |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Runtime rt = Runtime.getRuntime();
        long heap = usedHeap(rt);
        long start = System.nanoTime();
        NgramLanguageIdentifier ngram = NgramLanguageIdentifier.shared(d);
        double load = (System.nanoTime() - start) / 1e9;
        long after = usedHeap(rt);
        double[] s = time(sentences, ngram::identify);
        double[] p = time(pages, ngram::identifyDocument);
        row("ngram (documents: per paragraph)", load, after - heap, s, p);
        double[] p1 = time(pages, ngram::identify);
        row("ngram (whole text as one)", 0, 0, s, p1);
        double ngramSentences = s[0];
        double ngramPages = p[0];
        heap = usedHeap(rt);
        Map<String, Double> linguaSentences = new LinkedHashMap<>();
        for (String mode : List.of(args).contains("--ngram-only") ? List.<String>of() : high ? List.of("low", "high") : List.of("low")) {
            LangIdConfig c = new LangIdConfig(mode, d.languages(), d.minScore(), d.minChars(), d.maxChars(),
                    d.dropUndetermined(), d.keepLanguages());
            start = System.nanoTime();
            LinguaLanguageIdentifier lingua = LinguaLanguageIdentifier.shared(c);
            load = (System.nanoTime() - start) / 1e9;
            after = usedHeap(rt);
            double[] ls = time(sentences, lingua::identify);
            double[] lp = time(pages, lingua::identify);
            row("lingua " + mode, load, after - heap, ls, lp);
            heap = after;
            System.out.printf(Locale.ROOT, "|   ratio ngram / lingua %s | | | %.1fx | | %.1fx per paragraph, %.1fx whole"
                    + " text | | |%n", mode, ngramSentences / ls[0], ngramPages / lp[0], p1[0] / lp[0]);
            linguaSentences.put(mode, ls[0]);
        }
        // accuracy high: short close calls are rescored with Lingua's 1- to 5-gram statistics (ShortTextModel, loaded
        // lazily per language, so the heap grows as languages come up: measured after the timed passes)
        NgramLanguageIdentifier hybrid = NgramLanguageIdentifier.shared(LangIdEvaluation.withAccuracy(d, "high"));
        long beforeHybrid = usedHeap(rt);
        double[] hs = time(sentences, hybrid::identify);
        double[] hp = time(pages, hybrid::identifyDocument);
        row("ngram, accuracy high (short close calls rescored with Lingua's 1- to 5-grams; heap: the " + ShortTextModel
                .shared().loaded() + " languages loaded)", 0, usedHeap(rt) - beforeHybrid, hs, hp);
        double hybridSentences = hs[0];
        for (Map.Entry<String, Double> e : linguaSentences.entrySet()) {
            System.out.printf(Locale.ROOT, "|   ratio ngram high / lingua %s | | | %.1fx | | | | |%n", e.getKey(),
                    hybridSentences / e.getValue());
        }
        shortTableLoads();
    }

    /**
     * Wall time to build {@link ShortTextModel}'s table of each Lingua language, again, after the timed passes (JIT
     * warm): what the first hard case naming a language waits for.
     */
    private static void shortTableLoads() {
        NgramModel model = NgramModel.shared();
        List<Double> seconds = new ArrayList<>();
        for (int l = 0; l < model.size(); l++) {
            String code = model.codes().get(l);
            if ("lingua-1.2.2".equals(model.sources().get(l)) && ShortTextModel.has(code)) {
                long start = System.nanoTime();
                ShortTextModel.load(code);
                seconds.add((System.nanoTime() - start) / 1e9);
            }
        }
        seconds.sort(null);
        System.out.printf(Locale.ROOT, "%nshort-text tables: %d languages, %.2f / %.2f / %.2f s each to build (min /"
                + " median / max, wall, warm JIT); %d loaded by the timed passes%n", seconds.size(), seconds.get(0),
                seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), ShortTextModel.shared().loaded());
    }

    private static void row(String name, double load, long heapBytes, double[] s, double[] p) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %d | %.0f | %.0f | %.0f | %.0f | %.1f |%n", name, load, heapBytes >> 20,
                s[0], s[1], p[0], p[1], p[2] * 1000);
    }

    /**
     * {items per thread-CPU second, items per wall second, process CPU seconds per item}. Warm-up: at least two passes
     * and at least 5 s of CPU (two passes of the fast detectors took under a second, which left the JIT's second tier
     * unfinished and understated them by half). Timed: whole passes until at least 5 s of CPU.
     */
    private static double[] time(List<String> items, Function<String, ?> f) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warm = threads.getCurrentThreadCpuTime();
        for (int pass = 0; pass < 2 || threads.getCurrentThreadCpuTime() - warm < 5_000_000_000L; pass++) {
            for (String item : items) {
                f.apply(item);
            }
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long process = processCpuNanos();
        long wall = System.nanoTime();
        int sink = 0;
        long done = 0;
        do {
            for (String item : items) {
                sink += f.apply(item).hashCode() & 1;
            }
            done += items.size();
        } while (threads.getCurrentThreadCpuTime() - cpu < 5_000_000_000L);
        double wallS = (System.nanoTime() - wall) / 1e9;
        double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double processS = (processCpuNanos() - process) / 1e9;
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return new double[] {done / cpuS, done / wallS, processS / done};
    }

    /** Visible text of every page: scripts and styles dropped, one line per block element, entities decoded. */
    static List<String> pages(Path data) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(data.resolve("html-extraction-scrapinghub/html"))) {
            files.addAll(s.sorted().toList());
        }
        try (Stream<Path> s = Files.walk(data.resolve("html-extraction-readability/test-pages"))) {
            files.addAll(s.filter(f -> f.getFileName().toString().equals("source.html.gz")).sorted().toList());
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                String text = visibleText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (!text.isBlank()) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    static String visibleText(String html) {
        String s = DROP.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        s = SPACES.matcher(s).replaceAll(" ");
        return BLANK_LINES.matcher(s).replaceAll("\n").trim();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
