package eu.eurocurate.dedup.spark;

import eu.eurocurate.core.config.ConfigException;
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
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release path: an earlier run writes its index, a later run on new documents removes those that duplicate a
 * released one ({@code dedup.release}) and still deduplicates the new documents among themselves.
 */
class DedupIndexTest {

    private static final StructType DOCS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("fetch_time", DataTypes.StringType, true);

    private static final DedupConfig DEFAULTS = ConfigLoader.defaults().dedup();
    private static final MinHasher HASHER = MinHasher.fromConfig(DEFAULTS);

    private static final String EUROPA = Fixtures.article("sciencealert-europa");
    private static final String EUROPA_EDITED = Fixtures.replaceWords(EUROPA, true, 3, "changed")
            + "\n\nSubscribe to our newsletter.";
    private static final String FORT_WORTH = Fixtures.article("nbcdfw-fort-worth");
    private static final String PORTUGUESE = Fixtures.article("comoeducarseusfilhos-pt");
    private static final String OMAR = Fixtures.article("thehill-omar");
    private static final String HITLER = Fixtures.article("nbcnews-hitler-house");
    private static final String HITLER_EDITED = Fixtures.replaceWords(HITLER, false, 4, "new");

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static String oldIndex;
    private static Map<String, Row> oldIndexRows;
    /** The new documents deduplicated against the old release, input in 2 and in 5 partitions. */
    private static Map<String, Row> newRemoved;
    private static Map<String, Row> newRemovedRepartitioned;
    private static Map<String, Row> newClusters;
    private static Set<String> newIndexIds;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("DedupIndexTest");
        // The earlier release: r6 is a near duplicate of r1 and is removed, so it is not in the index.
        List<Row> old = List.of(
                doc("r1", EUROPA, "en", "2024-01-01T00:00:00Z"),
                doc("r2", FORT_WORTH, "en", "2024-01-01T00:00:00Z"),
                doc("r3", PORTUGUESE, "pt", "2024-01-01T00:00:00Z"),
                doc("r4", OMAR, "en", "2024-01-01T00:00:00Z"),
                doc("r5", "", "en", null),
                doc("r6", EUROPA + " Read more.", "en", "2024-02-01T00:00:00Z"));
        DedupResult first = SparkDeduplicator.run(spark.createDataFrame(old, DOCS).repartition(2), DEFAULTS);
        oldIndex = dir.resolve("release-1/dedup_index").toString();
        DedupIndex.write(first.index(), oldIndex, DEFAULTS, "zstd");
        oldIndexRows = byId(spark.read().parquet(oldIndex).collectAsList(), 0);

        DedupConfig withRelease = withIndexes(DEFAULTS, List.of(oldIndex));
        DedupResult second = run(newDocs(), 2, withRelease);
        newRemoved = byId(second.removed().collectAsList(), 0);
        newIndexIds = new TreeSet<>(byId(second.index().collectAsList(), 0).keySet());
        List<Row> reversed = new ArrayList<>(newDocs());
        Collections.reverse(reversed);
        DedupResult again = run(reversed, 5, withRelease);
        newRemovedRepartitioned = byId(again.removed().collectAsList(), 0);
        newClusters = byId(again.clusters().collectAsList(), 1);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The new crawl. */
    private static List<Row> newDocs() {
        return List.of(
                // near duplicate of r1, and an exact copy of it
                doc("n1", EUROPA_EDITED, "en", "2025-01-01T00:00:00Z"),
                doc("n2", EUROPA_EDITED, "en", "2025-01-02T00:00:00Z"),
                // exact duplicate of r2 up to case and spacing
                doc("n3", FORT_WORTH.toUpperCase(Locale.ROOT).replace(" ", "  "), "en", "2025-01-01T00:00:00Z"),
                // r3's text under another language label: a different scope
                doc("n4", PORTUGUESE, "es", "2025-01-01T00:00:00Z"),
                // new near duplicates among themselves
                doc("n5", HITLER, "en", "2025-01-01T00:00:00Z"),
                doc("n6", HITLER_EDITED, "en", "2025-01-02T00:00:00Z"),
                // same story as r2, different article
                doc("n7", Fixtures.article("cbsnews-fort-worth"), "en", "2025-01-01T00:00:00Z"),
                // the released record fetched again under its own id
                doc("r4", OMAR, "en", "2025-01-01T00:00:00Z"),
                // empty texts never match the released empty text
                doc("n8", "", "en", null));
    }

