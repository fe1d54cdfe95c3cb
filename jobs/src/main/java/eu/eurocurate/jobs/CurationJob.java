package eu.eurocurate.jobs;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.StageChain;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import eu.eurocurate.dedup.spark.DedupIndex;
import eu.eurocurate.dedup.spark.DedupResult;
import eu.eurocurate.dedup.spark.SparkDeduplicator;
import eu.eurocurate.export.ShardPlanner;
import eu.eurocurate.export.TokenizeStage;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
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
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.createStructField;

/**
 * The whole pipeline as one Spark job: ingest + per-document stages inside {@code mapPartitions} (one input file per
 * task, streamed record by record), then deduplication, tokenization and the writing of {@code documents/},
 * {@code tokens/}, {@code provenance/} and {@code manifest.json}. Every input record ends up as exactly one
 * provenance row; every figure reported comes from Spark aggregations over the written ledger, never from
 * accumulators (which can count twice when a task is retried).
 */
public final class CurationJob {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CurationJob.class);

    /**
     * Version of the dedup step's decisions in the ledger. 2: the kept copy is the best by quality score (then
     * earliest fetch, then smallest id), and {@code dedup.release} drops duplicates of an earlier release.
     */
    static final String DEDUP_VERSION = "2";

    /**
     * What to run.
     *
     * @param inputs      files, directories or globs, any Hadoop scheme
     * @param output      output directory; must not exist unless overwrite
     * @param config      the validated configuration
     * @param codeVersion recorded in every ledger row and the manifest
     * @param overwrite   replace an existing output directory
     */
    public record Spec(List<String> inputs, String output, PipelineConfig config, String codeVersion, boolean overwrite) {
    }

    private CurationJob() {
    }

    public static RunReport run(SparkSession spark, Spec spec) {
        long started = System.nanoTime();
        PipelineConfig config = spec.config();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        OutputLayout out = OutputLayout.prepare(spec.output(), hadoop, spec.overwrite());

        List<InputFile> all = InputLister.list(spec.inputs(), hadoop, config.ingest());
        List<InputFile> readable = new ArrayList<>();
        List<InputFile> skipped = new ArrayList<>();
        for (InputFile f : all) {
            (f.kind() == InputFile.Kind.UNSUPPORTED ? skipped : readable).add(f);
        }
        String configHash = ConfigLoader.hash(config);
        String runId = RunIds.of(configHash, all);

        // 1. Ingest + per-document stages. Largest files first so that the last tasks are short ones.
        List<InputFile> ordered = new ArrayList<>(readable);
        ordered.sort(Comparator.comparingLong(InputFile::length).reversed().thenComparing(InputFile::path));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = new HadoopConf(hadoop);
        JavaRDD<Row> rows = jsc.parallelize(ordered, Math.max(1, ordered.size()))
                .mapPartitions(processFiles(config, conf));
        Dataset<Row> pending = spark.createDataFrame(rows, DocumentRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        // Materialise once, now: the site-level pass reads 'pending' twice (captures, pages), and the stages of one
        // job that find it not yet cached would each re-read and re-process the input files. Same for 'processed'.
        long ingested = pending.count();
        LOG.info("ingested {} records from {} files", ingested, readable.size());

        // 1b. Licensing with each host's robots.txt and tdmrep.json captures, then the later per-document stages.
        Dataset<Row> processed = SiteOptOutJoin.apply(pending, config, conf).persist(StorageLevel.MEMORY_AND_DISK());
        processed.count();
        pending.unpersist();

        // 2. Deduplication over the documents still kept.
        Dataset<Row> deduped = dedup(processed, config, out);

        // 3. Tokenization of the survivors.
        Dataset<Row> tokenized = tokenize(deduped, config, conf).persist(StorageLevel.MEMORY_AND_DISK());

        // 4. The ledger: every record, with the export decision appended for the survivors.
        Dataset<Row> ledger = ledger(deduped, tokenized, runId, spec.codeVersion(), configHash);
        long records = ledger.count();
        int ledgerShards = (int) Math.max(1, Math.min(10_000, records / 1_000_000 + 1));
        ledger.repartition(ledgerShards, col("id")).sortWithinPartitions("id")
                .write().option("compression", config.export().compression()).parquet(out.provenance());

        // 5. Training outputs.
        Dataset<Row> kept = deduped.filter(col("status").equalTo(DocumentRows.KEPT))
                .join(tokenized.filter(col("export_verdict").equalTo("KEEP")).select("id", "token_count"), "id");
        writeDocuments(kept, config, out);
        writeTokens(tokenized, kept.select("id", "language"), config, out);

        processed.unpersist();
        tokenized.unpersist();

        double seconds = (System.nanoTime() - started) / 1e9;
        long inputBytes = readable.stream().mapToLong(InputFile::length).sum();
        RunReport report = RunReport.fromOutput(spark, out, runId, configHash, spec.codeVersion(), config,
                all, skipped, inputBytes, seconds, spark.sparkContext().defaultParallelism());
        report.writeManifest(spark, out, hadoop);
        return report;
    }

    private static FlatMapFunction<Iterator<InputFile>, Row> processFiles(PipelineConfig config, HadoopConf conf) {
        return files -> {
            ExecutorResources resources = ExecutorResources.get(config, conf.get());
            StageChain chain = resources.preSiteChain();
            return new Iterator<Row>() {
                private FileDocuments current;

                @Override
                public boolean hasNext() {
                    while (current == null || !current.hasNext()) {
                        if (!files.hasNext()) {
                            return false;
                        }
                        current = new FileDocuments(files.next(), conf.get(), resources, chain, true);
                    }
                    return true;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return current.next();
                }
            };
        };
    }

    /** Appends one dedup decision to every kept row; removed duplicates become dropped with their cluster. */
    static Dataset<Row> dedup(Dataset<Row> processed, PipelineConfig config, OutputLayout out) {
        Column kept = col("status").equalTo(DocumentRows.KEPT);
        if (!config.dedup().exact() && !config.dedup().minhash()) {
            return appendDecision(processed.withColumn("dedup_cluster_id", lit(null).cast("string"))
                            .withColumn("dedup_cluster_size", lit(null).cast("long"))
                            .withColumn("dedup_kept_id", lit(null).cast("string")),
                    kept, lit("dedup"), lit(DEDUP_VERSION), lit("KEEP"), lit("dedup.disabled"), lit(null).cast("double"),
                    lit(null).cast("string"));
        }
        String qualityKey = config.dedup().qualityScore();
        // The configured score (higher is better) decides which cluster member is kept; absent keys give null.
        Column quality = qualityKey.isEmpty() ? lit(null).cast("double")
                : org.apache.spark.sql.functions.try_element_at(col("scores"), lit(qualityKey));
        Dataset<Row> candidates = processed.filter(kept)
                .select(col("id"), col("text"), col("language"), col("fetch_time"), quality.as(SparkDeduplicator.QUALITY_COLUMN));
        DedupResult result = SparkDeduplicator.run(candidates, config.dedup());
        if (config.dedup().writeClusters()) {
            result.clusters().repartition(col("cluster_id")).sortWithinPartitions("cluster_id", "id")
                    .write().option("compression", config.export().compression()).parquet(out.clusters());
        }
        if (config.dedup().writeIndex()) {
            DedupIndex.write(result.index(), out.root() + "/dedup_index", config.dedup(), config.export().compression());
        }
        Dataset<Row> removed = result.removed().select(col("id"), col("reason").as("dd_reason"),
                col("cluster_id").as("dd_cluster"), col("cluster_size").as("dd_size"), col("kept_id").as("dd_kept"),
                col("similarity").as("dd_similarity"), col("release").as("dd_release"));
        Dataset<Row> representatives = result.clusters().filter(col("reason").equalTo(lit("dedup.representative")))
                .select(col("kept_id").as("id"), col("cluster_size").as("rep_size"));
        Dataset<Row> joined = processed.join(removed, "id", "left").join(representatives, "id", "left");
        Column isRemoved = col("dd_reason").isNotNull();
        Column isRep = col("rep_size").isNotNull();
        Column reason = when(isRemoved, col("dd_reason")).when(isRep, lit("dedup.representative")).otherwise(lit("dedup.unique"));
        Column verdict = when(isRemoved, lit("DROP")).otherwise(lit("KEEP"));
        Column value = when(isRemoved, col("dd_similarity")).when(isRep, col("rep_size").cast("double"))
                .otherwise(lit(null).cast("double"));
        Column detail = when(isRemoved, concat(lit("cluster="), col("dd_cluster"), lit(" size="), col("dd_size").cast("string"),
                lit(" kept="), col("dd_kept"),
                coalesce(concat(lit(" release="), col("dd_release")), lit(""))))
                .when(isRep, concat(lit("cluster="), col("id"), lit(" size="), col("rep_size").cast("string")))
                .otherwise(lit(null).cast("string"));
        Dataset<Row> withDecision = appendDecision(joined, kept, lit("dedup"), lit(DEDUP_VERSION), verdict, reason, value, detail)
                .withColumn("dedup_cluster_id", when(isRemoved, col("dd_cluster")).when(isRep, col("id")))
                .withColumn("dedup_cluster_size", coalesce(col("dd_size"), col("rep_size")))
                .withColumn("dedup_kept_id", when(isRemoved, col("dd_kept")).when(isRep, col("id")))
                .withColumn("text", when(isRemoved, lit(null).cast("string")).otherwise(col("text")))
                .withColumn("status", when(isRemoved, lit(DocumentRows.DROPPED)).otherwise(col("status")));
        return withDecision.drop("dd_reason", "dd_cluster", "dd_size", "dd_kept", "dd_similarity", "dd_release", "rep_size");
    }

    private static Dataset<Row> appendDecision(Dataset<Row> ds, Column when, Column stage, Column version, Column verdict,
                                               Column reason, Column value, Column detail) {
        Column decision = struct(stage.as("stage"), version.as("stage_version"), verdict.as("verdict"), reason.as("reason"),
                value.as("value"), detail.as("detail"));
        return ds.withColumn("decisions", when(when, concat(col("decisions"), array(decision))).otherwise(col("decisions")));
    }

    static final StructType TOKENIZED = new StructType(new org.apache.spark.sql.types.StructField[]{
            createStructField("id", DataTypes.StringType, false),
            createStructField("token_ids", DataTypes.createArrayType(DataTypes.IntegerType, false), true),
            createStructField("token_count", DataTypes.LongType, false),
            createStructField("export_verdict", DataTypes.StringType, false),
            createStructField("export_reason", DataTypes.StringType, false),
            createStructField("export_value", DataTypes.DoubleType, true),
            createStructField("export_version", DataTypes.StringType, false)});

    /** Runs the tokenizer stage on every kept document (one tokenizer per executor JVM). */
    static Dataset<Row> tokenize(Dataset<Row> deduped, PipelineConfig config, HadoopConf conf) {
        Dataset<Row> kept = deduped.filter(col("status").equalTo(DocumentRows.KEPT)).select("id", "text");
        JavaRDD<Row> rows = kept.javaRDD().mapPartitions(it -> {
            TokenizeStage stage = ExecutorResources.get(config, conf.get()).tokenizer;
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Row next() {
                    Row r = it.next();
                    Document d = new Document(r.getString(0), new SourceLocator("-", 0, 0, null, "response"));
                    d.text(r.getString(1));
                    stage.process(d);
                    Decision decision = d.decisions().get(d.decisions().size() - 1);
                    int[] tokens = d.tokens();
                    Object ids = tokens == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(box(tokens)).toSeq();
                    return RowFactory.create(d.id(), ids, tokens == null ? 0L : (long) tokens.length,
                            decision.verdict().name(), decision.reason(), decision.value(), decision.stageVersion());
                }
            };
        });
        return deduped.sparkSession().createDataFrame(rows, TOKENIZED);
    }

    private static List<Integer> box(int[] tokens) {
        List<Integer> out = new ArrayList<>(tokens.length);
        for (int t : tokens) {
            out.add(t);
        }
        return out;
    }

    static Dataset<Row> ledger(Dataset<Row> deduped, Dataset<Row> tokenized, String runId, String codeVersion, String configHash) {
        Dataset<Row> export = tokenized.select(col("id"), col("token_count"), col("export_verdict"), col("export_reason"),
                col("export_value"), col("export_version"));
        Dataset<Row> joined = deduped.join(export, "id", "left");
        Column hasExport = col("export_reason").isNotNull();
        Dataset<Row> withExport = appendDecision(joined, hasExport, lit("export"), col("export_version"), col("export_verdict"),
                col("export_reason"), col("export_value"), lit(null).cast("string"))
                .withColumn("status", when(hasExport.and(col("export_verdict").equalTo("DROP")), lit(DocumentRows.DROPPED))
                        .otherwise(col("status")));
        // get() rather than getItem(): under ANSI mode an out-of-range index is an error, and kept rows have no drop.
        Column firstDrop = org.apache.spark.sql.functions.get(
                org.apache.spark.sql.functions.filter(col("decisions"), d -> d.getField("verdict").equalTo("DROP")), lit(0));
        return withExport
                .withColumn("drop_stage", firstDrop.getField("stage"))
                .withColumn("drop_reason", firstDrop.getField("reason"))
                .withColumn("drop_value", firstDrop.getField("value"))
                .withColumn("run_id", lit(runId))
                .withColumn("code_version", lit(codeVersion))
                .withColumn("config_hash", lit(configHash))
                .drop("text", "export_verdict", "export_reason", "export_value", "export_version")
                .select(LEDGER_COLUMNS.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
    }

    /** Column order of provenance/ (the public ledger schema; see README). */
    static final List<String> LEDGER_COLUMNS = List.of("id", "status", "drop_stage", "drop_reason", "drop_value",
            "url", "host", "registered_domain", "source_file", "source_offset", "source_length", "record_id", "record_type",
            "fetch_time", "http_status", "content_type", "payload_digest", "headers", "language", "language_score", "licence",
            "licence_evidence", "licence_class", "legal_basis", "opt_out_signals", "pii_counts",
            "text_chars", "token_count", "dedup_cluster_id", "dedup_cluster_size", "dedup_kept_id", "attributes", "scores",
            "decisions", "run_id", "code_version", "config_hash");

    /** documents/: FineWeb-style columns, partitioned by language, shards of about target_shard_bytes of text. */
    static void writeDocuments(Dataset<Row> kept, PipelineConfig config, OutputLayout out) {
        Dataset<Row> docs = kept.select(col("id"), col("text"), col("url"), col("fetch_time").as("date"), col("language"),
                col("language_score"), col("token_count"), col("licence"),
                struct(col("source_file").as("file"), col("source_offset").as("offset"), col("source_length").as("length"),
                        col("record_id")).as("source"));
        // Per-language shard counts from the text volume (a small aggregate: one row per language).
        List<Row> volume = docs.groupBy("language").agg(org.apache.spark.sql.functions.sum(
                org.apache.spark.sql.functions.octet_length(col("text")).cast("long")).as("bytes")).collectAsList();
        int total = 0;
        Column shards = null;
        for (Row r : volume) {
            int n = ShardPlanner.shardCount(r.isNullAt(1) ? 0 : r.getLong(1), config.export().targetShardBytes());
            total += n;
            Column c = col("language").equalTo(lit(r.getString(0)));
            shards = shards == null ? when(c, lit(n)) : shards.when(c, lit(n));
        }
        if (total == 0) {
            docs.write().option("compression", config.export().compression()).partitionBy("language").parquet(out.documents());
            return;
        }
        Column shardKey = concat(col("language"), lit("#"),
                org.apache.spark.sql.functions.pmod(org.apache.spark.sql.functions.xxhash64(col("id")), shards.otherwise(lit(1))).cast("string"));
        docs.withColumn("shard_key", shardKey)
                .repartition(total, col("shard_key"))
                .sortWithinPartitions("language", "id")
                .drop("shard_key")
                .write().option("compression", config.export().compression()).partitionBy("language").parquet(out.documents());
    }

    /** tokens/: id, language, token ids, token count; shards of about target_shard_bytes of text. */
    static void writeTokens(Dataset<Row> tokenized, Dataset<Row> keptLanguages, PipelineConfig config, OutputLayout out) {
        Dataset<Row> tokens = tokenized.filter(col("export_verdict").equalTo("KEEP"))
                .join(keptLanguages, "id")
                .select("id", "language", "token_ids", "token_count");
        Row sum = tokens.agg(org.apache.spark.sql.functions.sum(col("token_count"))).first();
        long tokenCount = sum.isNullAt(0) ? 0 : sum.getLong(0);
        // About 4 bytes of text per token for European languages with o200k_base.
        int shards = ShardPlanner.shardCount(tokenCount * 4, config.export().targetShardBytes());
        tokens.repartition(shards, col("id")).sortWithinPartitions("id")
                .write().option("compression", config.export().compression()).parquet(out.tokens());
    }

    /** Paths of the output layout, and the guard against overwriting an earlier run by mistake. */
    record OutputLayout(String root) {

        static OutputLayout prepare(String output, Configuration conf, boolean overwrite) {
            try {
                Path p = new Path(output);
                FileSystem fs = p.getFileSystem(conf);
                if (fs.exists(p)) {
                    if (!overwrite) {
                        throw new IllegalArgumentException("output '" + output + "' exists; pass --overwrite to replace it");
                    }
                    fs.delete(p, true);
                }
                fs.mkdirs(p);
                return new OutputLayout(fs.makeQualified(p).toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare output '" + output + "'", e);
            }
        }

        String documents() {
            return root + "/documents";
        }

        String tokens() {
            return root + "/tokens";
        }

        String provenance() {
            return root + "/provenance";
        }

        String clusters() {
            return root + "/dedup_clusters";
        }

        String manifest() {
            return root + "/manifest.json";
        }
    }
}
