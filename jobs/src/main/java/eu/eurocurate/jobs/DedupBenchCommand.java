package eu.eurocurate.jobs;

import eu.eurocurate.core.config.DedupConfig;
import eu.eurocurate.dedup.Shingler;
import eu.eurocurate.dedup.spark.DedupResult;
import eu.eurocurate.dedup.spark.SparkDeduplicator;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

/**
 * {@code curate bench-dedup}: the evidence behind dedup/README.md, in one Spark session. A benchmark, not a test:
 * nothing asserts.
 *
 * <ul>
 *   <li>{@code accuracy}: precision and recall of the deduplication against exact Jaccard ({@link DedupBenchTruth}) on
 *       a corpus of real text with controlled edits ({@link DedupBenchCorpus}), for the configured parameters and two
 *       other settings, plus the MRPC paraphrase pairs that must not be merged;</li>
 *   <li>{@code speed}: this module's deduplication against Spark MLlib's {@code MinHashLSH} +
 *       {@code approxSimilarityJoin} on the same data in the same session, with MLlib's number of hash tables
 *       raised until its recall reaches ours; CPU seconds of the whole process (all Spark threads), so that other
 *       load on the machine does not distort the ratio;</li>
 *   <li>{@code scaling}: time and peak heap for several input sizes and one skewed input (a huge cluster).</li>
 * </ul>
 */
@Command(name = "bench-dedup", mixinStandardHelpOptions = true,
        description = "Deduplication evidence: accuracy vs exact Jaccard, speed vs Spark MLlib MinHashLSH, scaling.")
