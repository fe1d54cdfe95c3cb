package eu.eurocurate.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eurocurate.core.DocumentIds;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The figures of a finished run, computed by Spark aggregations over what was written (the ledger and the shards),
 * so the manifest describes the output as it is on disk. Small by construction: one row per stage and reason, per
 * language and per shard file.
 */
public record RunReport(
        String runId,
        String configHash,
        String codeVersion,
        String configJson,
        long records,
        long kept,
        long tokens,
        List<FunnelRow> funnel,
        List<LanguageRow> languages,
        List<ShardRow> documentShards,
        List<ShardRow> tokenShards,
        List<InputFile> inputs,
        List<InputFile> skipped,
        long inputBytes,
        double seconds,
        int cores) {

    /** Order in which stages run, for printing. */
    static final List<String> STAGE_ORDER = List.of("input", "ingest", "removal", "blocklist", "licensing", "langid", "quality",
            "pii", "dedup", "export");

    public record FunnelRow(String stage, String verdict, String reason, long documents) {
    }

    public record LanguageRow(String language, long documents, long tokens, long characters) {
    }

    public record ShardRow(String path, long rows, long tokens, long bytes, String sha256) {
    }

    static RunReport fromOutput(SparkSession spark, CurationJob.OutputLayout out, String runId, String configHash,
                                String codeVersion, PipelineConfig config, List<InputFile> inputs, List<InputFile> skipped,
                                long inputBytes, double seconds, int cores) {
        Dataset<Row> ledger = spark.read().parquet(out.provenance());
        Row totals = ledger.agg(count(lit(1)), sum(when(col("status").equalTo(DocumentRows.KEPT), 1).otherwise(0)),
                sum(when(col("status").equalTo(DocumentRows.KEPT), col("token_count")).otherwise(0))).first();
        long records = totals.getLong(0);
        long kept = totals.isNullAt(1) ? 0 : totals.getLong(1);
        long tokens = totals.isNullAt(2) ? 0 : totals.getLong(2);

        List<FunnelRow> funnel = new ArrayList<>();
        for (Row r : ledger.select(explode(col("decisions")).as("d"))
                .groupBy(col("d.stage"), col("d.verdict"), col("d.reason")).count().collectAsList()) {
            funnel.add(new FunnelRow(r.getString(0), r.getString(1), r.getString(2), r.getLong(3)));
        }
        funnel.sort((a, b) -> {
            int c = Integer.compare(stageRank(a.stage()), stageRank(b.stage()));
            if (c != 0) {
                return c;
            }
            c = a.verdict().compareTo(b.verdict());
            return c != 0 ? -c : a.reason().compareTo(b.reason());
        });

        List<LanguageRow> languages = new ArrayList<>();
        for (Row r : ledger.filter(col("status").equalTo(DocumentRows.KEPT)).groupBy("language")
                .agg(count(lit(1)), sum("token_count"), sum("text_chars")).orderBy("language").collectAsList()) {
            languages.add(new LanguageRow(r.isNullAt(0) ? "und" : r.getString(0), r.getLong(1),
                    r.isNullAt(2) ? 0 : r.getLong(2), r.isNullAt(3) ? 0 : r.getLong(3)));
        }
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<ShardRow> docShards = shards(spark, out.documents(), hadoop);
        List<ShardRow> tokenShards = shards(spark, out.tokens(), hadoop);
        return new RunReport(runId, configHash, codeVersion, ConfigLoader.toCanonicalJson(config), records, kept, tokens,
                funnel, languages, docShards, tokenShards, inputs, skipped, inputBytes, seconds, cores);
    }

    private static int stageRank(String stage) {
        int i = STAGE_ORDER.indexOf(stage);
        return i < 0 ? STAGE_ORDER.size() : i;
    }

    /** Rows and tokens per Parquet file (a Spark aggregation), size and SHA-256 computed on the executors. */
    private static List<ShardRow> shards(SparkSession spark, String dir, Configuration hadoop) {
        List<String> files = new ArrayList<>();
        try {
            Path root = new Path(dir);
            FileSystem fs = root.getFileSystem(hadoop);
            if (!fs.exists(root)) {
                return List.of();
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                Path p = it.next().getPath();
                if (p.getName().endsWith(".parquet")) {
                    files.add(p.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            return List.of();
        }
        files.sort(null);
        Map<String, long[]> counts = new HashMap<>();
        for (Row r : spark.read().parquet(dir).groupBy(col("_metadata.file_path")).agg(count(lit(1)), sum("token_count"))
                .collectAsList()) {
            counts.put(new Path(r.getString(0)).toUri().getPath(), new long[]{r.getLong(1), r.isNullAt(2) ? 0 : r.getLong(2)});
        }
        HadoopConf conf = new HadoopConf(hadoop);
        List<String[]> digests = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(files, Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism())))
                .map(f -> digest(f, conf.get())).collect();
        String rootPath = new Path(dir).toUri().getPath();
        List<ShardRow> out = new ArrayList<>();
        for (String[] d : digests) {
            String path = new Path(d[0]).toUri().getPath();
            long[] c = counts.getOrDefault(path, new long[2]);
            String rel = path.startsWith(rootPath) ? path.substring(rootPath.length() + 1) : path;
            out.add(new ShardRow(new Path(dir).getName() + "/" + rel, c[0], c[1], Long.parseLong(d[1]), d[2]));
        }
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out;
    }

    private static String[] digest(String file, Configuration conf) throws IOException {
        Path p = new Path(file);
        MessageDigest sha = DocumentIds.sha256();
        long size = 0;
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                size += n;
            }
        }
        return new String[]{file, Long.toString(size), HexFormat.of().formatHex(sha.digest())};
    }

    /** manifest.json at the output root. */
    void writeManifest(SparkSession spark, CurationJob.OutputLayout out, Configuration hadoop) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode m = json.createObjectNode();
        m.put("run_id", runId);
        m.put("created_at", Instant.now().toString());
        m.put("code_version", codeVersion);
        m.put("config_hash", configHash);
        try {
            m.set("config", json.readTree(configJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArrayNode in = m.putArray("inputs");
        for (InputFile f : inputs) {
            ObjectNode o = in.addObject();
            o.put("path", f.path());
            o.put("bytes", f.length());
            o.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
        }
        ObjectNode counts = m.putObject("counts");
        counts.put("records", records);
        counts.put("kept", kept);
        counts.put("dropped", records - kept);
        counts.put("tokens", tokens);
        ArrayNode stages = m.putArray("funnel");
        for (FunnelRow r : funnel) {
            ObjectNode o = stages.addObject();
            o.put("stage", r.stage());
            o.put("verdict", r.verdict());
            o.put("reason", r.reason());
            o.put("documents", r.documents());
        }
        ArrayNode langs = m.putArray("languages");
        for (LanguageRow r : languages) {
            ObjectNode o = langs.addObject();
            o.put("language", r.language());
            o.put("documents", r.documents());
            o.put("tokens", r.tokens());
            o.put("characters", r.characters());
        }
        ObjectNode shards = m.putObject("shards");
        shardArray(shards.putArray("documents"), documentShards);
        shardArray(shards.putArray("tokens"), tokenShards);
        ObjectNode perf = m.putObject("throughput");
        perf.put("seconds", seconds);
        perf.put("cores", cores);
        perf.put("input_bytes", inputBytes);
        perf.put("documents_per_second_per_core", documentsPerSecondPerCore());
        perf.put("mb_per_second_per_core", mbPerSecondPerCore());
        try {
            Path p = new Path(out.manifest());
            try (FSDataOutputStream o = p.getFileSystem(hadoop).create(p, true)) {
                o.write(json.writeValueAsString(m).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.manifest(), e);
        }
    }

    private static void shardArray(ArrayNode a, List<ShardRow> rows) {
        for (ShardRow r : rows) {
            ObjectNode o = a.addObject();
            o.put("path", r.path());
            o.put("rows", r.rows());
            o.put("tokens", r.tokens());
            o.put("bytes", r.bytes());
            o.put("sha256", r.sha256());
        }
    }

    public double documentsPerSecondPerCore() {
        return seconds <= 0 ? 0 : records / seconds / Math.max(1, cores);
    }

    public double mbPerSecondPerCore() {
        return seconds <= 0 ? 0 : inputBytes / 1e6 / seconds / Math.max(1, cores);
    }

    /** The end-of-run summary printed by {@code bin/curate run}: the funnel by stage and reason, then throughput. */
    public String funnelText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Run %s: %,d records from %d input files (%,.1f MB), %d skipped%n", runId,
                records, inputs.size() - skipped.size(), inputBytes / 1e6, skipped.size()));
        String stage = null;
        for (FunnelRow r : funnel) {
            if (!r.stage().equals(stage)) {
                stage = r.stage();
                long in = 0;
                long keptHere = 0;
                for (FunnelRow x : funnel) {
                    if (x.stage().equals(stage)) {
                        in += x.documents();
                        keptHere += x.verdict().equals("DROP") ? 0 : x.documents();
                    }
                }
                sb.append(String.format(Locale.ROOT, "  %-10s in %,10d   kept %,10d   dropped %,10d%n", stage, in, keptHere, in - keptHere));
            }
            sb.append(String.format(Locale.ROOT, "      %-4s %-44s %,10d%n", r.verdict().toLowerCase(Locale.ROOT), r.reason(), r.documents()));
        }
        sb.append(String.format(Locale.ROOT, "Kept %,d documents, %,d tokens, in %d languages%n", kept, tokens, languages.size()));
        for (LanguageRow l : languages) {
            sb.append(String.format(Locale.ROOT, "      %-10s %,8d docs %,12d tokens%n", l.language(), l.documents(), l.tokens()));
        }
        sb.append(String.format(Locale.ROOT, "Throughput: %.1f s on %d cores: %,.1f documents/s per core, %.3f MB/s per core%n",
                seconds, cores, documentsPerSecondPerCore(), mbPerSecondPerCore()));
        return sb.toString();
    }
}
