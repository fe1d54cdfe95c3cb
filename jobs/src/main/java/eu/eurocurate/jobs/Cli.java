package eu.eurocurate.jobs;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code bin/curate}: the command line. Each subcommand has {@code --help}. */
@Command(name = "curate", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Curates multilingual LLM training corpora: WARC and documents in, tokenized Parquet and a provenance ledger out.",
        subcommands = {RunCommand.class, RefilterCommand.class, LangIdCommand.class, BenchCommand.class, DedupBenchCommand.class,
                AuditCommand.class,
                ExplainCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new Cli())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // Configuration and input mistakes are the user's to fix: one clear line, no stack trace.
                    if (e instanceof eu.eurocurate.core.config.ConfigException || e instanceof IllegalArgumentException) {
                        cmd.getErr().println("curate: " + e.getMessage());
                        return 2;
                    }
                    throw e;
                })
                .execute(args);
        System.exit(code);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The project version baked in at build time, recorded in every ledger row. */
    public static String codeVersion() {
        try (InputStream in = Cli.class.getResourceAsStream("/eurocurate-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return "eurocurate-" + p.getProperty("version", "dev");
        } catch (IOException e) {
            return "eurocurate-dev";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{codeVersion()};
        }
    }
}
