package eu.eurocurate.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The figures of an audit report, from a finished run's ledger ({@code provenance/}) by Spark aggregations only:
 * every figure is a {@code groupBy} or {@code agg} whose small result is collected, never an accumulator (which can
 * count twice when a task is retried). Nothing is read but the ledger and the manifest's creation time.
 */
public final class AuditJob {

    /** Domains shown in the HTML report's chart. */
    static final int CHART_DOMAINS = 20;
    /** Attribute with the licensing policy version (licensing/README.md). */
    static final String POLICY_VERSION = "licensing.policy_version";
    /** WARC record types that carry fetched content (WARC 1.1 section 6). */
    static final String[] CAPTURED_TYPES = {"response", "revisit", "resource", "conversion"};

    private AuditJob() {
    }

    public static AuditFigures figures(SparkSession spark, String corpus, ProviderInfo provider) {
        Dataset<Row> ledger = spark.read().parquet(corpus + "/provenance")
                .withColumn("policy_version", col("attributes").getItem(POLICY_VERSION))
                .drop("headers", "attributes", "scores")
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return figures(spark, corpus, ledger, provider);
        } finally {
            ledger.unpersist();
        }
    }

    private static AuditFigures figures(SparkSession spark, String corpus, Dataset<Row> ledger, ProviderInfo provider) {
        Column kept = col("status").equalTo(DocumentRows.KEPT);
        // What the crawler fetched (not its requests, metadata or warcinfo records): the "content scraped".
        Column captured = col("url").isNotNull().and(col("record_type").isin((Object[]) CAPTURED_TYPES));
        Column capturedBytes = when(captured.and(col("source_length").gt(0)), col("source_length")).otherwise(0L);
        Column keptTokens = when(kept, coalesce(col("token_count"), lit(0L))).otherwise(0L);
        Column keptChars = when(kept, col("text_chars").cast("long")).otherwise(0L);

        Row t = ledger.agg(count(lit(1)), sum(when(captured, 1L).otherwise(0L)), sum(when(kept, 1L).otherwise(0L)),
                sum(keptTokens), sum(keptChars), sum(when(col("source_length").gt(0), col("source_length")).otherwise(0L)),
                min(when(captured, col("fetch_time"))), max(when(captured, col("fetch_time"))),
                count_distinct(col("registered_domain")), min("run_id"), min("code_version"), min("config_hash"),
                org.apache.spark.sql.functions.array_join(org.apache.spark.sql.functions.array_sort(
                        org.apache.spark.sql.functions.collect_set("policy_version")), ", ")).first();
        long records = t.getLong(0);
        long keptCount = longOr0(t, 2);
        AuditFigures.Totals totals = new AuditFigures.Totals(records, longOr0(t, 1), keptCount, records - keptCount,
                longOr0(t, 3), longOr0(t, 4), longOr0(t, 5));
        AuditFigures.Run run = new AuditFigures.Run(t.getString(9), t.getString(10), t.getString(11), createdAt(spark, corpus),
                t.getString(12));
        // fetch_time is ISO-8601 UTC with a fixed layout up to the seconds, so min/max over the strings are the dates'.
        AuditFigures.Period period = new AuditFigures.Period(t.getString(6), t.getString(7));
        long domains = t.getLong(8);

        List<AuditFigures.LanguageRow> languages = new ArrayList<>();
        for (Row r : ledger.filter(kept).groupBy(coalesce(col("language"), lit("und")).as("language"))
                .agg(count(lit(1)).as("n"), sum(coalesce(col("token_count"), lit(0L))), sum(col("text_chars").cast("long")))
                .orderBy(col("n").desc(), col("language")).collectAsList()) {
            languages.add(new AuditFigures.LanguageRow(r.getString(0), r.getLong(1), longOr0(r, 2), longOr0(r, 3)));
        }

        // Stages in pipeline order: by the mean position of their decision in the rows' decision lists.
        List<AuditFigures.StageRow> stages = new ArrayList<>();
        Dataset<Row> decisions = ledger.select(posexplode(col("decisions")).as(new String[]{"pos", "d"}));
        for (Row r : decisions.groupBy(col("d.stage").as("stage"))
                .agg(count(lit(1)), sum(when(col("d.verdict").equalTo("KEEP"), 1L).otherwise(0L)),
                        sum(when(col("d.verdict").equalTo("FLAG"), 1L).otherwise(0L)),
                        sum(when(col("d.verdict").equalTo("DROP"), 1L).otherwise(0L)),
                        org.apache.spark.sql.functions.avg("pos").as("order"))
                .orderBy(col("order"), col("stage")).collectAsList()) {
            stages.add(new AuditFigures.StageRow(r.getString(0), r.getLong(1), longOr0(r, 2), longOr0(r, 3), longOr0(r, 4)));
        }
        List<String> stageOrder = stages.stream().map(AuditFigures.StageRow::stage).toList();

        List<AuditFigures.RemovalRow> removals = new ArrayList<>();
        for (Row r : ledger.filter(col("status").equalTo(DocumentRows.DROPPED)).groupBy("drop_stage", "drop_reason")
                .count().collectAsList()) {
            removals.add(new AuditFigures.RemovalRow(r.getString(0), r.getString(1), r.getLong(2)));
        }
        removals.sort((a, b) -> {
            int c = Integer.compare(rank(stageOrder, a.stage()), rank(stageOrder, b.stage()));
            return c != 0 ? c : c(Long.compare(b.documents(), a.documents()), a.reason().compareTo(b.reason()));
        });

        List<AuditFigures.LicenceRow> licences = new ArrayList<>();
        for (Row r : ledger.filter(kept).groupBy(coalesce(col("licence"), lit("none")).as("licence"),
                        coalesce(col("licence_class"), lit("unknown")).as("licence_class"))
                .agg(count(lit(1)).as("n"), sum(coalesce(col("token_count"), lit(0L))))
                .orderBy(col("n").desc(), col("licence"), col("licence_class")).collectAsList()) {
            licences.add(new AuditFigures.LicenceRow(r.getString(0), r.getString(1), r.getLong(2), longOr0(r, 3)));
        }

        List<AuditFigures.CountRow> legalBases = new ArrayList<>();
        for (Row r : ledger.filter(kept).groupBy(coalesce(col("legal_basis"), lit("unrecorded")).as("b")).count()
                .orderBy(col("count").desc(), col("b")).collectAsList()) {
            legalBases.add(new AuditFigures.CountRow(r.getString(0), r.getLong(1)));
        }

        // A document counts once per (signal, source kind) even when several captures or places carry the signal.
        List<AuditFigures.SignalRow> signals = new ArrayList<>();
        for (Row r : ledger.select(col("id"), col("status"), explode(col("opt_out_signals")).as("s"))
                .select(col("id"), col("status"), col("s.signal").as("signal"),
                        substring_index(col("s.source"), " ", 1).as("source"))
                .distinct()
                .groupBy("signal", "source")
                .agg(count(lit(1)).as("n"), sum(when(col("status").equalTo(DocumentRows.DROPPED), 1L).otherwise(0L)))
                .orderBy(col("n").desc(), col("signal"), col("source")).collectAsList()) {
            signals.add(new AuditFigures.SignalRow(r.getString(0), r.getString(1), r.getLong(2), longOr0(r, 3)));
        }

        Dataset<Row> perDomain = ledger.filter(col("registered_domain").isNotNull()).groupBy("registered_domain")
                .agg(count(lit(1)).as("records"), sum(when(kept, 1L).otherwise(0L)).as("documents"),
                        sum(keptChars).as("characters"), sum(keptTokens).as("tokens"),
                        sum(capturedBytes).as("bytes"));
        List<AuditFigures.DomainRow> top = domainRows(perDomain.filter(col("documents").gt(0))
                .orderBy(col("characters").desc(), col("registered_domain")).limit(CHART_DOMAINS).collectAsList());
        List<AuditFigures.DomainRow> topScraped = domainRows(perDomain
                .orderBy(col("bytes").desc(), col("registered_domain")).limit(summaryDomains(domains, provider)).collectAsList());

        return new AuditFigures(run, totals, languages, stages, removals, licences, legalBases, signals, domains, top,
                topScraped, period);
    }

    /**
     * How many domains the AI Act summary lists. The AI Office's template (July 2025), section 2.3: the top 10% of all
     * domain names by size of content scraped; for SMEs the top 5% or 1,000 domains, whichever is lower.
     */
    static int summaryDomains(long domains, ProviderInfo provider) {
        if (domains == 0) {
            return 0;
        }
        long n = provider.isSme() ? Math.min((long) Math.ceil(domains * 0.05), 1000) : (long) Math.ceil(domains * 0.10);
        return (int) Math.max(1, Math.min(n, Integer.MAX_VALUE - 8));
    }

    private static List<AuditFigures.DomainRow> domainRows(List<Row> rows) {
        List<AuditFigures.DomainRow> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new AuditFigures.DomainRow(r.getString(0), r.getLong(1), longOr0(r, 2), longOr0(r, 3), longOr0(r, 4),
                    longOr0(r, 5)));
        }
        return out;
    }

    private static int rank(List<String> order, String stage) {
        int i = order.indexOf(stage);
        return i < 0 ? order.size() : i;
    }

    private static int c(int first, int second) {
        return first != 0 ? first : second;
    }

    private static long longOr0(Row r, int i) {
        return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
    }

    /** The manifest's creation time, or null when the corpus has no manifest. */
    static String createdAt(SparkSession spark, String corpus) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path p = new Path(corpus, "manifest.json");
        try {
            FileSystem fs = p.getFileSystem(hadoop);
            if (!fs.exists(p)) {
                return null;
            }
            try (InputStream in = fs.open(p)) {
                JsonNode created = new ObjectMapper().readTree(in).get("created_at");
                return created == null ? null : created.asText();
            }
        } catch (IOException e) {
            return null;
        }
    }
}
