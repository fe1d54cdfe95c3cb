package eu.eurocurate.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import eu.eurocurate.filters.QualityStage;
import eu.eurocurate.filters.Refilter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.createStructField;

/**
 * Re-decides the quality step of an existing run with other thresholds, from the scores its ledger stored ("annotate,
 * then filter"): no input is re-read and nothing is re-measured. Reports, per reason code, how many documents the run
 * dropped and how many the new thresholds drop, and per threshold how many documents fail it (at all, and as their
 * only failing rule), all from Spark aggregations over the ledger. With an output directory it also writes the
 * re-filtered corpus:
 *
 * <ul>
 *   <li>{@code provenance/}: the ledger with each document's quality decision replaced by the new one (reason, value,
 *       and a detail ending "(refilter, &lt;threshold set&gt;)"), {@code status} and {@code drop_*} recomputed from the
 *       decisions, {@code config_hash} the new configuration's; every other column as in the run;</li>
 *   <li>{@code documents/} and {@code tokens/}: the run's rows of the documents still kept;</li>
 *   <li>{@code refilter.json}: the source corpus, the configuration hash and the counts printed by the command.</li>
 * </ul>
 *
 * <p>A document the run dropped and the new thresholds would keep cannot be added: the run stored no text for it (the
 * ledger never holds text). It stays dropped with the run's quality decision, its detail saying so, and is counted as
 * "needs a re-run". Dedup and export decisions are those of the run: a document the new thresholds drop may have been
 * the kept copy of a dedup cluster whose other members the run removed.
 */
public final class RefilterJob {

    private RefilterJob() {
    }

    /** One line of the comparison: documents per (reason in the run, reason under the new thresholds). */
    public record Change(String before, String after, long documents) {
    }

    /** Documents failing one threshold under the new configuration: at all, and with no other rule failing. */
    public record RuleCount(String rule, long failing, long only) {
    }

    /**
     * One language's documents under the new thresholds.
     *
     * @param language     the document language label ({@code und} when langid set none)
     * @param measured     documents measured by the quality stage in the run
     * @param kept         documents the new thresholds keep
     * @param firstFailing documents per reason the new decision names (the first failing rule in the stage's order)
     * @param failing      documents per rule they fail, several per document possible
     */
    public record LanguageCount(String language, long measured, long kept, Map<String, Long> firstFailing,
                                Map<String, Long> failing) {
    }

    /**
     * What a refilter found.
     *
     * @param changes       documents per (run reason, new reason)
     * @param rules         per threshold, the documents failing it
     * @param languages     per language, the documents kept and removed, by rule
     * @param needsRerun    documents the run dropped in the quality step that the new thresholds keep
     * @param configHash    hash of the new configuration
     */
    public record Summary(List<Change> changes, List<RuleCount> rules, List<LanguageCount> languages, long needsRerun,
                          String configHash) {
    }

    static final StructType DECIDED = new StructType(new org.apache.spark.sql.types.StructField[]{
            createStructField("id", DataTypes.StringType, false),
            createStructField("language", DataTypes.StringType, false),
            createStructField("before", DataTypes.StringType, false),
            createStructField("after", DataTypes.StringType, false),
            createStructField("failing", DataTypes.createArrayType(DataTypes.StringType, false), false),
            createStructField("rerun", DataTypes.BooleanType, false),
            // The decision the re-filtered ledger records.
            createStructField("w_verdict", DataTypes.StringType, false),
            createStructField("w_reason", DataTypes.StringType, false),
            createStructField("w_value", DataTypes.DoubleType, true),
            createStructField("w_detail", DataTypes.StringType, true)});

    /** Documents per (run reason, new reason), nothing written (the comparison of {@link #refilter}). */
    public static List<Change> run(SparkSession spark, String corpus, PipelineConfig config) {
        return refilter(spark, corpus, config, null, false).changes();
    }

