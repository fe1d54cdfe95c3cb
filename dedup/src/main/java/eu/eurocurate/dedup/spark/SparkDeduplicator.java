package eu.eurocurate.dedup.spark;

import eu.eurocurate.core.config.DedupConfig;
import eu.eurocurate.dedup.ExactKey;
import eu.eurocurate.dedup.FetchTimes;
import eu.eurocurate.dedup.MinHasher;
import eu.eurocurate.dedup.Reasons;
import eu.eurocurate.dedup.TextNormalizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * Exact and MinHash near-duplicate removal over a whole dataset (issues 2 and 4, stage 3).
 *
 * <ol>
 *   <li>Every document gets, in one pass over its text: the {@link ExactKey} of its normalised text, its MinHash
 *       signature ({@link MinHasher}) and its rank (below). The text is then dropped. A text that normalises to
 *       nothing gets neither key nor band, so it is in no cluster.</li>
 *   <li>Exact: documents with the same scope and exact key form a group; its representative is the best-ranked
 *       member. This table is checkpointed; only representatives go on.</li>
 *   <li>Earlier releases ({@code dedup.reference_indexes}, see {@link DedupIndex}): a representative whose exact key
 *       is in an index, or which shares a band with an indexed signature that reaches the Jaccard threshold, is
 *       removed with its whole exact group as {@code dedup.release}, linked to the most similar released document
 *       found (then the smallest released id). Released documents are never removed and never re-hashed.</li>
 *   <li>MinHash on the remaining representatives: they are numbered in rank order (a distributed sort), so a smaller
 *       number means a better rank. Each band key of each signature is a bucket (per scope); every member of a bucket
 *       is linked to the bucket's smallest number, which gives at most one edge per document and band, however large
 *       the bucket. With {@code jaccard_threshold > 0}, an edge survives only if the two signatures' estimated Jaccard
 *       reaches it. {@link ConnectedComponents} then labels every representative with its component's smallest
 *       number, which is the best-ranked document of the component.</li>
 *   <li>A cluster is a component together with the exact groups of its members. The kept document is the component's
 *       best-ranked representative, which is also the best-ranked document of the whole cluster. A removed document
 *       is {@code dedup.exact} (similarity 1.0) when its normalised text equals the kept document's, otherwise
 *       {@code dedup.minhash} with the estimated Jaccard between its signature and the kept document's.</li>
 * </ol>
 * <p>Rank, best first: the highest {@code quality} (an optional input column; documents without a value, or NaN, come
 * after those with one), then the earliest fetch time (documents without a parseable one come after those with one),
 * then the smallest id. Every step is a function of the set of input rows, not of their order or partitioning, so
 * the results are the same for any input partitioning. Scope {@code language} puts the language label (null counts as
 * one more label) into the exact key and the bucket key, so only documents with the same label are compared;
 * {@code global} compares all. Nothing but per-round emptiness tests reaches the driver.
 *
 * <p>Memory: every step is a shuffle, a partially combined aggregation or a sort-merge join whose buffered side has
 * one row per key (bucket hubs, signatures by number, component roots), so no task holds a bucket, a cluster or a
 * group in memory, however large; a huge cluster makes a task long, not big.
 */
public final class SparkDeduplicator {

    /** Columns that {@link #run} reads; others are ignored. */
    public static final List<String> INPUT_COLUMNS = List.of("id", "text", "language", "fetch_time");

    /** Optional input column: a quality score (double, higher is better) that ranks documents before fetch time. */
    public static final String QUALITY_COLUMN = "quality";

    private static final StructType FINGERPRINT = new StructType()
            .add("exact_key", DataTypes.StringType, true)
            .add("sig", DataTypes.BinaryType, true);

    private SparkDeduplicator() {
    }

