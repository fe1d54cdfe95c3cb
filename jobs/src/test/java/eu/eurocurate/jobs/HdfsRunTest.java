package eu.eurocurate.jobs;

import eu.eurocurate.core.config.ConfigLoader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job reads and writes through Hadoop's FileSystem: the same run against a real (mini) HDFS. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HdfsRunTest {

    @TempDir
    static java.nio.file.Path tmp;

    private MiniDFSCluster cluster;
    private String uri;

    @BeforeAll
    void startHdfs() throws IOException {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("hdfs").toString());
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
        uri = cluster.getURI().toString();
        FileSystem fs = cluster.getFileSystem();
        java.nio.file.Path warcDir = CurationJobTest.SAMPLE.resolve("warc");
        try (Stream<java.nio.file.Path> files = Files.list(warcDir)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                fs.copyFromLocalFile(new Path(f.toUri()), new Path("/crawl/" + f.getFileName()));
            }
        }
    }

    @AfterAll
    void stopHdfs() {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void runsFromHdfsToHdfs() throws IOException {
        SparkSession spark = SparkTestSession.get();
        RunReport report = CurationJob.run(spark, new CurationJob.Spec(List.of(uri + "/crawl/*.warc.gz"), uri + "/out",
                ConfigLoader.load(null, List.of("langid.accuracy=low")), "test", false));
        FileSystem fs = cluster.getFileSystem();
        assertTrue(fs.exists(new Path("/out/manifest.json")));
        assertTrue(fs.exists(new Path("/out/provenance")));
        assertEquals(report.records(), spark.read().parquet(uri + "/out/provenance").count());
        assertTrue(report.kept() > 0);
        assertTrue(report.inputs().get(0).path().startsWith("hdfs://"), report.inputs().toString());
    }
}