    /**
     * Decides again and counts; with an output directory, also writes the re-filtered corpus.
     *
     * @param output    directory for the re-filtered corpus, or null for the report only
     * @param overwrite replace an existing output directory
     */
    public static Summary refilter(SparkSession spark, String corpus, PipelineConfig config, String output,
                                   boolean overwrite) {
        Dataset<Row> ledger = spark.read().parquet(corpus + "/provenance");
        // Documents that reached the quality stage in the run: the only ones its thresholds can decide.
        Column quality = org.apache.spark.sql.functions.filter(col("decisions"),
                d -> d.getField("stage").equalTo(QualityStage.NAME)).getItem(0);
        Dataset<Row> measured = ledger
                .filter(exists(col("decisions"), d -> d.getField("stage").equalTo(QualityStage.NAME)))
                .select(col("id"), col("language"), col("scores"), quality.getField("verdict").as("v"),
                        quality.getField("reason").as("r"), quality.getField("value").as("x"),
                        quality.getField("detail").as("t"));
        JavaRDD<Row> decided = measured.javaRDD().mapPartitions(rows -> {
            Refilter refilter = new Refilter(config.quality(), config.pii());
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return decide(refilter, rows.next());
                }
            };
        });
        Dataset<Row> d = spark.createDataFrame(decided, DECIDED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<Change> changes = new ArrayList<>();
            for (Row r : d.groupBy("before", "after").count().orderBy("before", "after").collectAsList()) {
                changes.add(new Change(r.getString(0), r.getString(1), r.getLong(2)));
            }
            List<RuleCount> rules = new ArrayList<>();
            for (Row r : d.select(explode(col("failing")).as("rule"), size(col("failing")).as("n"))
                    .groupBy("rule").agg(org.apache.spark.sql.functions.count(lit(1)),
                            sum(when(col("n").equalTo(1), 1L).otherwise(0L)))
                    .orderBy("rule").collectAsList()) {
                rules.add(new RuleCount(r.getString(0), r.getLong(1), r.getLong(2)));
            }
            long rerun = d.filter(col("rerun")).count();
            Summary summary = new Summary(changes, rules, languages(d), rerun, ConfigLoader.hash(config));
            if (output != null) {
                write(spark, corpus, ledger, d, config, summary, output, overwrite);
            }
            return summary;
        } finally {
            d.unpersist();
        }
    }

    private static List<LanguageCount> languages(Dataset<Row> decided) {
        Map<String, Map<String, Long>> first = new java.util.TreeMap<>();
        Map<String, Map<String, Long>> failing = new java.util.TreeMap<>();
        for (Row r : decided.groupBy("language", "after").count().collectAsList()) {
            first.computeIfAbsent(r.getString(0), k -> new java.util.TreeMap<>()).put(r.getString(1), r.getLong(2));
        }
        for (Row r : decided.select(col("language"), explode(col("failing")).as("rule")).groupBy("language", "rule")
                .count().collectAsList()) {
            failing.computeIfAbsent(r.getString(0), k -> new java.util.TreeMap<>()).put(r.getString(1), r.getLong(2));
        }
        List<LanguageCount> out = new ArrayList<>();
        first.forEach((language, reasons) -> {
            long measured = reasons.values().stream().mapToLong(Long::longValue).sum();
            long kept = reasons.getOrDefault(eu.eurocurate.filters.Reasons.OK, 0L);
            Map<String, Long> drops = new java.util.TreeMap<>(reasons);
            drops.remove(eu.eurocurate.filters.Reasons.OK);
            out.add(new LanguageCount(language, measured, kept, drops, failing.getOrDefault(language, Map.of())));
        });
        return out;
    }

    /** The new decision for one measured document (columns id, language, scores, run verdict/reason/value/detail). */
    private static Row decide(Refilter refilter, Row r) {
        Map<String, Double> scores = r.isNullAt(2) ? Map.of() : r.getJavaMap(2);
        String language = r.isNullAt(1) ? null : r.getString(1);
        Decision d = refilter.decideQuality(scores, language);
        List<String> failing = d.verdict() == Verdict.KEEP ? List.of() : refilter.failingRules(scores, language);
        boolean runDropped = Verdict.DROP.name().equals(r.getString(3));
        boolean rerun = runDropped && d.verdict() == Verdict.KEEP;
        if (rerun) {
            String detail = (r.isNullAt(6) ? "" : r.getString(6) + " ")
                    + "(refilter: the new thresholds keep it, but the run stored no text for it; re-run to include it)";
            return RowFactory.create(r.getString(0), label(language), r.getString(4), d.reason(), seq(failing), true,
                    r.getString(3), r.getString(4), r.isNullAt(5) ? null : r.getDouble(5), detail);
        }
        return RowFactory.create(r.getString(0), label(language), r.getString(4), d.reason(), seq(failing), false,
                d.verdict().name(), d.reason(), d.value(), d.detail());
    }

    private static String label(String language) {
        return language == null ? "und" : language;
    }

    private static scala.collection.immutable.Seq<String> seq(List<String> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    private static void write(SparkSession spark, String corpus, Dataset<Row> ledger, Dataset<Row> decided,
                              PipelineConfig config, Summary summary, String output, boolean overwrite) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        String source = qualified(corpus, hadoop);
        String target = qualified(output, hadoop);
        if (target.equals(source) || target.startsWith(source + "/") || source.startsWith(target + "/")) {
            // With --overwrite, preparing the output would delete the corpus being read.
            throw new IllegalArgumentException("the output '" + output + "' must not contain or be inside the corpus '"
                    + corpus + "'");
        }
        CurationJob.OutputLayout out = CurationJob.OutputLayout.prepare(output, hadoop, overwrite);
        String compression = config.export().compression();

        Dataset<Row> joined = ledger.join(decided.select("id", "w_verdict", "w_reason", "w_value", "w_detail"), "id", "left");
        Column decisions = org.apache.spark.sql.functions.transform(col("decisions"), x ->
                when(x.getField("stage").equalTo(QualityStage.NAME).and(col("w_reason").isNotNull()),
                        struct(x.getField("stage").as("stage"), x.getField("stage_version").as("stage_version"),
                                col("w_verdict").as("verdict"), col("w_reason").as("reason"), col("w_value").as("value"),
                                col("w_detail").as("detail")))
                        .otherwise(x));
        Column firstDrop = org.apache.spark.sql.functions.get(org.apache.spark.sql.functions.filter(col("decisions"),
                x -> x.getField("verdict").equalTo("DROP")), lit(0));
        Dataset<Row> refiltered = joined.withColumn("decisions", decisions)
                .withColumn("status", when(exists(col("decisions"), x -> x.getField("verdict").equalTo("DROP")),
                        lit(DocumentRows.DROPPED)).otherwise(lit(DocumentRows.KEPT)))
                .withColumn("drop_stage", firstDrop.getField("stage"))
                .withColumn("drop_reason", firstDrop.getField("reason"))
                .withColumn("drop_value", firstDrop.getField("value"))
                .withColumn("config_hash", lit(summary.configHash()))
                .select(java.util.Arrays.stream(ledger.columns()).map(org.apache.spark.sql.functions::col)
                        .toArray(Column[]::new));
        int partitions = Math.max(1, ledger.rdd().getNumPartitions());
        refiltered.repartition(partitions, col("id")).sortWithinPartitions("id")
                .write().option("compression", compression).parquet(out.provenance());

        Dataset<Row> kept = spark.read().parquet(out.provenance()).filter(col("status").equalTo(DocumentRows.KEPT))
                .select("id");
        if (pathExists(corpus + "/documents", hadoop)) {
            spark.read().parquet(corpus + "/documents").join(kept, "id", "left_semi")
                    .write().option("compression", compression).partitionBy("language").parquet(out.documents());
        }
        if (pathExists(corpus + "/tokens", hadoop)) {
            spark.read().parquet(corpus + "/tokens").join(kept, "id", "left_semi")
                    .write().option("compression", compression).parquet(out.tokens());
        }
        writeSummary(out, source, summary, kept.count(), hadoop);
    }

    private static void writeSummary(CurationJob.OutputLayout out, String source, Summary summary, long kept,
                                     Configuration hadoop) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source_corpus", source);
        json.put("config_hash", summary.configHash());
        json.put("documents_kept", kept);
        json.put("needs_rerun", summary.needsRerun());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Change c : summary.changes()) {
            changes.add(Map.of("before", c.before(), "after", c.after(), "documents", c.documents()));
        }
        json.put("changes", changes);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleCount r : summary.rules()) {
            rules.add(Map.of("rule", r.rule(), "failing", r.failing(), "only", r.only()));
        }
        json.put("rules", rules);
        Path p = new Path(out.root() + "/refilter.json");
        try (FSDataOutputStream s = p.getFileSystem(hadoop).create(p, true)) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue((java.io.OutputStream) s, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }

    private static boolean pathExists(String path, Configuration hadoop) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(hadoop).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + path, e);
        }
    }

    private static String qualified(String path, Configuration hadoop) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(hadoop);
            return fs.makeQualified(p).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + path, e);
        }
    }

    /**
     * A table for the terminal: per reason, documents in the run and under the new thresholds, what moved, then per
     * threshold the documents failing it, and the documents that need a re-run.
     */
    static String report(Summary summary) {
        StringBuilder sb = new StringBuilder(report(summary.changes()));
        sb.append(String.format(Locale.ROOT, "%nPer threshold under the new configuration (a document can fail several):%n"));
        sb.append(String.format(Locale.ROOT, "%-40s %12s %12s%n", "rule", "fail it", "fail only it"));
        for (RuleCount r : summary.rules()) {
            sb.append(String.format(Locale.ROOT, "%-40s %,12d %,12d%n", r.rule(), r.failing(), r.only()));
        }
        sb.append(String.format(Locale.ROOT, "%nPer language (removed: by the first failing rule, as the decision names "
                + "it; fail: every rule failed, a document counted once per rule):%n%n"));
        sb.append("| language | measured | kept | removed, by first failing rule | fail, by rule |\n|---|---:|---:|---|---|\n");
        for (LanguageCount l : summary.languages()) {
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %s |%n", l.language(), l.measured(), l.kept(),
                    counts(l.firstFailing()), counts(l.failing())));
        }
        if (summary.needsRerun() > 0) {
            sb.append(String.format(Locale.ROOT, "%n%,d documents the run dropped are kept by the new thresholds; the run "
                    + "stored no text for them: re-run 'curate run' with these thresholds to include them.%n",
                    summary.needsRerun()));
        }
        return sb.toString();
    }

    /** {@code gopher.stop_words 3, c4.too_few_sentences 1}: most frequent first, without the stage prefix. */
    private static String counts(Map<String, Long> byRule) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(byRule.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> e : entries) {
            String rule = e.getKey().startsWith(QualityStage.NAME + ".")
                    ? e.getKey().substring(QualityStage.NAME.length() + 1) : e.getKey();
            parts.add(rule + " " + e.getValue());
        }
        return String.join(", ", parts);
    }

    /** Per reason, documents in the run and under the new thresholds, then what moved. */
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
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-40s %12s %12s%n", "quality reason", "in the run", "refiltered"));
        perReason.forEach((reason, n) -> sb.append(String.format(Locale.ROOT, "%-40s %,12d %,12d%n", reason, n[0], n[1])));
        sb.append(String.format(Locale.ROOT, "%,d documents change reason; moves:%n", moved));
        for (Change c : changes) {
            if (!c.before().equals(c.after())) {
                sb.append(String.format(Locale.ROOT, "  %-38s -> %-38s %,10d%n", c.before(), c.after(), c.documents()));
            }
        }
        return sb.toString();
    }
}
