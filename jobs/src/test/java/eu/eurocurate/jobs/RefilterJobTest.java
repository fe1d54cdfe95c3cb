package eu.eurocurate.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code curate refilter} on a real run of the bundled sample: the report's counts, and the re-filtered corpus it
 * writes (ledger with the new quality decisions, documents/ and tokens/ of the documents still kept, refilter.json).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefilterJobTest {

    @TempDir
    static Path tmp;

    private SparkSession spark;
    private Path run;

    private static PipelineConfig config(String... overrides) {
        List<String> all = new java.util.ArrayList<>(List.of("langid.accuracy=low"));
        all.addAll(List.of(overrides));
        return ConfigLoader.load(null, all);
    }

    @BeforeAll
    void runTheSample() {
        spark = SparkTestSession.get();
        run = tmp.resolve("run");
        CurationJob.run(spark, new CurationJob.Spec(CurationJobTest.INPUTS, run.toString(), config(), "test", false));
    }

    private Dataset<Row> ledger(Path corpus) {
        return spark.read().parquet(corpus.resolve("provenance").toString());
    }

    private Set<String> ids(Dataset<Row> rows) {
        Set<String> ids = new HashSet<>();
        for (Row r : rows.select("id").collectAsList()) {
            ids.add(r.getString(0));
        }
        return ids;
    }

    @Test
    void stricterThresholdsWriteACorpusWithTheNewDecisions() throws IOException {
        Path out = tmp.resolve("strict");
        PipelineConfig strict = config("quality.per_language_thresholds=none", "quality.gopher_quality.min_words=400");
        RefilterJob.Summary summary = RefilterJob.refilter(spark, run.toString(), strict, out.toString(), false);

        Dataset<Row> before = ledger(run);
        Dataset<Row> after = ledger(out);
        assertEquals(before.count(), after.count(), "every record keeps its ledger row");
        long newlyDropped = summary.changes().stream().filter(c -> c.before().equals("quality.ok")
                && c.after().equals("quality.gopher.word_count")).mapToLong(RefilterJob.Change::documents).sum();
        assertTrue(newlyDropped > 0, RefilterJob.report(summary));
        Dataset<Row> wordCount = after.filter(col("drop_reason").equalTo("quality.gopher.word_count"));
        assertTrue(wordCount.count() >= newlyDropped);
        for (Row r : wordCount.select("status", "drop_stage", "config_hash").collectAsList()) {
            assertEquals(DocumentRows.DROPPED, r.getString(0));
            assertEquals("quality", r.getString(1));
            assertEquals(ConfigLoader.hash(strict), r.getString(2));
        }
        // The quality decision was replaced, not appended: still one per measured document.
        assertEquals(before.filter(exists(col("decisions"), d -> d.getField("stage").equalTo("quality"))).count(),
                after.filter(exists(col("decisions"), d -> d.getField("reason").startsWith("quality."))).count());

        Set<String> keptAfter = ids(after.filter(col("status").equalTo(DocumentRows.KEPT)));
        Set<String> keptBefore = ids(before.filter(col("status").equalTo(DocumentRows.KEPT)));
        Set<String> expected = new HashSet<>(keptBefore);
        expected.removeAll(ids(after.filter(col("drop_stage").equalTo("quality"))));
        assertEquals(expected, keptAfter, "the run's survivors minus the new quality drops");
        assertTrue(keptAfter.size() < keptBefore.size());
        assertEquals(keptAfter, ids(spark.read().parquet(out.resolve("documents").toString())));
        assertEquals(keptAfter, ids(spark.read().parquet(out.resolve("tokens").toString())));

        JsonNode json = new ObjectMapper().readTree(out.resolve("refilter.json").toFile());
        assertEquals(keptAfter.size(), json.get("documents_kept").asLong());
        assertEquals(ConfigLoader.hash(strict), json.get("config_hash").asText());
        assertTrue(json.get("rules").size() > 0);
    }

    @Test
    void perThresholdCountsIncludeDocumentsFailingSeveralRules() {
        RefilterJob.Summary summary = RefilterJob.refilter(spark, run.toString(),
                config("quality.gopher_quality.min_words=400", "quality.c4.min_sentences=60"), null, false);
        RefilterJob.RuleCount words = summary.rules().stream()
                .filter(r -> r.rule().equals("quality.gopher.word_count")).findFirst().orElseThrow();
        RefilterJob.RuleCount sentences = summary.rules().stream()
                .filter(r -> r.rule().equals("quality.c4.too_few_sentences")).findFirst().orElseThrow();
        long firstWords = summary.changes().stream().filter(c -> c.after().equals("quality.gopher.word_count"))
                .mapToLong(RefilterJob.Change::documents).sum();
        assertTrue(words.failing() >= firstWords);
        assertTrue(sentences.failing() > 0);
        assertTrue(words.only() <= words.failing());
        String report = RefilterJob.report(summary);
        assertTrue(report.contains("fail only it") && report.contains("quality.c4.too_few_sentences"), report);
    }

    @Test
    void documentsTheRunDroppedButLooserThresholdsKeepAreCountedAndStayDropped() {
        Path out = tmp.resolve("loose");
        PipelineConfig loose = config("quality.per_language_thresholds=none", "quality.gopher_quality.enabled=false",
                "quality.gopher_repetition.enabled=false", "quality.c4.enabled=false", "quality.fineweb.enabled=false");
        RefilterJob.Summary summary = RefilterJob.refilter(spark, run.toString(), loose, out.toString(), false);
        long droppedByQuality = ledger(run).filter(col("drop_stage").equalTo("quality")
                .and(col("drop_reason").notEqual("quality.no_text"))).count();
        assertTrue(droppedByQuality > 0, "the sample has quality drops");
        assertEquals(droppedByQuality, summary.needsRerun());
        Dataset<Row> rerun = ledger(out).filter(exists(col("decisions"),
                d -> d.getField("detail").contains("re-run to include it")));
        assertEquals(droppedByQuality, rerun.count());
        assertEquals(droppedByQuality, rerun.filter(col("status").equalTo(DocumentRows.DROPPED)).count());
        assertTrue(RefilterJob.report(summary).contains("re-run"));
    }

    @Test
    void theOutputMustNotBeTheCorpus() {
        assertThrows(IllegalArgumentException.class, () -> RefilterJob.refilter(spark, run.toString(), config(),
                run.toString(), true));
        assertTrue(ledger(run).count() > 0, "the corpus is untouched");
    }
}
