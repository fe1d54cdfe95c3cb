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
 *                 ({@code dedup.exact} or {@code dedup.minhash}), {@code cluster_id} (the kept document's id),
 *                 {@code cluster_size} (documents in the cluster, kept one included), {@code kept_id},
 *                 {@code similarity} (estimated Jaccard with the kept document; 1.0 for exact duplicates)
 * @param clusters one row per member of every cluster of two or more documents, schema {@link #CLUSTERS}:
 *                 {@code cluster_id}, {@code id}, {@code kept_id}, {@code cluster_size}, {@code reason}
 *                 ({@code dedup.representative} for the kept member, otherwise as in {@code removed})
 */
public record DedupResult(Dataset<Row> removed, Dataset<Row> clusters) {

    public static final StructType REMOVED = new StructType(new StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("cluster_id", DataTypes.StringType, true),
            DataTypes.createStructField("cluster_size", DataTypes.LongType, true),
            DataTypes.createStructField("kept_id", DataTypes.StringType, true),
            DataTypes.createStructField("similarity", DataTypes.DoubleType, true)});

    public static final StructType CLUSTERS = new StructType(new StructField[]{
            DataTypes.createStructField("cluster_id", DataTypes.StringType, true),
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("kept_id", DataTypes.StringType, true),
            DataTypes.createStructField("cluster_size", DataTypes.LongType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true)});
}
