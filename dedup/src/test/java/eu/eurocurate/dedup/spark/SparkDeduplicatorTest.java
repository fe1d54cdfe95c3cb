package eu.eurocurate.dedup.spark;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.DedupConfig;
import eu.eurocurate.dedup.Fixtures;
import eu.eurocurate.dedup.MinHasher;
import eu.eurocurate.dedup.Reasons;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the deduplicator on one small corpus (real articles, controlled edits, MRPC sentences) under several
 * configurations, once each, and checks every scenario of the corpus on the results.
 */
class SparkDeduplicatorTest {

    private static final StructType DOCS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("fetch_time", DataTypes.StringType, true)
            .add("extra", DataTypes.IntegerType, true);

    private static final DedupConfig DEFAULTS = ConfigLoader.defaults().dedup();
    private static final MinHasher HASHER = MinHasher.fromConfig(DEFAULTS);

    private static SparkSession spark;
    private static List<Row> corpus;
    /** Results of the default configuration on the corpus split into 7 partitions. */
    private static Outcome byDefault;

    /** The result and its collected rows, keyed by document id. */
    record Outcome(DedupResult result, Map<String, Row> removed, Map<String, Row> clusters) {
        Set<String> members(String clusterId) {
            return clusters.values().stream().filter(r -> r.getString(0).equals(clusterId)).map(r -> r.getString(1))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SparkDeduplicatorTest");
        corpus = corpus();
        byDefault = run(corpus, 7, DEFAULTS);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    // ---------------------------------------------------------------- the corpus

    private static final String FORT_WORTH = Fixtures.article("nbcdfw-fort-worth");
    private static final String EUROPA = Fixtures.article("sciencealert-europa");
    private static final String EUROPA_EDITED = Fixtures.replaceWords(EUROPA, false, 2, "edited")
            + "\n\nShare this article with your friends.";
    private static final String CHAIN_A = Fixtures.article("nbcnews-hitler-house");
    private static final String CHAIN_B = Fixtures.replaceWords(CHAIN_A, false, 6, "alpha");
    private static final String CHAIN_C = Fixtures.replaceWords(CHAIN_B, true, 5, "omega");
    private static final String PORTUGUESE = Fixtures.article("comoeducarseusfilhos-pt");
    private static final String OMAR = Fixtures.article("thehill-omar");

    private static List<Row> corpus() {
        List<Row> rows = new ArrayList<>();
        // Exact duplicates: same text up to case, spacing and a byte-order mark.
        String shouted = "\uFEFF" + FORT_WORTH.toUpperCase(Locale.ROOT).replace(" ", " \n ");
        rows.add(doc("e1", FORT_WORTH, "en", "2024-03-01T00:00:00Z"));
        rows.add(doc("e2", shouted, "en", "2024-01-01T00:00:00Z"));
        rows.add(doc("e3", FORT_WORTH + "  ", "en", null));
        rows.add(doc("e4", FORT_WORTH, "en", "2024-01-01T01:00:00+01:00"));
        // Near duplicates, with an exact copy of a removed one and an exact copy of the kept one.
        rows.add(doc("n1", EUROPA, "en", "2024-02-01T00:00:00Z"));
        rows.add(doc("n2", EUROPA_EDITED, "en", "2024-01-15T00:00:00Z"));
        rows.add(doc("n3", EUROPA.replace("\n", " "), "en", "2024-02-02T00:00:00Z"));
        rows.add(doc("n4", EUROPA_EDITED, "en", "not a date"));
        // A chain: A~B and B~C, while A and C share no band.
        rows.add(doc("c1", CHAIN_A, "en", "2024-01-01T00:00:00Z"));
        rows.add(doc("c2", CHAIN_B, "en", "2024-01-02T00:00:00Z"));
        rows.add(doc("c3", CHAIN_C, "en", "2024-01-03T00:00:00Z"));
        // Same story, different outlets: not duplicates.
        rows.add(doc("s1", OMAR, "en", null));
        rows.add(doc("s2", Fixtures.article("nbcnews-omar"), "en", null));
        rows.add(doc("s3", Fixtures.article("cbsnews-fort-worth"), "en", null));
        rows.add(doc("s4", Fixtures.article("hawaii-telescope-europa"), "en", null));
        // Language scope: a Portuguese text, its near duplicate, the same text mislabelled, the English
        // duplicates' text labelled German (earliest of all), an English text with no label.
        rows.add(doc("p1", PORTUGUESE, "pt", "2024-01-01T00:00:00Z"));
        rows.add(doc("p2", PORTUGUESE, "es", "2024-01-02T00:00:00Z"));
        rows.add(doc("p3", Fixtures.replaceWords(PORTUGUESE, true, 2, "editado"), "pt", "2024-01-03T00:00:00Z"));
        rows.add(doc("x1", FORT_WORTH, "de", "2023-12-31T00:00:00Z"));
        rows.add(doc("x2", OMAR, null, null));
        // Paraphrases and hard non-paraphrases: different wording, never duplicates.
        List<Fixtures.Pair> pairs = Fixtures.mrpcPairsIfPresent();
        for (int i = 0; i < pairs.size(); i++) {
            rows.add(doc(String.format("m%02da", i), pairs.get(i).first(), "en", null));
            rows.add(doc(String.format("m%02db", i), pairs.get(i).second(), "en", null));
        }
        // Degenerate texts: only punctuation (no shingle), empty, null.
        rows.add(doc("z1", "!!! ... ???", "en", null));
        rows.add(doc("z2", "", "en", null));
        rows.add(doc("z3", null, "en", null));
        return rows;
    }

    private static Row doc(String id, String text, String language, String fetchTime) {
        return RowFactory.create(id, text, language, fetchTime, 7);
    }

    // ---------------------------------------------------------------- running

    private static Outcome run(List<Row> rows, int partitions, DedupConfig config) {
        Dataset<Row> docs = spark.createDataFrame(rows, DOCS).repartition(partitions);
        DedupResult result = SparkDeduplicator.run(docs, config);
        Map<String, Row> removed = new TreeMap<>();
        for (Row r : result.removed().collectAsList()) {
            assertEquals(null, removed.put(r.getString(0), r), "removed twice: " + r);
        }
        Map<String, Row> clusters = new TreeMap<>();
        for (Row r : result.clusters().collectAsList()) {
            assertEquals(null, clusters.put(r.getString(1), r), "in two clusters: " + r);
        }
        return new Outcome(result, removed, clusters);
    }

    private static DedupConfig config(boolean exact, boolean minhash, String scope) {
        DedupConfig d = DEFAULTS;
        return new DedupConfig(exact, minhash, d.shingle(), d.ngramSize(), d.bands(), d.rows(), d.seed(), scope,
                d.jaccardThreshold(), d.writeClusters());
    }

    private static void assertRemoved(Outcome o, String id, String reason, String keptId, long size, double similarity) {
        Row r = o.removed().get(id);
        assertTrue(r != null, id + " should be removed");
        assertEquals(reason, r.getString(1), id);
        assertEquals(keptId, r.getString(2), id + " cluster_id");
        assertEquals(size, r.getLong(3), id + " cluster_size");
        assertEquals(keptId, r.getString(4), id + " kept_id");
        assertEquals(similarity, r.getDouble(5), 1e-9, id + " similarity");
    }

    private static double estimated(String a, String b) {
        return MinHasher.estimatedJaccard(HASHER.signature(a), HASHER.signature(b));
    }

    // ---------------------------------------------------------------- tests

    @Test
    void exactDuplicatesKeepTheEarliestFetchedThenTheSmallestId() {
        // e2 and e4 were fetched at the same instant (e4 written with an offset): e2 wins on id; e3 has no time.
        for (String id : List.of("e1", "e3", "e4")) {
            assertRemoved(byDefault, id, Reasons.EXACT, "e2", 4, 1.0);
        }
        assertFalse(byDefault.removed().containsKey("e2"));
        assertEquals(Set.of("e1", "e2", "e3", "e4"), byDefault.members("e2"));
    }

    @Test
    void nearDuplicatesAreRemovedWithTheirEstimatedSimilarityToTheKeptDocument() {
        double similarity = estimated(EUROPA, EUROPA_EDITED);
        assertTrue(similarity >= DEFAULTS.jaccardThreshold() && similarity < 1.0, "similarity " + similarity);
        assertRemoved(byDefault, "n1", Reasons.MINHASH, "n2", 4, similarity);
        // n3 is an exact copy of n1, not of the kept n2: it is a near duplicate of n2 too.
        assertRemoved(byDefault, "n3", Reasons.MINHASH, "n2", 4, similarity);
        // n4 is an exact copy of the kept n2; its unparsable fetch time sorts last.
        assertRemoved(byDefault, "n4", Reasons.EXACT, "n2", 4, 1.0);
    }

    @Test
    void theKeptDocumentIsTheClusterRepresentative() {
        assertEquals(Reasons.REPRESENTATIVE, byDefault.clusters().get("n2").getString(4));
        assertEquals(Reasons.REPRESENTATIVE, byDefault.clusters().get("e2").getString(4));
        for (Row r : byDefault.clusters().values()) {
            boolean kept = r.getString(1).equals(r.getString(2));
            assertEquals(kept, r.getString(4).equals(Reasons.REPRESENTATIVE), r.toString());
            assertEquals(r.getString(0), r.getString(2), "cluster_id is the kept id: " + r);
            assertEquals(r.getLong(3), byDefault.members(r.getString(0)).size(), "cluster_size: " + r);
            assertEquals(kept, !byDefault.removed().containsKey(r.getString(1)), r.toString());
        }
    }

    @Test
    void aChainBecomesOneClusterThroughConnectedComponents() {
        long[] a = HASHER.signature(CHAIN_A);
        long[] b = HASHER.signature(CHAIN_B);
        long[] c = HASHER.signature(CHAIN_C);
        // Preconditions of the scenario: A~B and B~C are confirmed candidates; A and C share no band.
        assertTrue(Fixtures.sharedBands(HASHER, a, b) > 0 && MinHasher.estimatedJaccard(a, b) >= 0.7);
        assertTrue(Fixtures.sharedBands(HASHER, b, c) > 0 && MinHasher.estimatedJaccard(b, c) >= 0.7);
        assertEquals(0, Fixtures.sharedBands(HASHER, a, c));
        assertRemoved(byDefault, "c2", Reasons.MINHASH, "c1", 3, MinHasher.estimatedJaccard(b, a));
        assertRemoved(byDefault, "c3", Reasons.MINHASH, "c1", 3, MinHasher.estimatedJaccard(c, a));
    }

    @Test
    void paraphrasesSameStoryArticlesAndDegenerateTextsAreNotMerged() {
        for (Row doc : corpus) {
            String id = doc.getString(0);
            if (id.startsWith("m") || id.startsWith("s") || id.startsWith("z")) {
                assertFalse(byDefault.clusters().containsKey(id), id + " is in " + byDefault.clusters().get(id));
            }
        }
    }

    /**
     * dedup.min_length (default 50 words): in a sentence one edited word is a different statement, and the Jaccard
     * similarity of its few shingles is dominated by that one edit; such texts are deduplicated exactly only.
     */
    @Test
    void textsShorterThanTheMinimumLengthAreDeduplicatedExactlyOnly() {
        String sentence = "The city council approved the new budget on Monday evening after a long debate about school "
                + "funding and road repairs in the northern districts.";
        String edited = sentence.replace("northern districts.", "northern suburbs.");
        long[] a = HASHER.signature(sentence);
        long[] b = HASHER.signature(edited);
        // Precondition: without a minimum, MinHash links the two sentences (one shingle of 21 differs).
        assertTrue(Fixtures.sharedBands(HASHER, a, b) > 0 && MinHasher.estimatedJaccard(a, b) >= 0.7);
        List<Row> rows = new ArrayList<>(List.of(
                doc("t1", sentence, "en", "2024-01-01T00:00:00Z"),
                doc("t2", edited, "en", "2024-01-02T00:00:00Z"),
                doc("t3", sentence.toUpperCase(Locale.ROOT), "en", "2024-01-03T00:00:00Z")));
        List<Fixtures.Pair> mrpc = Fixtures.mrpcNearIdenticalPairsIfPresent();
        for (int i = 0; i < mrpc.size(); i++) {
            rows.add(doc(String.format(Locale.ROOT, "q%02da", i), mrpc.get(i).first(), "en", null));
            rows.add(doc(String.format(Locale.ROOT, "q%02db", i), mrpc.get(i).second(), "en", null));
        }
        DedupConfig d = DEFAULTS;
        DedupConfig noMinimum = new DedupConfig(d.exact(), d.minhash(), d.shingle(), d.ngramSize(), d.bands(), d.rows(),
                d.seed(), d.scope(), d.jaccardThreshold(), d.writeClusters(), d.qualityScore(), d.referenceIndexes(),
                d.writeIndex(), 0);
        assertEquals(50, DEFAULTS.minLength());
        Outcome withMinimum = run(rows, 2, DEFAULTS);
        Outcome without = run(rows, 3, noMinimum);

        assertEquals(Set.of("t3"), withMinimum.removed().keySet());
        assertRemoved(withMinimum, "t3", Reasons.EXACT, "t1", 2, 1.0);
        assertRemoved(without, "t2", Reasons.MINHASH, "t1", 3, MinHasher.estimatedJaccard(b, a));
        assertRemoved(without, "t3", Reasons.EXACT, "t1", 3, 1.0);
        for (int i = 0; i < mrpc.size(); i++) {
            String first = String.format(Locale.ROOT, "q%02da", i);
            String second = String.format(Locale.ROOT, "q%02db", i);
            assertTrue(without.clusters().containsKey(first) && without.clusters().containsKey(second), mrpc.get(i).toString());
            assertEquals(without.clusters().get(first).getString(0), without.clusters().get(second).getString(0));
        }
    }

    @Test
    void languageScopeComparesOnlyDocumentsWithTheSameLabel() {
        assertRemoved(byDefault, "p3", Reasons.MINHASH, "p1", 2, estimated(PORTUGUESE, byText("p3")));
        for (String id : List.of("p2", "x1", "x2")) {
            assertFalse(byDefault.clusters().containsKey(id), id);
        }
    }

    @Test
    void globalScopeComparesAcrossLabelsAndMinhashAloneFindsExactDuplicatesAtSimilarityOne() {
        // One run for two settings (each Spark run costs seconds): scope global, exact off.
        Outcome global = run(corpus, 3, config(false, true, "global"));
        for (String id : List.of("e1", "e2", "e3", "e4")) {
            assertRemoved(global, id, Reasons.MINHASH, "x1", 5, 1.0);
        }
        assertRemoved(global, "p2", Reasons.MINHASH, "p1", 3, 1.0);
        assertRemoved(global, "p3", Reasons.MINHASH, "p1", 3, estimated(PORTUGUESE, byText("p3")));
        assertRemoved(global, "x2", Reasons.MINHASH, "s1", 2, 1.0);
        assertRemoved(global, "n4", Reasons.MINHASH, "n2", 4, 1.0);
        Set<String> expected = new java.util.TreeSet<>(byDefault.removed().keySet());
        expected.addAll(List.of("e2", "p2", "x2"));
        assertEquals(expected, global.removed().keySet());
    }

    @Test
    void resultsDoNotDependOnInputPartitioningOrOrder() {
        List<Row> reversed = new ArrayList<>(corpus);
        Collections.reverse(reversed);
        Outcome single = run(reversed, 1, DEFAULTS);
        assertEquals(rows(byDefault.removed()), rows(single.removed()));
        assertEquals(rows(byDefault.clusters()), rows(single.clusters()));
        assertEquals(Set.of("e1", "e3", "e4", "n1", "n3", "n4", "c2", "c3", "p3"), byDefault.removed().keySet());
    }

    @Test
    void exactOnlyLeavesNearDuplicatesAlone() {
        Outcome exact = run(corpus, 2, config(true, false, "language"));
        assertRemoved(exact, "e1", Reasons.EXACT, "e2", 4, 1.0);
        assertRemoved(exact, "n3", Reasons.EXACT, "n1", 2, 1.0);
        assertRemoved(exact, "n4", Reasons.EXACT, "n2", 2, 1.0);
        assertEquals(Set.of("e1", "e3", "e4", "n3", "n4"), exact.removed().keySet());
    }

    @Test
    void disabledDeduplicationReturnsEmptyResultsWithTheDocumentedColumns() {
        DedupResult result = SparkDeduplicator.run(spark.createDataFrame(corpus, DOCS), config(false, false, "language"));
        assertTrue(result.removed().isEmpty());
        assertTrue(result.clusters().isEmpty());
        assertEquals(names(DedupResult.REMOVED), names(result.removed().schema()));
        assertEquals(names(DedupResult.CLUSTERS), names(result.clusters().schema()));
        // Reasons.DISABLED and Reasons.UNIQUE are the job's codes for this case and for documents in no cluster.
        assertTrue(Reasons.DISABLED.startsWith(Reasons.STAGE + ".") && Reasons.UNIQUE.startsWith(Reasons.STAGE + "."));
    }

    @Test
    void resultsHaveTheDocumentedColumnsAndTypes() {
        assertEquals(types(DedupResult.REMOVED), types(byDefault.result().removed().schema()));
        assertEquals(types(DedupResult.CLUSTERS), types(byDefault.result().clusters().schema()));
    }

    @Test
    void missingInputColumnsAreRejected() {
        Dataset<Row> noTime = spark.createDataFrame(corpus, DOCS).drop("fetch_time");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkDeduplicator.run(noTime, DEFAULTS));
        assertTrue(e.getMessage().contains("fetch_time"), e.getMessage());
    }

