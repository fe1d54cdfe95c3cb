package eu.eurocurate.jobs;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import eu.eurocurate.dedup.spark.DedupIndex;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job's dedup step across two releases: the first run keeps the best-scored copy and writes its index; the second
 * run, given that index, drops the new copies of released documents with {@code dedup.release} in their ledger row.
 */
class CurationJobDedupIndexTest {

    /** Hand-written paragraphs of about 100 words each; one replaced word keeps word 5-gram Jaccard near 0.9. */
    private static final String HARBOUR = "The harbour authority said on Tuesday that the northern quay will close for "
            + "repairs from the first week of March until the end of the summer season. Ferries to the islands will "
            + "leave from the southern terminal during the works, and passengers are asked to arrive thirty minutes "
            + "earlier than usual because the security checks will take place in a temporary building next to the car "
            + "park. The authority expects the new quay to receive larger vessels from next year, which should bring "
            + "more cruise visitors to the old town and its museums, according to the statement published on its "
            + "website this morning.";
    private static final String LIBRARY = "After two years of renovation the city library reopened its reading rooms "
            + "to the public on Saturday, with longer opening hours on weekdays and a new section for children and "
            + "teenagers on the ground floor. The librarians have digitised more than ten thousand old newspapers, "
            + "which visitors can now consult on screens in the basement, and the garden behind the building hosts a "
            + "small cafe during the warm months. The mayor thanked the volunteers who moved the books twice during "
            + "the works and announced a festival of local writers for the autumn, with readings every evening.";
    private static final String BRIDGE = "Engineers inspecting the old railway bridge over the river found cracks in "
            + "two of its steel beams last month, and the regional government has now decided to limit the speed of "
            + "freight trains crossing it to thirty kilometres per hour until the beams are replaced. Passenger "
            + "services are not affected, the railway company said, but some night trains may arrive a few minutes "
            + "late. The replacement is planned for the next year and will require the line to close for three "
            + "weekends, when buses will carry travellers between the two stations on either side of the river.";

    @TempDir
    static Path dir;

    private static Map<String, Row> first;
    private static Map<String, Row> second;
    private static String index;

    @BeforeAll
    static void runTwice() {
        SparkSession spark = SparkTestSession.get();
        PipelineConfig config1 = ConfigLoader.load(null, List.of("dedup.quality_score=quality.test"));
        CurationJob.OutputLayout out1 = CurationJob.OutputLayout.prepare(dir.resolve("release-1").toString(),
                spark.sparkContext().hadoopConfiguration(), false);
        List<Row> release1 = List.of(
                row("a1", HARBOUR, "2024-01-01T00:00:00Z", 0.2),
                row("a2", HARBOUR.replace("temporary", "provisional"), "2024-06-01T00:00:00Z", 0.9),
                row("b1", LIBRARY, "2024-01-01T00:00:00Z", 0.5));
        first = byId(CurationJob.dedup(spark.createDataFrame(release1, DocumentRows.SCHEMA), config1, out1).collectAsList());
        index = out1.root() + "/dedup_index";

        PipelineConfig config2 = ConfigLoader.load(null, List.of("dedup.reference_indexes=[\"" + index + "\"]"));
        CurationJob.OutputLayout out2 = CurationJob.OutputLayout.prepare(dir.resolve("release-2").toString(),
                spark.sparkContext().hadoopConfiguration(), false);
        List<Row> release2 = List.of(
                row("c1", HARBOUR, "2025-01-01T00:00:00Z", 0.99),
                row("c2", LIBRARY.toUpperCase(java.util.Locale.ROOT), "2025-01-01T00:00:00Z", 0.5),
                row("c3", BRIDGE, "2025-01-01T00:00:00Z", 0.5));
        second = byId(CurationJob.dedup(spark.createDataFrame(release2, DocumentRows.SCHEMA), config2, out2).collectAsList());
    }

    private static Row row(String id, String text, String fetchTime, double quality) {
        Document d = new Document(id, new SourceLocator("test.warc.gz", 0, 1, "<urn:uuid:" + id + ">", "response"))
                .url("https://example.org/" + id).fetchTime(fetchTime).text(text).language("en", 0.99)
                .score("quality.test", quality);
        return DocumentRows.toRow(d);
    }

    private static Map<String, Row> byId(List<Row> rows) {
        Map<String, Row> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.getString(r.fieldIndex("id")), r));
        return m;
    }

    private static Row lastDecision(Row r) {
        List<Row> decisions = r.getList(r.fieldIndex("decisions"));
        return decisions.get(decisions.size() - 1);
    }

    @Test
    void theBestScoredCopyIsKeptAlthoughFetchedLater() {
        Row a1 = lastDecision(first.get("a1"));
        assertEquals("dedup.minhash", a1.getAs("reason"));
        assertEquals("DROP", a1.getAs("verdict"));
        String detail = a1.getAs("detail");
        assertTrue(detail.endsWith("kept=a2"), detail);
        assertEquals("dedup.representative", lastDecision(first.get("a2")).getAs("reason"));
        assertEquals("dedup.unique", lastDecision(first.get("b1")).getAs("reason"));
    }

    @Test
    void theFirstRunWritesItsIndexOfKeptDocuments() throws Exception {
        Path local = Path.of(java.net.URI.create(index));
        assertTrue(Files.isRegularFile(local.resolve(DedupIndex.PARAMS_FILE)));
        List<Row> rows = SparkTestSession.get().read().parquet(index).collectAsList();
        assertEquals(List.of("a2", "b1"), rows.stream().map(r -> r.getString(0)).sorted().toList());
    }

    @Test
    void theSecondRunDropsCopiesOfReleasedDocumentsWithTheReleasedId() {
        Row c1 = lastDecision(second.get("c1"));
        assertEquals("dedup.release", c1.getAs("reason"));
        assertEquals("DROP", c1.getAs("verdict"));
        String detail = c1.getAs("detail");
        assertTrue(detail.startsWith("cluster=a2 size=2 kept=a2 release=") && detail.endsWith("dedup_index"), detail);
        double value = c1.getAs("value");
        assertTrue(value >= 0.7 && value < 1.0, "value " + value);
        assertEquals(DocumentRows.DROPPED, second.get("c1").getAs("status"));
        assertNull(second.get("c1").getAs("text"));
        assertEquals("a2", second.get("c1").getAs("dedup_kept_id"));

        Row c2 = lastDecision(second.get("c2"));
        assertEquals("dedup.release", c2.getAs("reason"));
        assertEquals(1.0, (Double) c2.getAs("value"), 1e-12);
        assertEquals("dedup.unique", lastDecision(second.get("c3")).getAs("reason"));
        assertEquals(DocumentRows.KEPT, second.get("c3").getAs("status"));
    }
}
