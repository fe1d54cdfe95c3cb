package eu.eurocurate.jobs;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code curate explain}: one document's provenance and every decision taken on it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print a document's full provenance from an earlier run's ledger: source, fetch, licence, "
                + "opt-out signals and every decision with its reason and measured value.")
final class ExplainCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "<dir>", description = "Output directory of an earlier 'curate run'.")
    String corpus;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Key key;

    static final class Key {
        @Option(names = "--id", paramLabel = "<id>", description = "Document id (the ledger's 'id').")
        String id;

        @Option(names = "--url", paramLabel = "<url>", description = "URL as crawled (every capture of it is shown).")
        String url;
    }

    @Option(names = "--master", paramLabel = "<url>", description = "Spark master when not run by spark-submit (default local[*]).")
    String master;

    @Override
    public Integer call() {
        SparkSession spark = RunCommand.session(master);
        try {
            List<Row> rows = ExplainJob.find(spark, corpus, key.id, key.url);
            if (rows.isEmpty()) {
                System.err.println("curate: no ledger row with " + (key.id != null ? "id " + key.id : "url " + key.url));
                return 1;
            }
            for (Row r : rows) {
                System.out.print(ExplainJob.describe(r));
            }
            return 0;
        } finally {
            spark.stop();
        }
    }
}