    /**
     * @param docs   columns {@code id} (string, unique, non-null), {@code text} (string), {@code language} (string)
     *               and {@code fetch_time} (ISO-8601 string, nullable); optionally {@value #QUALITY_COLUMN} (double,
     *               nullable, higher is better)
     * @param config the {@code dedup:} section; with both {@code exact} and {@code minhash} off, all results are empty.
     *               Its {@code reference_indexes} are read here ({@link DedupIndex#read}, which refuses an index built
     *               with other settings)
     * @return lazily evaluated datasets backed by a checkpoint of the cluster members, cheap to read more than once
     */
    public static DedupResult run(Dataset<Row> docs, DedupConfig config) {
        List<String> missing = new ArrayList<>(INPUT_COLUMNS);
        missing.removeAll(Arrays.asList(docs.columns()));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("dedup input lacks columns " + missing + "; it has "
                    + Arrays.toString(docs.columns()));
        }
        SparkSession spark = docs.sparkSession();
        if (!config.exact() && !config.minhash()) {
            return new DedupResult(spark.createDataFrame(List.of(), DedupResult.REMOVED),
                    spark.createDataFrame(List.of(), DedupResult.CLUSTERS),
                    spark.createDataFrame(List.of(), DedupIndex.SCHEMA));
        }
        MinHasher hasher = config.minhash() ? MinHasher.fromConfig(config) : null;
        // Read (and checked) before any work: a mismatched index fails the run at once.
        Dataset<Row> released = config.referenceIndexes().isEmpty() ? null : releasedIndex(spark, config);

        // Every text is hashed once, here: the fingerprints feed both sides of the exact-group join. A checkpoint
        // rather than persist(): adaptive execution runs both sides' shuffles as concurrent jobs, which would each
        // compute a not-yet-cached dataset.
        Dataset<Row> base = Checkpoints.cut(fingerprints(docs, config, hasher));
        Dataset<Row> grouped = Checkpoints.cut(exactGroups(base, config.exact()));

        Dataset<Row> remaining = grouped;
        Dataset<Row> releaseMembers = null;
        if (released != null) {
            Dataset<Row> matches = Checkpoints.cut(releaseMatches(grouped, released, config, hasher));
            Dataset<Row> sizes = matches.join(grouped.select("id", "rep_id"), "rep_id")
                    .groupBy("release", "kept_id").agg(count(lit(1)).plus(1L).as("cluster_size"));
            releaseMembers = grouped.select("id", "rep_id").join(matches, "rep_id")
                    .join(sizes, new String[]{"release", "kept_id"})
                    .select(col("kept_id").as("cluster_id"), col("id"), col("kept_id"), col("cluster_size"),
                            lit(Reasons.RELEASE).as("reason"), col("similarity"), col("release"));
            remaining = grouped.join(matches.select("rep_id"), new String[]{"rep_id"}, "left_anti");
        }
        Dataset<Row> inRun = (config.minhash()
                ? nearDuplicateMembers(remaining, hasher, config.jaccardThreshold())
                : exactMembers(remaining))
                .withColumn("release", lit(null).cast(DataTypes.StringType));
        Dataset<Row> members = Checkpoints.cut(releaseMembers == null ? inRun : inRun.unionByName(releaseMembers));

