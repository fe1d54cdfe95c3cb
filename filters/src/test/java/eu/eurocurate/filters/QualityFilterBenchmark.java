package eu.eurocurate.filters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.QualityConfig;
import eu.eurocurate.filters.pii.PiiStage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;

/**
 * Throughput of the quality stage, of each filter and of the PII stage on one core, in MB of UTF-8 text per second. Not a unit test:
 * run by hand (command in the module README) on real article text, e.g. the scrapinghub benchmark's ground truth:
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.eurocurate.filters.QualityFilterBenchmark \
 *     -Dexec.args="../shared/data/html-extraction-scrapinghub/ground-truth.json 20"
 * </pre>
 *
 * Arguments: a {@code ground-truth.json} ({@code {id: {articleBody: ...}}}) or a directory of {@code .txt} files, and
 * the number of timed passes (default 20) after as many warm-up passes.
 */
public final class QualityFilterBenchmark {

    /** Thread CPU time, so that other processes on a shared machine do not count against the stage. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private QualityFilterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: QualityFilterBenchmark <ground-truth.json | dir of .txt> [passes]");
            System.exit(2);
        }
        List<String> texts = load(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%d documents, %.2f MB of UTF-8 text per pass, %d passes%n", texts.size(), bytes / 1e6,
                passes);

        QualityConfig config = ConfigLoader.defaults().quality();
        QualityStage stage = new QualityStage(config);
        GopherRepetitionFilter repetition = new GopherRepetitionFilter(config.gopherRepetition());
        GopherQualityFilter quality = new GopherQualityFilter(config.gopherQuality());
        C4QualityFilter c4 = new C4QualityFilter(config.c4());
        ObjDoubleConsumer<String> sink = (k, v) -> { };

        // A yardstick for the machine: one trivial pass over the characters. Shared or throttled machines are often
        // several times slower than a dedicated core; compare the stage with this line, not only in absolute terms.
        report("baseline: one pass counting whitespace", bytes, passes, texts, QualityFilterBenchmark::whitespace);
        // The stage first, as an executor runs it: timing the filters one by one before it leaves the JIT with
        // profiles from other call sites, which made the stage read 10-20% slower than in a run of its own.
        report("QualityStage (all four)", bytes, passes, texts, t -> {
            Document d = new Document("b", new SourceLocator("bench", 0, 1, null, "response"));
            d.text(t).language("eng_Latn", 1.0);
            stage.process(d);
            return d.isDropped() ? 1 : 0;
        });
        report("TextProfile (word + line split)", bytes, passes, texts, t -> TextProfile.of(t).wordCount());
        report("GopherRepetitionFilter (incl. split)", bytes, passes, texts,
                t -> repetition.apply(TextProfile.of(t), sink).rejected() ? 1 : 0);
        report("GopherQualityFilter (incl. split)", bytes, passes, texts,
                t -> quality.apply(TextProfile.of(t), "eng_Latn", sink).rejected() ? 1 : 0);
        report("C4QualityFilter (incl. split)", bytes, passes, texts,
                t -> c4.apply(TextProfile.of(t), sink).linesRemoved());
        FineWebQualityFilter fineweb = new FineWebQualityFilter(config.fineweb());
        report("FineWebQualityFilter (incl. split)", bytes, passes, texts,
                t -> fineweb.apply(TextProfile.of(t), sink).rejected() ? 1 : 0);
        PiiStage pii = new PiiStage(ConfigLoader.defaults().pii());
        PiiStage piiNoPhone = new PiiStage(ConfigLoader.load(null, List.of("pii.phone=false")).pii());
        report("PiiStage without phone numbers", bytes, passes, texts, t -> piiRun(piiNoPhone, t));
        report("PiiStage (all detectors, region GB)", bytes, passes, texts, t -> piiRun(pii, t));
        report("QualityStage + PiiStage", bytes, passes, texts, t -> {
            Document d = new Document("b", new SourceLocator("bench", 0, 1, null, "response"));
            d.text(t).language("eng_Latn", 1.0);
            stage.process(d);
            pii.process(d);
            return d.isDropped() ? 1 : 0;
        });
    }

    private static long piiRun(PiiStage stage, String text) {
        Document d = new Document("b", new SourceLocator("bench", 0, 1, null, "response"));
        d.text(text).language("eng_Latn", 1.0);
        stage.process(d);
        return d.text().length();
    }

    private static long whitespace(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private interface Work {
        long run(String text);
    }

    private static void report(String label, long bytes, int passes, List<String> texts, Work work) {
        long sink = 0;
        for (int p = 0; p < passes; p++) {
            for (String t : texts) {
                sink += work.run(t);
            }
        }
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (int p = 0; p < passes; p++) {
            for (String t : texts) {
                sink += work.run(t);
            }
        }
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-40s %7.1f MB/s per CPU-second  (%6.1f MB/s wall; checksum %d)%n", label,
                bytes * passes / 1e6 / cpuSeconds, bytes * passes / 1e6 / seconds, sink);
    }

    private static List<String> load(Path path) throws IOException {
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (var files = Files.list(path)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    if (f.toString().endsWith(".txt")) {
                        texts.add(Files.readString(f));
                    }
                }
            }
            return texts;
        }
        JsonNode root = new ObjectMapper().readTree(path.toFile());
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode body = entry.getValue().get("articleBody");
            if (body != null && !body.asText().isBlank()) {
                texts.add(body.asText());
            }
        }
        return texts;
    }
}
