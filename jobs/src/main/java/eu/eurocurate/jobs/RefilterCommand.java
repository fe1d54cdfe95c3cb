package eu.eurocurate.jobs;

import eu.eurocurate.core.config.PipelineConfig;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code curate refilter}: how many documents other quality thresholds would remove from an existing run, and with
 * {@code --output} the re-filtered corpus.
 */
@Command(name = "refilter", mixinStandardHelpOptions = true,
        description = "Replay the quality decisions of an existing run with other thresholds (--config/--set quality.*), "
                + "from the scores in its ledger, and print how many documents each rule would remove. Reads no input "
                + "again. With --output, also write the re-filtered corpus (ledger with the new decisions, documents/ "
                + "and tokens/ of the documents still kept, refilter.json).")
final class RefilterCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "<dir>", description = "Output directory of an earlier 'curate run'.")
    String corpus;

    @Option(names = "--output", paramLabel = "<dir>",
            description = "Write the re-filtered corpus here (default: only print the report).")
    String output;

    @Option(names = "--overwrite", description = "Replace an existing --output directory.")
    boolean overwrite;

    @Option(names = "--master", paramLabel = "<url>", description = "Spark master when not run by spark-submit (default local[*]).")
    String master;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() {
        PipelineConfig config = configOptions.load();
        SparkSession spark = RunCommand.session(master);
        try {
            System.out.print(RefilterJob.report(RefilterJob.refilter(spark, corpus, config, output, overwrite)));
            if (output != null) {
                System.out.printf("re-filtered corpus written to %s%n", output);
            }
            return 0;
        } finally {
            spark.stop();
        }
    }
}
