package eu.eurocurate.jobs;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.config.PipelineConfig;
import eu.eurocurate.filters.QualityStage;
import eu.eurocurate.filters.Refilter;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.types.DataTypes.createStructField;

/**
 * Re-decides the quality step of an existing run with other thresholds, from the scores its ledger stored ("annotate,
 * then filter"): no input is re-read and nothing is re-measured. Reports, per reason code, how many documents the run
 * dropped and how many the new thresholds would drop, from a Spark aggregation over the ledger.
 */
public final class RefilterJob {

    private RefilterJob() {
    }

    /** One line of the comparison: documents per (reason in the run, reason under the new thresholds). */
    public record Change(String before, String after, long documents) {
    }

    static final StructType DECIDED = new StructType(new org.apache.spark.sql.types.StructField[]{
            createStructField("id", DataTypes.StringType, false),
            createStructField("before", DataTypes.StringType, false),
            createStructField("after", DataTypes.StringType, false)});

    public static List<Change> run(SparkSession spark, String corpus, PipelineConfig config) {
        Dataset<Row> ledger = spark.read().parquet(corpus + "/provenance");
        // Documents that reached the quality stage in the run: the only ones its thresholds can decide.
        Dataset<Row> measured = ledger
                .filter(exists(col("decisions"), d -> d.getField("stage").equalTo(QualityStage.NAME)))
                .select(col("id"), col("language"), col("scores"),
                        org.apache.spark.sql.functions.filter(col("decisions"), d -> d.getField("stage").equalTo(QualityStage.NAME))
                                .getItem(0).getField("reason").as("before"));
        JavaRDD<Row> decided = measured.javaRDD().mapPartitions(rows -> {
            Refilter refilter = new Refilter(config.quality(), config.pii());
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    Map<String, Double> scores = r.getJavaMap(2);
                    Decision d = refilter.decideQuality(scores, r.getString(1));
                    return RowFactory.create(r.getString(0), r.getString(3), d.reason());
                }
            };
        });
        List<Change> out = new ArrayList<>();
        for (Row r : spark.createDataFrame(decided, DECIDED).groupBy("before", "after").count()
                .orderBy("before", "after").collectAsList()) {
            out.add(new Change(r.getString(0), r.getString(1), r.getLong(2)));
        }
        return out;
    }

    /** A table for the terminal: per reason, documents in the run and under the new thresholds, then what moved. */
    static String report(List<Change> changes) {
        Map<String, long[]> perReason = new java.util.TreeMap<>();
        long moved = 0;
        for (Change c : changes) {
            perReason.computeIfAbsent(c.before(), k -> new long[2])[0] += c.documents();
            perReason.computeIfAbsent(c.after(), k -> new long[2])[1] += c.documents();
            if (!c.before().equals(c.after())) {
                moved += c.documents();
            }
        }
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%-40s %12s %12s%n", "quality reason", "in the run", "refiltered"));
        perReason.forEach((reason, n) -> sb.append(String.format(java.util.Locale.ROOT, "%-40s %,12d %,12d%n", reason, n[0], n[1])));
        sb.append(String.format(java.util.Locale.ROOT, "%,d documents change reason; moves:%n", moved));
        for (Change c : changes) {
            if (!c.before().equals(c.after())) {
                sb.append(String.format(java.util.Locale.ROOT, "  %-38s -> %-38s %,10d%n", c.before(), c.after(), c.documents()));
            }
        }
        return sb.toString();
    }
}
