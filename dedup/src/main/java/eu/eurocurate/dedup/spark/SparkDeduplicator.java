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
import org.apache.spark.storage.StorageLevel;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * Exact and MinHash near-duplicate removal over a whole dataset (issue 2, stage 3).
 *
 * <ol>
 *   <li>Every document gets, in one pass over its text: the {@link ExactKey} of its normalised text, its MinHash
 *       signature ({@link MinHasher}) and its fetch time in microseconds ({@link FetchTimes}). The text is then
 *       dropped. A text that normalises to nothing gets neither key nor band, so it is in no cluster.</li>
 *   <li>Exact: documents with the same scope and exact key form a group; its representative is the best-ranked
 *       member (see below). This table is checkpointed; only representatives go on.</li>
 *   <li>MinHash: representatives are numbered in rank order (a distributed sort), so a smaller number means a
 *       better rank. Each band key of each signature is a bucket (per scope); every member of a bucket is linked to
 *       the bucket's smallest number, which gives at most one edge per document and band, however large the
 *       bucket. With {@code jaccard_threshold > 0}, an edge survives only if the two signatures' estimated Jaccard
 *       reaches it. {@link ConnectedComponents} then labels every representative with its component's smallest
 *       number, which is the best-ranked document of the component.</li>
 *   <li>A cluster is a component together with the exact groups of its members. The kept document is the component's
 *       best-ranked representative, which is also the best-ranked document of the whole cluster. A removed document
 *       is {@code dedup.exact} (similarity 1.0) when its normalised text equals the kept document's, otherwise
 *       {@code dedup.minhash} with the estimated Jaccard between its signature and the kept document's.</li>
 * </ol>
 * Rank: earliest fetch time first, documents without a (parseable) fetch time last, then smallest id. Every step is
 * a function of the set of input rows, not of their order or partitioning, so the results are the same for any
 * input partitioning. Scope {@code language} puts the language label (null counts as one more label) into the
 * exact key and the bucket key, so only documents with the same label are compared; {@code global} compares all.
 * Nothing but per-round emptiness tests reaches the driver.
 */
public final class SparkDeduplicator {

    /** Columns that {@link #run} reads; others are ignored. */
    public static final List<String> INPUT_COLUMNS = List.of("id", "text", "language", "fetch_time");

    private static final StructType FINGERPRINT = new StructType()
            .add("exact_key", DataTypes.StringType, true)
            .add("sig", DataTypes.BinaryType, true);

    private SparkDeduplicator() {
    }

    /**
     * @param docs   columns {@code id} (string, unique, non-null), {@code text} (string), {@code language} (string)
     *               and {@code fetch_time} (ISO-8601 string, nullable)
     * @param config the {@code dedup:} section; with both {@code exact} and {@code minhash} off, both results are empty
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
                    spark.createDataFrame(List.of(), DedupResult.CLUSTERS));
        }
        MinHasher hasher = config.minhash() ? MinHasher.fromConfig(config) : null;

        // Every text is read once: the fingerprints feed both sides of the exact-group join.
        Dataset<Row> base = fingerprints(docs, config, hasher).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> grouped = Checkpoints.cut(exactGroups(base, config.exact()));
        base.unpersist();
        Dataset<Row> members = Checkpoints.cut(config.minhash()
                ? nearDuplicateMembers(grouped, hasher, config.jaccardThreshold())
                : exactMembers(grouped));

        Dataset<Row> removed = members.filter(col("id").notEqual(col("kept_id")))
                .select("id", "reason", "cluster_id", "cluster_size", "kept_id", "similarity");
        Dataset<Row> clusters = members.select("cluster_id", "id", "kept_id", "cluster_size", "reason");
        return new DedupResult(removed, clusters);
    }

    /** id, scope, rank, exact_key (null when exact is off), sig (null when minhash is off). */
    private static Dataset<Row> fingerprints(Dataset<Row> docs, DedupConfig config, MinHasher hasher) {
        boolean exact = config.exact();
        UserDefinedFunction fingerprint = udf((UDF1<String, Row>) text -> {
            String normalized = TextNormalizer.normalize(text);
            // An empty text has nothing to compare: it gets no exact key (and MinHash gives it no band).
            return RowFactory.create(exact && !normalized.isEmpty() ? ExactKey.ofNormalized(normalized) : null,
                    hasher == null ? null : toBytes(hasher.signature(hasher.shingler().shinglesOfNormalized(normalized))));
        }, FINGERPRINT);
        UserDefinedFunction micros = udf((UDF1<String, Long>) FetchTimes::epochMicros, DataTypes.LongType);
        Column scope = "global".equals(config.scope()) ? lit("") : coalesce(col("language"), lit(""));
        Column t = micros.apply(col("fetch_time"));
        // Struct comparison is field by field: documents with a fetch time (late = false) before those without.
        Column rank = struct(t.isNull().as("late"), coalesce(t, lit(0L)).as("t"), col("id").as("id"));
        return docs.select(col("id"), scope.as("scope"), rank.as("rank"), fingerprint.apply(col("text")).as("fp"))
                .select(col("id"), col("scope"), col("rank"), col("fp.exact_key").as("exact_key"), col("fp.sig").as("sig"));
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

        UserDefinedFunction bandKeys = udf((UDF1<byte[], long[]>) sig -> hasher.bandKeys(fromBytes(sig)),
                DataTypes.createArrayType(DataTypes.LongType, false));
        UserDefinedFunction jaccard = udf((UDF2<byte[], byte[], Double>) (x, y) ->
                MinHasher.estimatedJaccard(fromBytes(x), fromBytes(y)), DataTypes.DoubleType);

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
