package eu.eurocurate.jobs;

import eu.eurocurate.core.config.PipelineConfig;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code curate refilter}: how many documents other quality thresholds would remove from an existing run. */
@Command(name = "refilter", mixinStandardHelpOptions = true,
        description = "Replay the quality decisions of an existing run with other thresholds (--config/--set quality.*), "
                + "from the scores in its ledger, and print how many documents each rule would remove. Reads nothing else.")
final class RefilterCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "<dir>", description = "Output directory of an earlier 'curate run'.")
    String corpus;

    @Option(names = "--master", paramLabel = "<url>", description = "Spark master when not run by spark-submit (default local[*]).")
    String master;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() {
        PipelineConfig config = configOptions.load();
        SparkSession spark = RunCommand.session(master);
        try {
            System.out.print(RefilterJob.report(RefilterJob.run(spark, corpus, config)));
            return 0;
        } finally {
            spark.stop();
        }
    }
}
