package eu.eurocurate.dedup.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What {@link SparkDeduplicator#run} found.
 *
 * @param removed  one row per removed document, schema {@link #REMOVED}: {@code id}, {@code reason}
 *                 ({@code dedup.exact}, {@code dedup.minhash} or {@code dedup.release}), {@code cluster_id} (the kept
 *                 document's id), {@code cluster_size} (documents in the cluster, kept one included), {@code kept_id},
 *                 {@code similarity} (estimated Jaccard with the kept document; 1.0 for exact duplicates),
 *                 {@code release} (for {@code dedup.release}: the path of the index holding the kept document, which
 *                 belongs to an earlier release; null otherwise)
 * @param clusters one row per member of every cluster of two or more documents, schema {@link #CLUSTERS}:
 *                 {@code cluster_id}, {@code id}, {@code kept_id}, {@code cluster_size}, {@code reason}
 *                 ({@code dedup.representative} for the kept member, otherwise as in {@code removed}), {@code release}.
 *                 A cluster around a released document lists only this run's members (its kept member is in the
 *                 earlier release).
 * @param index    the index of this run, schema {@link DedupIndex#SCHEMA}: one row per kept document that has an
 *                 exact key or a non-empty signature; write it with {@link DedupIndex#write}
 */
public record DedupResult(Dataset<Row> removed, Dataset<Row> clusters, Dataset<Row> index) {

    public static final StructType REMOVED = new StructType(new StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("cluster_id", DataTypes.StringType, true),
            DataTypes.createStructField("cluster_size", DataTypes.LongType, true),
            DataTypes.createStructField("kept_id", DataTypes.StringType, true),
            DataTypes.createStructField("similarity", DataTypes.DoubleType, true),
            DataTypes.createStructField("release", DataTypes.StringType, true)});

    public static final StructType CLUSTERS = new StructType(new StructField[]{
            DataTypes.createStructField("cluster_id", DataTypes.StringType, true),
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("kept_id", DataTypes.StringType, true),
            DataTypes.createStructField("cluster_size", DataTypes.LongType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("release", DataTypes.StringType, true)});
}
