package eu.eurocurate.jobs;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code curate audit}: the audit report of a finished run, from its ledger. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Write the audit report of an earlier run from its provenance ledger: report.html (charts, "
                + "self-contained), report.json (the same figures) and ai-act-summary.md (a draft of the EU AI Act's "
                + "public summary of training content).")
final class AuditCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "<dir>", description = "Output directory of an earlier 'curate run'.")
    String corpus;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Directory for the three report files.")
    String out;

    @Option(names = "--provider", paramLabel = "<file>",
            description = "YAML with what the ledger cannot tell: provider, model, crawler (see conf/provider.yaml).")
    Path provider;

    @Option(names = "--master", paramLabel = "<url>", description = "Spark master when not run by spark-submit (default local[*]).")
    String master;

    @Override
    public Integer call() {
        ProviderInfo info = provider == null ? ProviderInfo.empty() : ProviderInfo.read(provider);
        SparkSession spark = RunCommand.session(master);
        try {
            AuditFigures figures = AuditJob.figures(spark, corpus, info);
            AuditWriter.writeAll(figures, info, out, spark.sparkContext().hadoopConfiguration());
            System.out.printf("Audit of run %s: %,d records, %,d documents kept, %,d tokens%n", figures.run().runId(),
                    figures.totals().records(), figures.totals().kept(), figures.totals().tokens());
            System.out.println("Wrote " + out + "/{" + AuditWriter.HTML + ", " + AuditWriter.JSON + ", " + AuditWriter.SUMMARY + "}");
            return 0;
        } finally {
            spark.stop();
        }
    }
}
