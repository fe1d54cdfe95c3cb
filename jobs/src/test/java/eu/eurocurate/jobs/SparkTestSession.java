package eu.eurocurate.jobs;

import org.apache.spark.sql.SparkSession;

/** One embedded Spark for all tests of this module's JVM (starting Spark costs seconds). */
final class SparkTestSession {

    private static SparkSession spark;

    private SparkTestSession() {
    }

    static synchronized SparkSession get() {
        if (spark == null || spark.sparkContext().isStopped()) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("eurocurate-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
        }
        return spark;
    }
}
