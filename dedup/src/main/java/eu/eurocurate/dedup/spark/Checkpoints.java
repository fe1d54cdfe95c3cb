package eu.eurocurate.dedup.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Materialises a dataset and cuts its lineage, so that iterative plans do not grow round after round and later
 * actions do not recompute the work upstream.
 *
 * <p>A reliable checkpoint is used when the application has set a checkpoint directory
 * ({@code SparkContext.setCheckpointDir}); otherwise a local checkpoint, kept in the executors' block managers
 * (memory and disk), which is faster but lost with an executor: with dynamic allocation or preemptible executors,
 * set a checkpoint directory.
 */
final class Checkpoints {

    private Checkpoints() {
    }

    static Dataset<Row> cut(Dataset<Row> ds) {
        boolean reliable = ds.sparkSession().sparkContext().getCheckpointDir().isDefined();
        return reliable ? ds.checkpoint(true) : ds.localCheckpoint(true);
    }

    /** The RDD, materialised now (one job); returns its number of records. */
    static <T> long cut(JavaRDD<T> rdd) {
        // Serialized: a deserialized cache would have Spark estimate the size of every record it stores.
        rdd.persist(StorageLevel.MEMORY_AND_DISK_SER());
        if (rdd.context().getCheckpointDir().isDefined()) {
            rdd.checkpoint();
        } else {
            rdd.rdd().localCheckpoint();
        }
        return rdd.count();
    }
}