    /**
     * A boilerplate page copied thousands of times (1,400 copies that each differ from the page in one word, and
     * 600 exact copies) makes one cluster whatever its size: every bucket of this cluster holds thousands of
     * members, and every step links them through one hub row per bucket, never a list of them. The kept copy is the
     * one with the best quality score, although it was fetched last; documents without a score (null or NaN) rank
     * after those with one.
     */
    @Test
    void oneHugeClusterKeepsTheBestQualityScoreThenTheEarliestFetch() {
        String page = Fixtures.article("hawaii-telescope-europa");
        String[] words = page.split("\\s+");
        StructType withQuality = new StructType().add("id", DataTypes.StringType, false)
                .add("text", DataTypes.StringType, true).add("language", DataTypes.StringType, true)
                .add("fetch_time", DataTypes.StringType, true).add("quality", DataTypes.DoubleType, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String text = page;
            if (i < 1400) {
                String[] edited = words.clone();
                edited[5 + i % (words.length - 10)] = "v" + i;
                text = String.join(" ", edited);
            }
            Double quality = i == 1845 ? Double.valueOf(0.9) : i % 3 == 0 ? null : i % 3 == 1 ? Double.NaN : 0.5;
            String fetched = i == 1845 ? "2024-12-31T00:00:00Z" : String.format(Locale.ROOT, "2024-01-01T00:%02d:%02dZ", i / 60 % 60, i % 60);
            rows.add(RowFactory.create(String.format(Locale.ROOT, "h%04d", i), text, "en", fetched, quality));
        }
        DedupResult result = SparkDeduplicator.run(spark.createDataFrame(rows, withQuality).repartition(4), DEFAULTS);
        List<Row> removed = result.removed().collectAsList();
        assertEquals(1999, removed.size());
        for (Row r : removed) {
            assertEquals("h1845", r.getString(4), r.toString());
            assertEquals(2000L, r.getLong(3), r.toString());
        }
        // The other exact copies of the kept text are exact duplicates; the edited copies are near duplicates.
        assertEquals(599, removed.stream().filter(r -> r.getString(1).equals(Reasons.EXACT)).count());
        assertEquals(1400, removed.stream().filter(r -> r.getString(1).equals(Reasons.MINHASH)).count());
        assertEquals(2000, result.clusters().count());
    }

    private static String byText(String id) {
        return corpus.stream().filter(r -> r.getString(0).equals(id)).findFirst().orElseThrow().getString(1);
    }

    private static List<String> rows(Map<String, Row> rows) {
        return rows.values().stream().map(Row::toString).sorted().toList();
    }

    private static List<String> names(StructType schema) {
        return Arrays.asList(schema.fieldNames());
    }

    private static List<String> types(StructType schema) {
        return Arrays.stream(schema.fields()).map(f -> f.name() + ":" + f.dataType().simpleString()).toList();
    }

}