    private static Row doc(String id, String text, String language, String fetchTime) {
        return RowFactory.create(id, text, language, fetchTime);
    }

    private static DedupResult run(List<Row> rows, int partitions, DedupConfig config) {
        return SparkDeduplicator.run(spark.createDataFrame(rows, DOCS).repartition(partitions), config);
    }

    private static DedupConfig withIndexes(DedupConfig d, List<String> indexes) {
        return new DedupConfig(d.exact(), d.minhash(), d.shingle(), d.ngramSize(), d.bands(), d.rows(), d.seed(),
                d.scope(), d.jaccardThreshold(), d.writeClusters(), d.qualityScore(), indexes, d.writeIndex());
    }

    private static Map<String, Row> byId(List<Row> rows, int idColumn) {
        Map<String, Row> m = new TreeMap<>();
        for (Row r : rows) {
            assertNull(m.put(r.getString(idColumn), r), "listed twice: " + r);
        }
        return m;
    }

    private static void assertReleased(Map<String, Row> removed, String id, String keptId, long size, double similarity) {
        Row r = removed.get(id);
        assertTrue(r != null, id + " should be removed");
        assertEquals(Reasons.RELEASE, r.getString(1), id);
        assertEquals(keptId, r.getString(2), id + " cluster_id");
        assertEquals(size, r.getLong(3), id + " cluster_size");
        assertEquals(keptId, r.getString(4), id + " kept_id");
        assertEquals(similarity, r.getDouble(5), 1e-9, id + " similarity");
        assertEquals(oldIndex, r.getString(6), id + " release");
    }

    @Test
    void theIndexHoldsTheKeptDocumentsWithTheirKeysAndSignatures() {
        assertEquals(Set.of("r1", "r2", "r3", "r4", "r5"), oldIndexRows.keySet());
        Row r1 = oldIndexRows.get("r1");
        assertEquals("en", r1.getAs("language"));
        assertEquals(eu.eurocurate.dedup.ExactKey.of(EUROPA), r1.getAs("exact_key"));
        assertEquals(List.of(HASHER.signature(EUROPA).length * 8), List.of(((byte[]) r1.getAs("sig")).length));
        assertTrue(java.util.Arrays.equals(HASHER.signature(EUROPA), SparkDeduplicator.fromBytes(r1.getAs("sig"))));
        // r5 (empty text) has no exact key, and its signature is the empty one: harmless, it has no band.
        assertNull(oldIndexRows.get("r5").getAs("exact_key"));
    }

    @Test
    void theIndexRecordsTheSettingsItsValuesDependOn() throws Exception {
        String params = Files.readString(Path.of(oldIndex, DedupIndex.PARAMS_FILE), StandardCharsets.UTF_8);
        assertEquals("format=eurocurate-dedup-index\nformat_version=2\nexact=true\nminhash=true\nshingle=word\n"
                + "ngram_size=5\nbands=14\nrows=8\nseed=1\n", params);
    }

    @Test
    void newNearAndExactDuplicatesOfReleasedDocumentsAreRemovedAsRelease() {
        double similarity = MinHasher.estimatedJaccard(HASHER.signature(EUROPA_EDITED), HASHER.signature(EUROPA));
        assertTrue(similarity >= DEFAULTS.jaccardThreshold() && similarity < 1.0, "similarity " + similarity);
        // n2 is an exact copy of n1: the whole exact group goes, both linked to the released r1.
        assertReleased(newRemoved, "n1", "r1", 3, similarity);
        assertReleased(newRemoved, "n2", "r1", 3, similarity);
        assertReleased(newRemoved, "n3", "r2", 2, 1.0);
        // The record released under the same id is not released twice.
        assertReleased(newRemoved, "r4", "r4", 2, 1.0);
    }

