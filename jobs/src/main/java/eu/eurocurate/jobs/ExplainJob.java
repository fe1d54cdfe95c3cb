package eu.eurocurate.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * Looks documents up in a run's ledger by id or URL with a Spark filter (pushed down to the Parquet reader, so row
 * groups whose statistics exclude the key are skipped), and renders each as text for a person.
 */
final class ExplainJob {

    /** More rows than this for one key means the key was not specific; the rest are not printed. */
    static final int MAX_ROWS = 100;

    private ExplainJob() {
    }

    static List<Row> find(SparkSession spark, String corpus, String id, String url) {
        Dataset<Row> ledger = spark.read().parquet(corpus + "/provenance");
        Dataset<Row> hit = id != null ? ledger.filter(col("id").equalTo(id)) : ledger.filter(col("url").equalTo(url));
        return hit.orderBy("fetch_time", "id").limit(MAX_ROWS).collectAsList();
    }

    /** Every column: scalars one per line, then maps, signals and the decisions in order. */
    static String describe(Row r) {
        StringBuilder sb = new StringBuilder();
        sb.append("document ").append(r.<String>getAs("id")).append(" (").append(r.<String>getAs("status")).append(")\n");
        for (StructField f : r.schema().fields()) {
            String name = f.name();
            if (name.equals("id") || name.equals("status") || name.equals("decisions") || name.equals("opt_out_signals")) {
                continue;
            }
            Object v = r.get(r.fieldIndex(name));
            if (v instanceof scala.collection.Map<?, ?>) {
                Map<Object, Object> m = r.getJavaMap(r.fieldIndex(name));
                sb.append(String.format(Locale.ROOT, "  %-20s%s%n", name, m.isEmpty() ? "{}" : ""));
                new java.util.TreeMap<>(m).forEach((k, x) -> sb.append(String.format(Locale.ROOT, "      %s = %s%n", k, x)));
            } else {
                sb.append(String.format(Locale.ROOT, "  %-20s%s%n", name, v == null ? "-" : v));
            }
        }
        List<Row> signals = r.getList(r.fieldIndex("opt_out_signals"));
        sb.append(String.format(Locale.ROOT, "  %-20s%s%n", "opt_out_signals", signals.isEmpty() ? "none found" : ""));
        for (Row s : signals) {
            sb.append(String.format(Locale.ROOT, "      %s%s  (from %s)%n", s.<String>getAs("signal"),
                    s.getAs("value") == null ? "" : "=" + s.getAs("value"), s.<String>getAs("source")));
        }
        sb.append("  decisions\n");
        int i = 1;
        for (Row d : r.<Row>getList(r.fieldIndex("decisions"))) {
            sb.append(String.format(Locale.ROOT, "    %d. %-10s v%-3s %-5s %-44s value=%s%s%n", i++, d.<String>getAs("stage"),
                    d.<String>getAs("stage_version"), d.<String>getAs("verdict"), d.<String>getAs("reason"),
                    d.getAs("value") == null ? "-" : d.getAs("value"),
                    d.getAs("detail") == null ? "" : "  " + d.getAs("detail")));
        }
        return sb.append('\n').toString();
    }
}
