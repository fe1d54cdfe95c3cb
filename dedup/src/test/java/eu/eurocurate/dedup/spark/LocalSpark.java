package eu.eurocurate.dedup.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The local Spark session of one test class: two threads, no UI, two shuffle partitions. Adaptive execution and
 * broadcast joins are off: on inputs of a few rows each of them adds a Spark job per join, which multiplies the
 * suite's time, and the plans they leave (sort-merge joins) are the ones large inputs get anyway.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start(String name) {
        return SparkSession.builder()
                .master("local[2]")
                .appName(name)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.sql.adaptive.enabled", "false")
                .config("spark.sql.autoBroadcastJoinThreshold", "-1")
                .config("spark.sql.codegen.wholeStage", "false")
                .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                .getOrCreate();
    }
}
