package eu.eurocurate.jobs;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PipelineConfig;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-file record stream, without Spark: what a task does with one input file. */
class FileDocumentsTest {

    private final PipelineConfig config = ConfigLoader.defaults();

    private static List<Row> drain(FileDocuments it) {
        List<Row> rows = new ArrayList<>();
        it.forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void everyRecordOfTheSampleWarcBecomesOneRow() {
        Path warc = CurationJobTest.SAMPLE.resolve("warc/eurocurate-sample.warc.gz");
        InputFile file = new InputFile(warc.toUri().toString(), "warc/eurocurate-sample.warc.gz", warc.toFile().length(),
                InputFile.Kind.WARC);
        ExecutorResources resources = ExecutorResources.get(config, new Configuration());
        List<Row> rows = drain(new FileDocuments(file, new Configuration(), resources, resources.newChain()));
        assertEquals(259, rows.size());
        assertTrue(rows.stream().anyMatch(r -> DocumentRows.KEPT.equals(r.getAs("status"))));
    }

    @Test
    void blockListsFromTheConfigurationDropTheirDomainsAndNameTheList(@TempDir Path dir) throws java.io.IOException {
        Path list = dir.resolve("sites.txt");
        java.nio.file.Files.writeString(list, "# sites we were asked to leave out\nde.example\n");
        PipelineConfig withList = ConfigLoader.load(null, List.of(
                "blocklist.lists=[{name: asked-out, version: '2026-11', path: '" + list.toUri() + "'}]"));
        Path warc = CurationJobTest.SAMPLE.resolve("warc/eurocurate-sample.warc.gz");
        InputFile file = new InputFile(warc.toUri().toString(), "warc/eurocurate-sample.warc.gz", warc.toFile().length(),
                InputFile.Kind.WARC);
        ExecutorResources resources = ExecutorResources.get(withList, new Configuration());
        List<Row> rows = drain(new FileDocuments(file, new Configuration(), resources, resources.newChain()));
        long germanPages = rows.stream().filter(r -> {
            String host = r.getAs("host");
            List<Row> d = r.getList(r.fieldIndex("decisions"));
            return host != null && host.endsWith("de.example") && d.get(0).getAs("reason").equals("ingest.ok");
        }).count();
        long blockedByList = rows.stream().filter(r -> r.getList(r.fieldIndex("decisions")).stream()
                .anyMatch(d -> "blocklist.domain".equals(((Row) d).getAs("reason")))).count();
        assertTrue(germanPages > 0);
        assertEquals(germanPages, blockedByList);
        rows.stream().filter(r -> r.getList(r.fieldIndex("decisions")).stream()
                        .anyMatch(d -> "blocklist.domain".equals(((Row) d).getAs("reason"))))
                .forEach(r -> assertEquals("asked-out@2026-11", r.<scala.collection.Map<String, String>>getAs("attributes")
                        .get("blocklist.list").get()));
    }

    @Test
    void aFileThatCannotBeOpenedBecomesOneUnreadableRow(@TempDir Path dir) {
        Path missing = dir.resolve("vanished.warc.gz");
        InputFile file = new InputFile(missing.toUri().toString(), "vanished.warc.gz", 1234, InputFile.Kind.WARC);
        ExecutorResources resources = ExecutorResources.get(config, new Configuration());
        List<Row> rows = drain(new FileDocuments(file, new Configuration(), resources, resources.newChain()));
        assertEquals(1, rows.size());
        Row r = rows.get(0);
        assertEquals(DocumentRows.DROPPED, r.getAs("status"));
        List<Row> decisions = r.getList(r.fieldIndex("decisions"));
        assertEquals(FileDocuments.UNREADABLE, decisions.get(0).getAs("reason"));
        assertTrue(decisions.get(0).<String>getAs("detail").contains("FileNotFoundException"), decisions.toString());
    }
}
