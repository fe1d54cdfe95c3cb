package eu.eurocurate.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eurocurate.core.DocumentIds;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end on the bundled sample (a real multilingual WARC plus raw documents): runs the whole job twice, with
 * different shuffle partitioning, and checks the ledger's completeness, the funnel, the three outputs' schemas, the
 * manifest, and that both runs agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurationJobTest {

    static final Path SAMPLE = Path.of("..", "sample").toAbsolutePath().normalize();
    /** What the README's run command reads: the sample's WARC and raw documents (not its SOURCE.md). */
    static final List<String> INPUTS = List.of(SAMPLE.resolve("warc").toString(), SAMPLE.resolve("docs").toString());

    @TempDir
    static Path tmp;

    private SparkSession spark;
    private RunReport first;
    private RunReport second;
    private Path out1;
    private Path out2;

    @BeforeAll
    void runTwice() {
        spark = SparkTestSession.get();
        // Low-accuracy Lingua keeps the test fast; the pipeline is the same.
        PipelineConfig config = ConfigLoader.load(null, List.of("langid.accuracy=low"));
        out1 = tmp.resolve("run1");
        out2 = tmp.resolve("run2");
        spark.conf().set("spark.sql.shuffle.partitions", "3");
        first = CurationJob.run(spark, new CurationJob.Spec(INPUTS, out1.toString(), config, "test", false));
        spark.conf().set("spark.sql.shuffle.partitions", "7");
        second = CurationJob.run(spark, new CurationJob.Spec(INPUTS, out2.toString(), config, "test", false));
        spark.conf().set("spark.sql.shuffle.partitions", "4");
    }

    private Dataset<Row> ledger(Path out) {
        return spark.read().parquet(out.resolve("provenance").toString());
    }

    /** Counts the records of every WARC in the sample with jwarc directly, plus one per raw file. */
    private static long inputRecords() throws IOException {
        long n = 0;
        try (Stream<Path> files = Stream.concat(Files.walk(SAMPLE.resolve("warc")), Files.walk(SAMPLE.resolve("docs")))) {
            for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (name.contains(".warc")) {
                    try (WarcReader r = new WarcReader(p)) {
                        for (WarcRecord ignored : r) {
                            n++;
                        }
                    }
                } else {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void everyInputRecordHasExactlyOneLedgerRow() throws IOException {
        Dataset<Row> ledger = ledger(out1);
        long rows = ledger.count();
        assertEquals(inputRecords(), rows);
        assertEquals(rows, ledger.select("id").distinct().count(), "ids are unique");
        assertEquals(rows, first.records());
    }

    @Test
    void everyDroppedRowNamesItsFirstDropAndEveryKeptRowPassedEveryStage() {
        for (Row r : ledger(out1).collectAsList()) {
            List<Row> decisions = r.getList(r.fieldIndex("decisions"));
            assertFalse(decisions.isEmpty());
            String status = r.getAs("status");
            Row firstDrop = decisions.stream().filter(d -> "DROP".equals(d.getAs("verdict"))).findFirst().orElse(null);
            if (status.equals(DocumentRows.DROPPED)) {
                assertNotNull(firstDrop, "dropped rows carry a drop decision");
                assertEquals(firstDrop.<String>getAs("reason"), r.getAs("drop_reason"));
                assertEquals(firstDrop.<String>getAs("stage"), r.getAs("drop_stage"));
            } else {
                assertEquals(null, firstDrop);
                List<String> stages = decisions.stream().map(d -> d.<String>getAs("stage")).collect(Collectors.toList());
                assertEquals(List.of("ingest", "licensing", "langid", "quality", "pii", "dedup", "export"), stages);
                assertNotNull(r.getAs("token_count"));
            }
            assertEquals(first.runId(), r.getAs("run_id"));
            assertEquals("test", r.getAs("code_version"));
        }
    }

    @Test
    void funnelIsConsistentStageByStage() {
        Map<String, long[]> perStage = new HashMap<>();
        for (RunReport.FunnelRow f : first.funnel()) {
            long[] c = perStage.computeIfAbsent(f.stage(), k -> new long[2]);
            c[0] += f.documents();
            if (!f.verdict().equals("DROP")) {
                c[1] += f.documents();
            }
        }
        List<String> order = List.of("ingest", "licensing", "langid", "quality", "pii", "dedup", "export");
        long ingestIn = perStage.get("ingest")[0];
        assertEquals(first.records() - perStage.getOrDefault("input", new long[2])[0], ingestIn);
        for (int i = 1; i < order.size(); i++) {
            assertEquals(perStage.get(order.get(i - 1))[1], perStage.get(order.get(i))[0],
                    order.get(i) + " sees what " + order.get(i - 1) + " kept");
        }
        assertEquals(first.kept(), perStage.get("export")[1]);
        assertTrue(first.kept() > 10, "the sample keeps real documents: " + first.funnelText());
        assertTrue(first.languages().size() >= 10, "the sample is multilingual: " + first.languages());
    }

    @Test
    void outputsHaveTheDocumentedSchemas() {
        Dataset<Row> docs = spark.read().parquet(out1.resolve("documents").toString());
        assertEquals(Set.of("id", "text", "url", "date", "language", "language_score", "token_count", "licence", "source"),
                Set.of(docs.columns()));
        Dataset<Row> tokens = spark.read().parquet(out1.resolve("tokens").toString());
        assertEquals(List.of("id", "language", "token_ids", "token_count"), List.of(tokens.columns()));
        assertEquals(CurationJob.LEDGER_COLUMNS, List.of(ledger(out1).columns()));
        assertEquals(first.kept(), docs.count());
        assertEquals(first.kept(), tokens.count());
        long tokenSum = tokens.agg(org.apache.spark.sql.functions.sum("token_count")).first().getLong(0);
        assertEquals(first.tokens(), tokenSum);
        assertEquals(0, tokens.filter(org.apache.spark.sql.functions.size(col("token_ids")).notEqual(col("token_count"))).count());
    }

    @Test
    void parquetIsReadableWithoutSpark() throws IOException {
        // parquet-hadoop's own reader, as pyarrow or DuckDB would read the files: plain Parquet, no Spark metadata needed.
        for (String dir : List.of("tokens", "provenance")) {
            Path file;
            try (Stream<Path> s = Files.walk(out1.resolve(dir))) {
                file = s.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
            }
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
                MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                assertTrue(schema.containsField("id"));
                assertTrue(reader.getRecordCount() > 0);
            }
        }
    }

    @Test
    void manifestDescribesTheOutputOnDisk() throws IOException {
        JsonNode m = new ObjectMapper().readTree(out1.resolve("manifest.json").toFile());
        assertEquals(first.runId(), m.get("run_id").asText());
        assertEquals(first.configHash(), m.get("config_hash").asText());
        assertEquals(first.records(), m.get("counts").get("records").asLong());
        assertTrue(m.get("inputs").size() >= 2);
        long rows = 0;
        for (JsonNode shard : m.get("shards").get("tokens")) {
            Path file = out1.resolve(shard.get("path").asText());
            assertEquals(Files.size(file), shard.get("bytes").asLong());
            assertEquals(sha256(file), shard.get("sha256").asText());
            rows += shard.get("rows").asLong();
        }
        assertEquals(first.kept(), rows);
        assertTrue(m.get("shards").get("documents").size() >= first.languages().size());
        assertTrue(m.get("funnel").size() > 5);
    }

    @Test
    void twoRunsGiveTheSameIdsKeptSetAndTokens() {
        assertEquals(first.runId(), second.runId());
        assertEquals(idsWithStatus(out1), idsWithStatus(out2));
        List<Row> t1 = spark.read().parquet(out1.resolve("tokens").toString()).orderBy("id").collectAsList();
        List<Row> t2 = spark.read().parquet(out2.resolve("tokens").toString()).orderBy("id").collectAsList();
        assertEquals(t1, t2);
        assertEquals(first.funnel(), second.funnel());
    }

    private Set<String> idsWithStatus(Path out) {
        Set<String> s = new TreeSet<>();
        for (Row r : ledger(out).select("id", "status", "drop_reason").collectAsList()) {
            s.add(r.getString(0) + " " + r.getString(1) + " " + r.getString(2));
        }
        return s;
    }

    @Test
    void idsAreDerivedFromTheSource() {
        for (Row r : ledger(out1).filter(col("record_type").notEqual("file")).select("id", "source_file", "source_offset", "record_id")
                .collectAsList()) {
            assertEquals(DocumentIds.forWarcRecord(r.getString(1), r.getLong(2), r.getString(3)), r.getString(0));
        }
    }

    @Test
    void existingOutputIsNotOverwrittenByMistake() {
        PipelineConfig config = ConfigLoader.load(null, List.of("langid.accuracy=low"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CurationJob.run(spark, new CurationJob.Spec(INPUTS, out1.toString(), config, "test", false)));
        assertTrue(e.getMessage().contains("--overwrite"));
    }

    @Test
    void refilterWithTheRunsThresholdsReproducesTheRunsQualityDecisions() {
        List<RefilterJob.Change> changes = RefilterJob.run(spark, out1.toString(), ConfigLoader.load(null, List.of("langid.accuracy=low")));
        long measured = 0;
        for (RefilterJob.Change c : changes) {
            assertEquals(c.before(), c.after(), "same thresholds, same decision: " + changes);
            measured += c.documents();
        }
        assertEquals(ledger(out1).filter(org.apache.spark.sql.functions.exists(col("decisions"),
                d -> d.getField("stage").equalTo("quality"))).count(), measured);
    }

    @Test
    void refilterWithStricterThresholdsReportsWhatTheyWouldRemove() {
        PipelineConfig strict = ConfigLoader.load(null, List.of("langid.accuracy=low",
                "quality.per_language_thresholds=none", "quality.gopher_quality.min_words=400"));
        List<RefilterJob.Change> changes = RefilterJob.run(spark, out1.toString(), strict);
        long newlyShort = changes.stream().filter(c -> c.before().equals("quality.ok")
                && c.after().equals("quality.gopher.word_count")).mapToLong(RefilterJob.Change::documents).sum();
        assertTrue(newlyShort > 0, RefilterJob.report(changes));
        assertTrue(RefilterJob.report(changes).contains("quality.ok"));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(DocumentIds.sha256().digest(in.readAllBytes()));
        }
    }

    static List<String> reasons(Dataset<Row> ledger) {
        List<String> out = new ArrayList<>();
        for (Row r : ledger.select("drop_reason").collectAsList()) {
            out.add(r.getString(0));
        }
        return out;
    }
}