        Dataset<Row> removed = members.filter(col("reason").notEqual(lit(Reasons.REPRESENTATIVE)))
                .select("id", "reason", "cluster_id", "cluster_size", "kept_id", "similarity", "release");
        Dataset<Row> clusters = members.select("cluster_id", "id", "kept_id", "cluster_size", "reason", "release");
        // Kept = exact representatives that were not removed; a document with neither key nor signature is useless.
        Dataset<Row> index = grouped.filter(col("id").equalTo(col("rep_id")))
                .join(removed.select("id"), new String[]{"id"}, "left_anti")
                .filter(col("exact_key").isNotNull().or(col("sig").isNotNull()))
                .select("id", "language", "exact_key", "sig");
        return new DedupResult(removed, clusters, index);
    }

    /** The union of the reference indexes, each checked against the config, with this run's scope column. */
    private static Dataset<Row> releasedIndex(SparkSession spark, DedupConfig config) {
        Dataset<Row> all = null;
        for (String path : config.referenceIndexes()) {
            Dataset<Row> one = DedupIndex.read(spark, path, config);
            all = all == null ? one : all.unionByName(one);
        }
        return all.withColumn("scope", scopeOf(config));
    }

    private static Column scopeOf(DedupConfig config) {
        return "global".equals(config.scope()) ? lit("") : coalesce(col("language"), lit(""));
    }

    /**
     * For every exact representative that duplicates a released document: rep_id, kept_id (the released id), release
     * (its index) and similarity. Candidates are exact-key matches (similarity 1.0) and, with MinHash, the hub of each
     * (scope, band) bucket of the released index that the representative falls in: the bucket's smallest released
     * (id, index), so that each representative meets at most one released document per band however many share it.
     * Of several confirmed candidates the most similar wins, then the smallest id, then the smallest index path.
     */
    private static Dataset<Row> releaseMatches(Dataset<Row> grouped, Dataset<Row> released, DedupConfig config,
                                               MinHasher hasher) {
        Dataset<Row> reps = grouped.filter(col("id").equalTo(col("rep_id")))
                .select(col("rep_id"), col("scope"), col("exact_key"), col("sig"));
        Dataset<Row> candidates = null;
        if (config.exact()) {
            Dataset<Row> keys = released.filter(col("exact_key").isNotNull()).groupBy("scope", "exact_key")
                    .agg(min(struct(col("id"), col("release"))).as("h"));
            candidates = reps.filter(col("exact_key").isNotNull()).join(keys, new String[]{"scope", "exact_key"})
                    .select(col("rep_id"), col("h.id").as("kept_id"), col("h.release").as("release"),
                            lit(1.0).as("similarity"));
        }
        if (config.minhash()) {
            UserDefinedFunction bandKeys = bandKeysUdf(hasher);
            UserDefinedFunction jaccard = jaccardUdf();
            Dataset<Row> hubs = released.filter(col("sig").isNotNull())
                    .select(col("scope"), col("id"), col("release"), col("sig"),
                            explode(bandKeys.apply(col("sig"))).as("band_key"))
                    .groupBy("scope", "band_key")
                    .agg(min(struct(col("id"), col("release"), col("sig"))).as("h"));
            Dataset<Row> pairs = reps.filter(col("sig").isNotNull())
                    .select(col("rep_id"), col("scope"), explode(bandKeys.apply(col("sig"))).as("band_key"))
                    .join(hubs, new String[]{"scope", "band_key"})
                    .select(col("rep_id"), col("h.id").as("kept_id"), col("h.release").as("release"),
                            col("h.sig").as("kept_sig"))
                    .dropDuplicates("rep_id", "kept_id", "release")
                    .join(reps.select("rep_id", "sig"), "rep_id")
                    .withColumn("similarity", jaccard.apply(col("sig"), col("kept_sig")));
            if (config.jaccardThreshold() > 0) {
                pairs = pairs.filter(col("similarity").geq(config.jaccardThreshold()));
            }
            pairs = pairs.select("rep_id", "kept_id", "release", "similarity");
            candidates = candidates == null ? pairs : candidates.unionByName(pairs);
        }
        return candidates.groupBy("rep_id")
                .agg(min(struct(negate(col("similarity")).as("d"), col("kept_id"), col("release"))).as("b"))
                .select(col("rep_id"), col("b.kept_id").as("kept_id"), col("b.release").as("release"),
                        negate(col("b.d")).as("similarity"));
    }

    private static UserDefinedFunction bandKeysUdf(MinHasher hasher) {
        return udf((UDF1<byte[], long[]>) sig -> hasher.bandKeys(fromBytes(sig)),
                DataTypes.createArrayType(DataTypes.LongType, false));
    }

    private static UserDefinedFunction jaccardUdf() {
        return udf((UDF2<byte[], byte[], Double>) (x, y) -> MinHasher.estimatedJaccard(fromBytes(x), fromBytes(y)),
                DataTypes.DoubleType);
    }

    /** id, language, scope, rank, exact_key (null when exact is off), sig (null when minhash is off). */
    private static Dataset<Row> fingerprints(Dataset<Row> docs, DedupConfig config, MinHasher hasher) {
        boolean exact = config.exact();
        UserDefinedFunction fingerprint = udf((UDF1<String, Row>) text -> {
            String normalized = TextNormalizer.normalize(text);
            // An empty text has nothing to compare: it gets no exact key (and MinHash gives it no band).
            return RowFactory.create(exact && !normalized.isEmpty() ? ExactKey.ofNormalized(normalized) : null,
                    hasher == null ? null : toBytes(hasher.signature(hasher.shingler().shinglesOfNormalized(normalized))));
        }, FINGERPRINT).asNondeterministic();
        // asNondeterministic() is an optimiser hint, not a property of the function: it stops Catalyst from inlining
        // the struct-valued call into each of the two field reads below, which would hash every text twice.
        UserDefinedFunction micros = udf((UDF1<String, Long>) FetchTimes::epochMicros, DataTypes.LongType);
        Column t = micros.apply(col("fetch_time"));
        Column q = Arrays.asList(docs.columns()).contains(QUALITY_COLUMN)
                ? col(QUALITY_COLUMN).cast(DataTypes.DoubleType) : lit(null).cast(DataTypes.DoubleType);
        Column noQuality = q.isNull().or(isnan(q));
        // Struct comparison is field by field, so min(rank) is the best document: a quality score before none, a
        // higher score first (its negation is smaller), a fetch time before none (late = false), earlier first, then
        // the smaller id. Scores are compared as doubles: -0.0 and 0.0 are different values here, which is harmless.
        Column rank = struct(noQuality.as("q_missing"), when(noQuality, lit(0.0)).otherwise(negate(q)).as("q"),
                t.isNull().as("late"), coalesce(t, lit(0L)).as("t"), col("id").as("id"));
        return docs.select(col("id"), col("language"), scopeOf(config).as("scope"), rank.as("rank"),
                        fingerprint.apply(col("text")).as("fp"))
                .select(col("id"), col("language"), col("scope"), col("rank"), col("fp.exact_key").as("exact_key"),
                        col("fp.sig").as("sig"));
    }

    /**
     * Adds rep_id (the best-ranked document with the same scope and exact key) and exact_n (the group's size); a
     * document without exact key (exact off, or empty text) is its own group.
     */
    private static Dataset<Row> exactGroups(Dataset<Row> base, boolean exact) {
        if (!exact) {
            return base.withColumn("rep_id", col("id")).withColumn("exact_n", lit(1L));
        }
        Dataset<Row> groups = base.filter(col("exact_key").isNotNull()).groupBy("scope", "exact_key")
                .agg(min("rank").as("rep_rank"), count(lit(1)).as("exact_n"));
        // Equality on a null key never matches, so documents without a key find no group.
        return base.join(groups, new String[]{"scope", "exact_key"}, "left")
                .withColumn("rep_id", coalesce(col("rep_rank.id"), col("id")))
                .withColumn("exact_n", coalesce(col("exact_n"), lit(1L)))
                .drop("rep_rank");
    }

    /** Cluster members when only exact deduplication runs: every exact group of two or more. */
    private static Dataset<Row> exactMembers(Dataset<Row> grouped) {
        return grouped.filter(col("exact_n").geq(2))
                .select(col("rep_id").as("cluster_id"), col("id"), col("rep_id").as("kept_id"),
                        col("exact_n").as("cluster_size"),
                        when(col("id").equalTo(col("rep_id")), lit(Reasons.REPRESENTATIVE))
                                .otherwise(lit(Reasons.EXACT)).as("reason"),
                        when(col("id").equalTo(col("rep_id")), lit(null).cast(DataTypes.DoubleType))
                                .otherwise(lit(1.0)).as("similarity"));
    }

    /** Cluster members after MinHash over the exact groups' representatives. */
    private static Dataset<Row> nearDuplicateMembers(Dataset<Row> grouped, MinHasher hasher, double threshold) {
        // Numbers that follow the rank order: the minimum of any set of numbers is its best-ranked document. Only
        // their order matters, and it is fixed by the (unique) ranks, whatever the partitioning.
        Dataset<Row> reps = Checkpoints.cut(grouped.filter(col("id").equalTo(col("rep_id")))
                .select("id", "scope", "rank", "sig", "exact_n")
                .sort("rank")
                .withColumn("v", monotonically_increasing_id()));

        UserDefinedFunction bandKeys = bandKeysUdf(hasher);
        UserDefinedFunction jaccard = jaccardUdf();

        Dataset<Row> bandRows = reps.select(col("scope"), col("v"), explode(bandKeys.apply(col("sig"))).as("band_key"));
        Dataset<Row> hubs = bandRows.groupBy("scope", "band_key")
                .agg(min("v").as("hub"), count(lit(1)).as("bucket_size"))
                .filter(col("bucket_size").geq(2))
                .drop("bucket_size");
        Dataset<Row> edges = bandRows.join(hubs, new String[]{"scope", "band_key"})
                .filter(col("v").notEqual(col("hub")))
                .select(col("v").as("src"), col("hub").as("dst"))
                .distinct();
        if (threshold > 0) {
            Dataset<Row> srcSig = reps.select(col("v").as("src"), col("sig").as("src_sig"));
            Dataset<Row> dstSig = reps.select(col("v").as("dst"), col("sig").as("dst_sig"));
            edges = edges.join(srcSig, "src").join(dstSig, "dst")
                    .filter(jaccard.apply(col("src_sig"), col("dst_sig")).geq(threshold))
                    .select("src", "dst");
        }
        Dataset<Row> components = ConnectedComponents.run(edges);

        // Representatives in a component, or alone but with exact duplicates: the others are in no cluster.
        Dataset<Row> labelled = reps.join(components, reps.col("v").equalTo(components.col("vertex")), "left")
                .filter(col("root").isNotNull().or(col("exact_n").geq(2)))
                .select(col("id"), col("sig"), col("exact_n"), coalesce(col("root"), col("v")).as("root"));
        Dataset<Row> sizes = labelled.groupBy("root").agg(sum("exact_n").as("cluster_size"))
                .filter(col("cluster_size").geq(2));
        Dataset<Row> kept = reps.select(col("v").as("root"), col("id").as("kept_id"), col("sig").as("kept_sig"));
        Dataset<Row> repAssignment = labelled.join(sizes, "root").join(kept, "root")
                .select(col("id").as("rep_id"), col("kept_id"), col("cluster_size"),
                        jaccard.apply(col("sig"), col("kept_sig")).as("rep_similarity"));

        Column isKept = col("id").equalTo(col("kept_id"));
        Column isExact = col("rep_id").equalTo(col("kept_id"));
        return grouped.select("id", "rep_id").join(repAssignment, "rep_id")
                .select(col("kept_id").as("cluster_id"), col("id"), col("kept_id"), col("cluster_size"),
                        when(isKept, lit(Reasons.REPRESENTATIVE)).when(isExact, lit(Reasons.EXACT))
                                .otherwise(lit(Reasons.MINHASH)).as("reason"),
                        when(isKept, lit(null).cast(DataTypes.DoubleType)).when(isExact, lit(1.0))
                                .otherwise(col("rep_similarity")).as("similarity"));
    }

    static byte[] toBytes(long[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Long.BYTES);
        buffer.asLongBuffer().put(signature);
        return buffer.array();
    }

    static long[] fromBytes(byte[] bytes) {
        long[] signature = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(signature);
        return signature;
    }
}
