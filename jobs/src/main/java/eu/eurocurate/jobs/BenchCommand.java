package eu.eurocurate.jobs;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.config.PipelineConfig;
import eu.eurocurate.dedup.MinHasher;
import eu.eurocurate.export.TokenizeStage;
import eu.eurocurate.filters.QualityStage;
import eu.eurocurate.filters.pii.PiiStage;
import eu.eurocurate.ingest.DocumentStream;
import eu.eurocurate.ingest.Ingestor;
import eu.eurocurate.langid.LangIdStage;
import eu.eurocurate.licensing.LicensingStage;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code curate bench}: per-stage throughput on one core (no Spark: each stage is called in a loop over the same
 * documents, as an executor would), next to the plain-library baseline where one exists, then the end-to-end Spark
 * run on all cores. Prints a Markdown table. A benchmark, not a test: nothing here asserts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure per-stage and end-to-end throughput (documents/s, MB/s per core) on the given inputs.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", arity = "1..*", paramLabel = "<path>", description = "Inputs (default: the bundled sample/).")
    List<String> inputs;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed repetitions per stage; the best is reported (default 3).")
    int repeat;

    @Option(names = "--replicate", defaultValue = "1",
            description = "Read the inputs N times, as N differently named copies, for an end-to-end run big enough to measure (default 1).")
    int replicate;

    /** Untimed passes before each measurement, so that the JIT has compiled the hot paths. */
    private static final int WARMUP = 3;

    @Option(names = "--master", paramLabel = "<url>", description = "Spark master for the end-to-end run (default local[*]).")
    String master;

    @Option(names = "--skip-spark", description = "Only the per-stage figures.")
    boolean skipSpark;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    /**
     * One row of the report. Times are CPU seconds of the whole JVM process (the stages' own worker threads, such as
     * the ingest parse threads, included; nothing else runs meanwhile), so the figures stay meaningful on a shared
     * machine where wall-clock time depends on the neighbours' load.
     */
    record Row(String stage, long documents, double megabytes, double seconds, String baseline, double baselineSeconds) {
        String format() {
            String ratio = baselineSeconds > 0 ? String.format(Locale.ROOT, "%.2fx", baselineSeconds / seconds) : "";
            return String.format(Locale.ROOT, "| %s | %,d | %.2f | %.3f | %,.0f | %.2f | %s | %s |", stage, documents, megabytes,
                    seconds, documents / seconds, megabytes / seconds, baseline == null ? "" : baseline, ratio);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** CPU time of this JVM, all threads, in nanoseconds. */
    private static long cpu() {
        return OS.getProcessCpuTime();
    }

    @Override
    public Integer call() throws Exception {
        PipelineConfig config = configOptions.load();
        List<String> in = inputs != null ? inputs : sampleInputs();
        Configuration hadoop = new Configuration();
        List<InputFile> originals = InputLister.list(in, hadoop, config.ingest());
        java.nio.file.Path tmp = Files.createTempDirectory("curate-bench");
        // With --replicate, both the per-stage loops and the end-to-end run read the N copies: enough data for
        // timings well above the CPU clock's granularity.
        List<String> benchInputs = replicate <= 1 ? in : replicate(originals, tmp.resolve("inputs"), replicate, hadoop);
        List<InputFile> files = replicate <= 1 ? originals : InputLister.list(benchInputs, hadoop, config.ingest());
        List<Row> rows = new ArrayList<>();

        // Ingest: reading and extracting every file.
        Ingestor ingestor = new Ingestor(config.ingest());
        long inputBytes = files.stream().filter(f -> f.kind() != InputFile.Kind.UNSUPPORTED).mapToLong(InputFile::length).sum();
        List<Document> docs = null;
        double best = Double.MAX_VALUE;
        for (int w = 0; w < WARMUP; w++) {
            readAll(ingestor, files, hadoop);
        }
        for (int r = 0; r < repeat; r++) {
            long t = cpu();
            List<Document> read = readAll(ingestor, files, hadoop);
            best = Math.min(best, (cpu() - t) / 1e9);
            docs = read;
        }
        rows.add(new Row("ingest (WARC + HTML extraction + Tika)", docs.size(), inputBytes / 1e6, best, null, 0));

        List<Document> alive = kept(docs);
        LicensingStage licensing = new LicensingStage(config.licensing());
        rows.add(time("licensing", licensing, alive, null, null));
        alive = survivors(licensing, alive);

        LangIdStage langid = LangIdStage.create(config.langid());
        LanguageDetector plain = plainLingua(config);
        List<Document> forLangid = alive;
        rows.add(time("langid", langid, alive, "plain Lingua " + config.langid().accuracy() + " accuracy, whole text",
                d -> plain.detectLanguageOf(d.text() == null ? "" : d.text())));
        alive = survivors(langid, forLangid);

        QualityStage quality = new QualityStage(config.quality());
        rows.add(time("quality (Gopher, C4, FineWeb rules)", quality, alive, null, null));
        alive = survivors(quality, alive);

        PiiStage pii = new PiiStage(config.pii());
        rows.add(time("pii (masking)", pii, alive, null, null));
        alive = survivors(pii, alive);

        MinHasher hasher = MinHasher.fromConfig(config.dedup());
        List<Document> forDedup = alive;
        rows.add(timeFunction("dedup signatures (MinHash " + config.dedup().bands() + "x" + config.dedup().rows() + ")", forDedup,
                d -> hasher.signature(d.text())));

        TokenizeStage tokenizer = new TokenizeStage(config.export());
        rows.add(time("tokenize (" + config.export().tokenizer() + ")", tokenizer, alive, null, null));

        StringBuilder out = new StringBuilder();
        out.append("Per-stage throughput per core (CPU time of the process), best of ").append(repeat).append(" (inputs: ").append(String.join(" ", in))
                .append(replicate > 1 ? ", " + replicate + " copies" : "").append(")\n\n");
        out.append("| stage | documents | MB | seconds | documents/s | MB/s | baseline | speed vs baseline |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|---:|\n");
        for (Row r : rows) {
            out.append(r.format()).append('\n');
        }
        System.out.print(out);

        if (!skipSpark) {
            List<String> e2eInputs = benchInputs;
            SparkSession spark = RunCommand.session(master);
            try {
                RunReport report = CurationJob.run(spark, new CurationJob.Spec(e2eInputs, tmp.resolve("out").toString(), config,
                        Cli.codeVersion(), false));
                System.out.printf(Locale.ROOT, "%n%s", report.funnelText());
                System.out.printf(Locale.ROOT, "%nEnd to end (Spark %s, %d cores): %,d records, %.1f s, %,.1f documents/s per core, %.2f MB/s per core%n",
                        spark.sparkContext().master(), report.cores(), report.records(), report.seconds(),
                        report.documentsPerSecondPerCore(), report.mbPerSecondPerCore());
            } finally {
                spark.stop();
            }
        }
        deleteRecursively(tmp.toFile());
        return 0;
    }

    /**
     * Copies every input file n times under distinct names (copy-000-..., copy-001-...): distinct names give distinct
     * document ids, and the copies are exact duplicates, so the run also exercises dedup with clusters of size n.
     */
    private static List<String> replicate(List<InputFile> files, java.nio.file.Path dir, int n, Configuration hadoop) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            for (InputFile f : files) {
                if (f.kind() == InputFile.Kind.UNSUPPORTED) {
                    continue;
                }
                Path src = new Path(f.path());
                java.nio.file.Path target = dir.resolve(String.format(Locale.ROOT, "copy-%03d-%s", i, src.getName()));
                try (FSDataInputStream in = src.getFileSystem(hadoop).open(src)) {
                    Files.copy(in, target);
                }
            }
        }
        return List.of(dir.toString());
    }

    /** The bundled sample's WARC and raw documents, as the README's run command reads them. */
    private static List<String> sampleInputs() {
        java.nio.file.Path p = java.nio.file.Path.of("sample");
        if (!Files.isDirectory(p.resolve("warc"))) {
            throw new IllegalArgumentException("no --input given and no ./sample directory: run from the repository root");
        }
        return List.of(p.resolve("warc").toAbsolutePath().toString(), p.resolve("docs").toAbsolutePath().toString());
    }

    private static List<Document> readAll(Ingestor ingestor, List<InputFile> files, Configuration hadoop) throws IOException {
        List<Document> out = new ArrayList<>();
        for (InputFile f : files) {
            if (f.kind() == InputFile.Kind.UNSUPPORTED) {
                continue;
            }
            Path p = new Path(f.path());
            try (FSDataInputStream in = p.getFileSystem(hadoop).open(p)) {
                if (f.kind() == InputFile.Kind.WARC) {
                    try (DocumentStream s = ingestor.readWarc(f.path(), in)) {
                        s.forEachRemaining(out::add);
                    }
                } else {
                    out.add(ingestor.readRawFile(f.path(), f.relativePath(), in));
                }
            }
        }
        return out;
    }

    private static List<Document> kept(List<Document> docs) {
        List<Document> out = new ArrayList<>();
        for (Document d : docs) {
            if (!d.isDropped()) {
                out.add(d);
            }
        }
        return out;
    }

    /** Runs the stage on copies (so every repetition sees the same input) and returns the survivors of the last. */
    private static List<Document> survivors(Stage stage, List<Document> docs) {
        List<Document> out = new ArrayList<>();
        for (Document d : docs) {
            Document c = Document.copyOf(d);
            stage.process(c);
            if (!c.isDropped()) {
                out.add(c);
            }
        }
        return out;
    }

    private Row time(String name, Stage stage, List<Document> docs, String baseline, Consumer<Document> baselineCall) {
        double mb = megabytes(docs);
        for (int w = 0; w < WARMUP; w++) {
            survivors(stage, docs); // warm-up: JIT and lazily loaded models
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < repeat; r++) {
            List<Document> copies = new ArrayList<>(docs.size());
            for (Document d : docs) {
                copies.add(Document.copyOf(d));
            }
            long t = cpu();
            for (Document c : copies) {
                stage.process(c);
            }
            best = Math.min(best, (cpu() - t) / 1e9);
        }
        double baseBest = 0;
        if (baselineCall != null) {
            for (int w = 0; w < WARMUP; w++) {
                docs.forEach(baselineCall);
            }
            baseBest = Double.MAX_VALUE;
            for (int r = 0; r < repeat; r++) {
                long t = cpu();
                docs.forEach(baselineCall);
                baseBest = Math.min(baseBest, (cpu() - t) / 1e9);
            }
        }
        return new Row(name, docs.size(), mb, best, baseline, baseBest);
    }

    private Row timeFunction(String name, List<Document> docs, Consumer<Document> call) {
        for (int w = 0; w < WARMUP; w++) {
            docs.forEach(call);
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < repeat; r++) {
            long t = cpu();
            docs.forEach(call);
            best = Math.min(best, (cpu() - t) / 1e9);
        }
        return new Row(name, docs.size(), megabytes(docs), best, null, 0);
    }

    private static double megabytes(List<Document> docs) {
        long bytes = 0;
        for (Document d : docs) {
            bytes += d.text() == null ? 0 : d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes / 1e6;
    }

    private static LanguageDetector plainLingua(PipelineConfig config) {
        List<Language> languages = new ArrayList<>();
        for (Language l : Language.all()) {
            if (l.getIsoCode639_1() != null && config.langid().languages().contains(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT))) {
                languages.add(l);
            }
        }
        LanguageDetectorBuilder b = LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0]));
        if (config.langid().accuracy().equals("low")) {
            b = b.withLowAccuracyMode();
        }
        return b.withPreloadedLanguageModels().build();
    }

    private static void deleteRecursively(java.io.File f) {
        java.io.File[] children = f.listFiles();
        if (children != null) {
            for (java.io.File c : children) {
                deleteRecursively(c);
            }
        }
        if (!f.delete() && f.exists()) {
            throw new UncheckedIOException(new IOException("cannot delete " + f));
        }
    }
}