final class DedupBenchCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "<dir>",
            description = "The shared data directory (scrapinghub ground truth, Lingua sentences, MRPC). Default ../shared/data.")
    Path data;

    @Option(names = "--mode", split = ",", defaultValue = "accuracy,speed,scaling",
            description = "Any of accuracy, speed, scaling (default all).")
    List<String> modes;

    @Option(names = "--accuracy-docs", defaultValue = "2000", description = "Corpus size for accuracy (default 2000).")
    int accuracyDocs;

    @Option(names = "--speed-docs", defaultValue = "5000", description = "Corpus size for speed (default 5000).")
    int speedDocs;

    @Option(names = "--speed-skew", defaultValue = "1000",
            description = "Also time a speed corpus with one page copied this many times (default 1000; 0: skip).")
    int speedSkew;

    @Option(names = "--repeat", defaultValue = "1",
            description = "Speed: time each method this many times, alternating, and report the median CPU (default 1).")
    int repeat;

    @Option(names = "--tables", split = ",", defaultValue = "1,2,3,5",
            description = "MLlib MinHashLSH numbers of hash tables to try (default 1,2,3,5).")
    List<Integer> tables;

    @Option(names = "--sizes", split = ",", defaultValue = "2000,5000,10000,25000",
            description = "Corpus sizes for scaling (default 2000,5000,10000,25000).")
    List<Integer> sizes;

    @Option(names = "--skew", defaultValue = "5000",
            description = "Copies of one page in the skewed scaling case of 10,000 documents (default 5000; 0: none).")
    int skew;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default 42).")
    long seed;

    @Option(names = "--check-brute-force", description = "Also compare the ground truth with brute force over all pairs.")
    boolean checkBruteForce;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default local[2]).")
    String master;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    private static final StructType DOCS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("fetch_time", DataTypes.StringType, true);

    /** Share of base documents that get near-duplicate variants (about 45% of the documents are variants). */
    private static final double FAMILY_RATE = 0.3;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Override
    public Integer call() {
        DedupConfig configured = configOptions.load().dedup();
        DedupBenchCorpus corpus = new DedupBenchCorpus(data);
        SparkSession spark = RunCommand.session(master);
        spark.sparkContext().setLogLevel("ERROR");
        try {
            System.out.printf(Locale.ROOT, "# bench-dedup: master %s, %d cores, seed %d, heap max %d MB%n%n",
                    spark.sparkContext().master(), spark.sparkContext().defaultParallelism(), seed,
                    Runtime.getRuntime().maxMemory() >> 20);
            if (modes.contains("accuracy")) {
                accuracy(spark, corpus, configured);
            }
            if (modes.contains("speed")) {
                speed(spark, corpus, configured);
            }
            if (modes.contains("scaling")) {
                scaling(spark, corpus, configured);
            }
        } finally {
            spark.stop();
        }
        return 0;
    }

    // ------------------------------------------------------------------------------------------------ accuracy

    private void accuracy(SparkSession spark, DedupBenchCorpus corpus, DedupConfig configured) {
        List<DedupBenchCorpus.Doc> docs = new ArrayList<>(corpus.generate(accuracyDocs, seed, FAMILY_RATE, 0));
        int corpusSize = docs.size();
        List<String[]> mrpc = mrpcPairs();
        for (int p = 0; p < mrpc.size(); p++) {
            // Their own scope: pairs are compared with each other, not with the corpus.
            docs.add(new DedupBenchCorpus.Doc(String.format(Locale.ROOT, "m%05da", p), mrpc.get(p)[1], "mrpc", null, -1, "mrpc"));
            docs.add(new DedupBenchCorpus.Doc(String.format(Locale.ROOT, "m%05db", p), mrpc.get(p)[2], "mrpc", null, -1, "mrpc"));
        }
        System.out.printf(Locale.ROOT, "## Accuracy%n%n%,d generated documents (%.1f MB) and %,d MRPC pairs; truth: exact "
                        + "Jaccard of word %d-gram sets, same language label only.%n%n", corpusSize, megabytes(docs.subList(0, corpusSize)),
                mrpc.size(), configured.ngramSize());
        String[] scopes = docs.stream().map(DedupBenchCorpus.Doc::language).toArray(String[]::new);
        long[][] sets = DedupBenchTruth.shingleSets(docs.stream().map(DedupBenchCorpus.Doc::text).toList(), Shingler.fromConfig(configured));
        List<DedupBenchTruth.Pair> truth = DedupBenchTruth.pairs(sets, scopes, 0.5);
        if (checkBruteForce) {
            List<DedupBenchTruth.Pair> brute = DedupBenchTruth.bruteForce(sets, scopes, 0.5);
            System.out.printf(Locale.ROOT, "Brute force over all %,d same-scope pairs: %,d pairs >= 0.5, identical to the "
                    + "prefix-filtered truth: %s%n%n", sameScopePairs(scopes), brute.size(), brute.equals(truth));
        }
        System.out.printf(Locale.ROOT, "| setting | pairs J>=0.7 | recall J>=0.7 | recall J>=0.8 | precision (J>=0.7) | "
                + "precision (J>=0.5) | removed | removed with J(kept)>=0.7 | co-clustered at J 0.5-0.6 / 0.6-0.7 / 0.7-0.8 / "
                + "0.8-0.9 / 0.9-1 | MRPC pairs merged (paraphrase / not) | of which J<0.7; lowest J |%n|---|---|---|---|---|---|---|---|---|---|---|%n");
        List<Object[]> settings = List.of(
                new Object[]{"configured: " + describe(configured), configured},
                new Object[]{"configured, min_length 0 (no minimum)", new DedupConfig(configured.exact(), configured.minhash(),
                        configured.shingle(), configured.ngramSize(), configured.bands(), configured.rows(), configured.seed(),
                        configured.scope(), configured.jaccardThreshold(), false, "", List.of(), false, 0)},
                new Object[]{"no Jaccard check (FineWeb as published)", with(configured, configured.bands(), configured.rows(), 0.0)},
                new Object[]{"25 x 10 = 250 hashes, check 0.7 (text-dedup's Spark job)", with(configured, 25, 10, 0.7)});
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            index.put(docs.get(i).id(), i);
        }
        Dataset<Row> input = cached(spark, docs);
        for (Object[] s : settings) {
            DedupConfig config = (DedupConfig) s[1];
            DedupResult result = SparkDeduplicator.run(input, config);
            int[] label = labels(result.clusters().select("id", "cluster_id").collectAsList(), index, docs.size());
            List<Row> removed = result.removed().select("id", "kept_id").collectAsList();
            Quality q = Quality.of(truth, label, i -> i < corpusSize);
            long removedCorpus = 0;
            long removedGood = 0;
            for (Row r : removed) {
                int a = index.get(r.getString(0));
                if (a < corpusSize) {
                    removedCorpus++;
                    if (DedupBenchTruth.jaccard(sets[a], sets[index.get(r.getString(1))]) >= 0.7) {
                        removedGood++;
                    }
                }
            }
            int mergedPara = 0;
            int mergedOther = 0;
            int mergedBelow = 0;
            double mergedMin = 1.0;
            for (int p = 0; p < mrpc.size(); p++) {
                int a = corpusSize + 2 * p;
                if (label[a] >= 0 && label[a] == label[a + 1]) {
                    if ("1".equals(mrpc.get(p)[0])) {
                        mergedPara++;
                    } else {
                        mergedOther++;
                    }
                    double j = DedupBenchTruth.jaccard(sets[a], sets[a + 1]);
                    mergedMin = Math.min(mergedMin, j);
                    mergedBelow += j < 0.7 ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %,d | %.3f | %.3f | %.3f | %.3f | %,d | %.3f | %s | %d / %d | %d; %.2f |%n", s[0],
                    q.positives(0.7), q.recall(0.7), q.recall(0.8), q.precision(0.7), q.precision(0.5), removedCorpus,
                    removedCorpus == 0 ? 1.0 : (double) removedGood / removedCorpus, q.bins(), mergedPara, mergedOther,
                    mergedBelow, mergedMin);
        }
        input.unpersist();
        System.out.println();
    }

    private static long sameScopePairs(String[] scopes) {
        Map<String, Long> counts = new HashMap<>();
        for (String s : scopes) {
            counts.merge(s, 1L, Long::sum);
        }
        return counts.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    private List<String[]> mrpcPairs() {
        List<String[]> pairs = new ArrayList<>();
        for (String file : List.of("msr_paraphrase_train.txt", "msr_paraphrase_test.txt")) {
            Path f = data.resolve("neardup-mrpc").resolve(file);
            if (!Files.isRegularFile(f)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] cols = line.replace("\uFEFF", "").split("\t");
                    if (cols.length == 5 && !cols[0].startsWith("Quality")) {
                        pairs.add(new String[]{cols[0], cols[3], cols[4]});
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pairs;
    }

    /** Pair-level quality of a clustering (label per document, -1 = alone) against the truth pairs. */
    record Quality(List<DedupBenchTruth.Pair> truth, int[] label, java.util.function.IntPredicate counted, long coClustered) {

        static Quality of(List<DedupBenchTruth.Pair> truth, int[] label, java.util.function.IntPredicate counted) {
            Map<Integer, Long> sizes = new HashMap<>();
            for (int i = 0; i < label.length; i++) {
                if (label[i] >= 0 && counted.test(i)) {
                    sizes.merge(label[i], 1L, Long::sum);
                }
            }
            long pairs = sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
            return new Quality(truth, label, counted, pairs);
        }

        private boolean together(DedupBenchTruth.Pair p) {
            return label[p.i()] >= 0 && label[p.i()] == label[p.j()];
        }

        private boolean in(DedupBenchTruth.Pair p) {
            return counted.test(p.i()) && counted.test(p.j());
        }

        long positives(double t) {
            return truth.stream().filter(p -> in(p) && p.jaccard() >= t).count();
        }

        double recall(double t) {
            long all = positives(t);
            long found = truth.stream().filter(p -> in(p) && p.jaccard() >= t && together(p)).count();
            return all == 0 ? 1.0 : (double) found / all;
        }

        /** Share of co-clustered pairs whose exact Jaccard reaches t (pairs below the truth's 0.5 count as below). */
        double precision(double t) {
            long good = truth.stream().filter(p -> in(p) && p.jaccard() >= t && together(p)).count();
            return coClustered == 0 ? 1.0 : (double) good / coClustered;
        }

        String bins() {
            StringBuilder b = new StringBuilder();
            double[] edges = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
            for (int k = 0; k + 1 < edges.length; k++) {
                double lo = edges[k];
                double hi = edges[k + 1];
                long all = truth.stream().filter(p -> in(p) && p.jaccard() >= lo && p.jaccard() < hi).count();
                long found = truth.stream().filter(p -> in(p) && p.jaccard() >= lo && p.jaccard() < hi && together(p)).count();
                b.append(k == 0 ? "" : " / ").append(all == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) found / all));
            }
            return b.toString();
        }
    }

    private static int[] labels(List<Row> members, Map<String, Integer> index, int n) {
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        Map<String, Integer> clusterIds = new HashMap<>();
        for (Row r : members) {
            int c = clusterIds.computeIfAbsent(r.getString(1), k -> clusterIds.size());
            label[index.get(r.getString(0))] = c;
        }
        return label;
    }

    // ------------------------------------------------------------------------------------------------ speed

    private void speed(SparkSession spark, DedupBenchCorpus corpus, DedupConfig configured) {
        System.out.printf(Locale.ROOT, "## Speed%n%n");
        speed(spark, corpus, configured, 0);
        if (speedSkew > 0) {
            speed(spark, corpus, configured, speedSkew);
        }
    }

    private void speed(SparkSession spark, DedupBenchCorpus corpus, DedupConfig configured, int skewCopies) {
        List<DedupBenchCorpus.Doc> docs = corpus.generate(speedDocs, seed + 1, FAMILY_RATE, skewCopies);
        double mb = megabytes(docs);
        // One scope for both: MLlib's join has no partitioning key.
        DedupConfig ours = new DedupConfig(configured.exact(), configured.minhash(), configured.shingle(),
                configured.ngramSize(), configured.bands(), configured.rows(), configured.seed(), "global",
                configured.jaccardThreshold(), false, "", List.of(), false, configured.minLength());
        String[] scopes = new String[docs.size()];
        java.util.Arrays.fill(scopes, "");
        long[][] sets = DedupBenchTruth.shingleSets(docs.stream().map(DedupBenchCorpus.Doc::text).toList(), Shingler.fromConfig(ours));
        List<DedupBenchTruth.Pair> truth = DedupBenchTruth.pairs(sets, scopes, 0.5);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            index.put(docs.get(i).id(), i);
        }
        System.out.printf(Locale.ROOT, "### %s%n%n%,d documents, %.1f MB of text, scope global, one Spark session (%s); "
                        + "CPU = process CPU time (all threads), so figures are per core. Recall/precision: pairs of exact "
                        + "Jaccard >= 0.7 (%,d pairs) put in one cluster (for MLlib: connected components of its pairs).%n%n",
                skewCopies == 0 ? "Small families (1 to 7 versions of a page)" : "The same with one page copied " + skewCopies
                        + " times (lightly edited), as boilerplate pages are on the web",
                docs.size(), mb, spark.sparkContext().master(), truth.stream().filter(p -> p.jaccard() >= 0.7).count());
        System.out.printf(Locale.ROOT, "| method | CPU s | wall s | docs/s per core | MB/s per core | recall J>=0.7 | recall J>=0.8 | "
                + "precision (J>=0.7) | pairs/clusters out |%n|---|---|---|---|---|---|---|---|---|%n");
        Dataset<Row> input = cached(spark, docs);

        // Warm-up of both paths (JIT, Spark's first-job costs) on a small slice, untimed.
        Dataset<Row> warm = input.limit(300).persist();
        warm.count();
        SparkDeduplicator.run(warm, ours).removed().count();
        mllibPairs(warm, 1).count();
        warm.unpersist();

        // Each method runs `repeat` times, in turn, so that JIT compilation and garbage collection triggered by one
        // are not billed to the next; the median run is reported.
        List<double[]> ourTimes = new ArrayList<>();
        List<List<double[]>> mlTimes = new ArrayList<>();
        for (int ignored : tables) {
            mlTimes.add(new ArrayList<>());
        }
        long removed = 0;
        long members = 0;
        Quality q = null;
        List<Quality> mlQuality = new ArrayList<>();
        List<Long> mlPairs = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            long[] t = start();
            DedupResult result = SparkDeduplicator.run(input, ours);
            removed = result.removed().count();
            members = result.clusters().count();
            ourTimes.add(stop(t));
            if (r == 0) {
                int[] label = labels(result.clusters().select("id", "cluster_id").collectAsList(), index, docs.size());
                q = Quality.of(truth, label, i -> true);
            }
            for (int k = 0; k < tables.size(); k++) {
                t = start();
                Dataset<Row> pairs = mllibPairs(input, tables.get(k)).persist(StorageLevel.MEMORY_AND_DISK());
                long n = pairs.count();
                mlTimes.get(k).add(stop(t));
                if (r == 0) {
                    mlQuality.add(Quality.of(truth, unionFind(pairs.collectAsList(), index, docs.size()), i -> true));
                    mlPairs.add(n);
                }
                pairs.unpersist();
            }
        }
        double[] ourTime = median(ourTimes);
        printSpeed("eurocurate " + describe(ours), ourTime, docs.size(), mb, q,
                String.format(Locale.ROOT, "%,d removed, %,d in clusters", removed, members));
        for (int k = 0; k < tables.size(); k++) {
            int tableCount = tables.get(k);
            double[] time = median(mlTimes.get(k));
            printSpeed(String.format(Locale.ROOT, "MLlib MinHashLSH, %d hash table%s, approxSimilarityJoin distance <= %.2f",
                    tableCount, tableCount == 1 ? "" : "s", 1 - ours.jaccardThreshold()), time, docs.size(), mb, mlQuality.get(k),
                    String.format(Locale.ROOT, "%,d pairs", mlPairs.get(k)));
            System.out.printf(Locale.ROOT, "|   ratio MLlib CPU / ours CPU | %.2fx | %.2fx | | | | | | |%n", time[0] / ourTime[0],
                    time[1] / ourTime[1]);
        }
        if (repeat > 1) {
            System.out.printf(Locale.ROOT, "%nCPU s of each run: ours %s; MLlib %s%n", cpus(ourTimes),
                    mlTimes.stream().map(DedupBenchCommand::cpus).toList());
        }
        input.unpersist();
        System.out.println();
    }

    /**
     * The MLlib way, as its documentation shows it: tokens (letters and digits, lower-cased, as our normaliser),
     * word 5-grams, binary HashingTF (2^22 features), MinHashLSH, self approxSimilarityJoin at Jaccard distance
     * 1 - threshold; each pair once.
     */
    private static Dataset<Row> mllibPairs(Dataset<Row> input, int tableCount) {
        RegexTokenizer tokens = new RegexTokenizer().setInputCol("text").setOutputCol("words")
                .setPattern("[^\\p{L}\\p{N}]+").setToLowercase(true);
        NGram grams = new NGram().setN(5).setInputCol("words").setOutputCol("grams");
        HashingTF tf = new HashingTF().setInputCol("grams").setOutputCol("features").setNumFeatures(1 << 22).setBinary(true);
        PipelineModel featurizer = new Pipeline().setStages(new PipelineStage[]{tokens, grams, tf}).fit(input);
        // MinHashLSH rejects empty vectors: texts of fewer than 5 words have no 5-gram.
        var nonEmpty = udf((UDF1<Vector, Boolean>) v -> v.numNonzeros() > 0, DataTypes.BooleanType);
        Dataset<Row> features = featurizer.transform(input.select("id", "text")).select("id", "features")
                .filter(nonEmpty.apply(col("features"))).persist(StorageLevel.MEMORY_AND_DISK());
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(tableCount).setInputCol("features")
                .setOutputCol("hashes").setSeed(1).fit(features);
        return model.approxSimilarityJoin(features, features, 1.0 - 0.7, "distance")
                .filter(col("datasetA.id").lt(col("datasetB.id")))
                .select(col("datasetA.id").as("a"), col("datasetB.id").as("b"));
    }

    private static int[] unionFind(List<Row> pairs, Map<String, Integer> index, int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean[] linked = new boolean[n];
        for (Row r : pairs) {
            int a = find(parent, index.get(r.getString(0)));
            int b = find(parent, index.get(r.getString(1)));
            linked[index.get(r.getString(0))] = true;
            linked[index.get(r.getString(1))] = true;
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = linked[i] ? find(parent, i) : -1;
        }
        return label;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void printSpeed(String method, double[] time, int docs, double mb, Quality q, String out) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %,.0f | %.2f | %.3f | %.3f | %.3f | %s |%n", method, time[0], time[1],
                docs / time[0], mb / time[0], q.recall(0.7), q.recall(0.8), q.precision(0.7), out);
    }

    // ------------------------------------------------------------------------------------------------ scaling

    private void scaling(SparkSession spark, DedupBenchCorpus corpus, DedupConfig configured) {
        System.out.printf(Locale.ROOT, "## Scaling%n%nConfigured parameters (%s). Peak heap: the largest used heap sampled "
                + "every 10 ms during the run (local mode: driver and executors share this JVM; max %d MB).%n%n"
                + "| input | docs | MB | CPU s | wall s | docs/s per core | MB/s per core | peak heap MB | removed | largest cluster |%n"
                + "|---|---|---|---|---|---|---|---|---|---|%n", describe(configured), Runtime.getRuntime().maxMemory() >> 20);
        // Warm-up (JIT, Spark's first-query costs) on a small corpus, untimed: otherwise the first size pays for it.
        Dataset<Row> warm = cached(spark, corpus.generate(500, seed - 1, FAMILY_RATE, 0));
        SparkDeduplicator.run(warm, configured).removed().count();
        warm.unpersist();
        List<Object[]> cases = new ArrayList<>();
        for (int n : sizes) {
            cases.add(new Object[]{"regular", n, 0});
        }
        if (skew > 0) {
            cases.add(new Object[]{"skewed: " + skew + " copies of one page", 10_000, skew});
        }
        for (Object[] c : cases) {
            int n = (Integer) c[1];
            List<DedupBenchCorpus.Doc> docs = corpus.generate(n, seed + n, FAMILY_RATE, (Integer) c[2]);
            double mb = megabytes(docs);
            Dataset<Row> input = cached(spark, docs);
            System.gc();
            HeapSampler heap = HeapSampler.start();
            long[] t = start();
            DedupResult result = SparkDeduplicator.run(input, configured);
            long removed = result.removed().count();
            Row largest = result.clusters().agg(org.apache.spark.sql.functions.max("cluster_size")).first();
            double[] time = stop(t);
            long peak = heap.stop();
            input.unpersist();
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %,.0f | %.2f | %,d | %,d | %s |%n", c[0], docs.size(), mb,
                    time[0], time[1], docs.size() / time[0], mb / time[0], peak >> 20, removed,
                    largest.isNullAt(0) ? "-" : String.format(Locale.ROOT, "%,d", largest.getLong(0)));
        }
        System.out.println();
    }

    /** Samples the used heap on a daemon thread; the maximum seen is the peak. */
    private static final class HeapSampler implements Runnable {
        private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread = new Thread(s, "heap-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak.get();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Dataset<Row> cached(SparkSession spark, List<DedupBenchCorpus.Doc> docs) {
        List<Row> rows = docs.stream().map(d -> RowFactory.create(d.id(), d.text(), d.language(), d.fetchTime())).toList();
        int partitions = Math.max(2, spark.sparkContext().defaultParallelism() * 2);
        Dataset<Row> input = spark.createDataFrame(rows, DOCS).repartition(partitions).persist(StorageLevel.MEMORY_AND_DISK());
        input.count();
        return input;
    }

    private static double megabytes(List<DedupBenchCorpus.Doc> docs) {
        return docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
    }

    /** The run with the median CPU time (the lower middle one for an even count). */
    private static double[] median(List<double[]> times) {
        List<double[]> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.comparingDouble(t -> t[0]));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static String cpus(List<double[]> times) {
        return times.stream().map(t -> String.format(Locale.ROOT, "%.1f", t[0])).toList().toString();
    }

    /** {process CPU ns, wall ns} now. */
    private static long[] start() {
        return new long[]{OS.getProcessCpuTime(), System.nanoTime()};
    }

    /** {CPU s, wall s} since start. */
    private static double[] stop(long[] start) {
        return new double[]{(OS.getProcessCpuTime() - start[0]) / 1e9, (System.nanoTime() - start[1]) / 1e9};
    }

    private static DedupConfig with(DedupConfig c, int bands, int rows, double threshold) {
        return new DedupConfig(c.exact(), c.minhash(), c.shingle(), c.ngramSize(), bands, rows, c.seed(), c.scope(), threshold,
                false, "", List.of(), false, c.minLength());
    }

    private static String describe(DedupConfig c) {
        return String.format(Locale.ROOT, "%s %d-grams, %d x %d, check %s, min_length %d", c.shingle(), c.ngramSize(), c.bands(),
                c.rows(), c.jaccardThreshold() > 0 ? Double.toString(c.jaccardThreshold()) : "off", c.minLength());
    }
}