    @Test
    void newDocumentsAreStillDeduplicatedAmongThemselves() {
        Row n6 = newRemoved.get("n6");
        assertEquals(Reasons.MINHASH, n6.getString(1));
        assertEquals("n5", n6.getString(4));
        assertNull(n6.get(6), "an in-run duplicate names no release");
        assertEquals(Reasons.REPRESENTATIVE, newClusters.get("n5").getString(4));
        // Different scope, same story, empty text: kept.
        assertEquals(Set.of("n1", "n2", "n3", "n6", "r4"), newRemoved.keySet());
        // Released documents appear in the clusters only as kept ids, never as members.
        assertEquals(Reasons.RELEASE, newClusters.get("n1").getString(4));
        assertFalse(newClusters.containsKey("r1"));
    }

    @Test
    void releaseResultsDoNotDependOnPartitioningOrOrder() {
        assertEquals(newRemoved.values().stream().map(Row::toString).toList(),
                newRemovedRepartitioned.values().stream().map(Row::toString).toList());
    }

    @Test
    void exactOnlyGlobalRunsMatchReleasedExactKeysAcrossLabels() {
        DedupConfig d = DEFAULTS;
        DedupConfig exactGlobal = new DedupConfig(true, false, d.shingle(), d.ngramSize(), d.bands(), d.rows(), d.seed(),
                "global", d.jaccardThreshold(), d.writeClusters(), d.qualityScore(), List.of(oldIndex), d.writeIndex());
        Map<String, Row> removed = byId(run(newDocs(), 3, exactGlobal).removed().collectAsList(), 0);
        assertReleased(removed, "n3", "r2", 2, 1.0);
        assertReleased(removed, "n4", "r3", 2, 1.0);
        assertEquals(Set.of("n3", "n4", "r4", "n2"), removed.keySet());
        assertEquals(Reasons.EXACT, removed.get("n2").getString(1));
    }

    @Test
    void anIndexBuiltWithOtherBandsIsRefusedNamingTheKey() {
        DedupConfig d = DEFAULTS;
        DedupConfig otherBands = new DedupConfig(d.exact(), d.minhash(), d.shingle(), d.ngramSize(), 20, 5, d.seed(),
                d.scope(), d.jaccardThreshold(), d.writeClusters(), d.qualityScore(), List.of(oldIndex), d.writeIndex());
        ConfigException e = assertThrows(ConfigException.class,
                () -> run(newDocs(), 1, otherBands));
        assertEquals("dedup.bands", e.key());
        assertTrue(e.getMessage().contains("bands=14") && e.getMessage().contains("bands=20"), e.getMessage());
    }

    @Test
    void anIndexBuiltWithOtherShinglesIsRefusedNamingTheKey() {
        DedupConfig d = DEFAULTS;
        DedupConfig chars = new DedupConfig(d.exact(), d.minhash(), "char", d.ngramSize(), d.bands(), d.rows(), d.seed(),
                d.scope(), d.jaccardThreshold(), d.writeClusters(), d.qualityScore(), List.of(oldIndex), d.writeIndex());
        assertEquals("dedup.shingle", assertThrows(ConfigException.class, () -> run(newDocs(), 1, chars)).key());
    }

    @Test
    void aDirectoryWithoutSettingsIsNotAnIndex() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("not-an-index"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> run(newDocs(), 1, withIndexes(DEFAULTS, List.of(empty.toString()))));
        assertEquals("dedup.reference_indexes", e.key());
    }

    @Test
    void theNewRunsIndexHoldsOnlyWhatItKept() {
        assertEquals(Set.of("n4", "n5", "n7", "n8"), newIndexIds);
    }
}
