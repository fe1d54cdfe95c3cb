package eu.eurocurate.jobs;

import eu.eurocurate.core.config.PipelineConfig;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code curate run}: the whole pipeline. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline: ingest, licensing/opt-outs, language ID, quality filters, dedup, tokenization.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "<path>",
            description = "Input files, directories or globs (WARC/ARC/WET, or raw PDF/DOCX/HTML/...); file://, hdfs://, s3a://.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "<dir>", description = "Output directory (must not exist, unless --overwrite).")
    String output;

    @Option(names = "--master", paramLabel = "<url>",
            description = "Spark master when not run by spark-submit (default: local[*], Spark embedded).")
    String master;

    @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
    boolean overwrite;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() {
        // Fail on a bad configuration before Spark starts.
        PipelineConfig config = configOptions.load();
        SparkSession spark = session(master);
        try {
            RunReport report = CurationJob.run(spark, new CurationJob.Spec(inputs, output, config, Cli.codeVersion(), overwrite));
            System.out.print(report.funnelText());
            System.out.println("Output: " + output + " (manifest.json, documents/, tokens/, provenance/)");
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** Under spark-submit, spark.master is already set and wins; otherwise Spark runs embedded. */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("eurocurate");
        if (!conf.contains("spark.master")) {
            conf.setMaster(master != null ? master : "local[*]");
            conf.setIfMissing("spark.ui.showConsoleProgress", "true");
        }
        conf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(Math.max(8, 4 * Runtime.getRuntime().availableProcessors())));
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
