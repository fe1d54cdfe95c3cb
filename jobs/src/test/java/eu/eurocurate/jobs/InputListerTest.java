package eu.eurocurate.jobs;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.IngestConfig;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputListerTest {

    private final IngestConfig ingest = ConfigLoader.defaults().ingest();

    @Test
    void expandsDirectoriesGlobsAndSkipsHiddenFiles(@TempDir Path dir) throws IOException {
        Path crawl = Files.createDirectories(dir.resolve("crawl/sub"));
        Files.writeString(crawl.resolve("b.warc.gz"), "x");
        Files.writeString(crawl.resolve("a.pdf"), "x");
        Files.writeString(crawl.resolve("notes.xyz"), "x");
        Files.writeString(crawl.resolve(".hidden.warc"), "x");
        Files.writeString(dir.resolve("crawl/_SUCCESS"), "");
        List<InputFile> files = InputLister.list(List.of(dir.resolve("crawl").toString(), dir.resolve("crawl/sub/*.warc.gz").toString()),
                new Configuration(), ingest);
        assertEquals(3, files.size(), files.toString());
        assertEquals(InputFile.Kind.RAW, files.get(0).kind());
        assertEquals("crawl/sub/a.pdf", files.get(0).relativePath());
        assertEquals(InputFile.Kind.WARC, files.get(1).kind());
        assertEquals(InputFile.Kind.UNSUPPORTED, files.get(2).kind());
    }

    @Test
    void missingInputIsAnError(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputLister.list(List.of(dir.resolve("nope/*.warc").toString()), new Configuration(), ingest));
        assertEquals(true, e.getMessage().contains("matches no file"));
    }
}
