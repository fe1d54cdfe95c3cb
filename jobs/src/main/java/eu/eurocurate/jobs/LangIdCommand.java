package eu.eurocurate.jobs;

import eu.eurocurate.langid.LanguageIdentifier;
import eu.eurocurate.langid.LanguageResult;
import eu.eurocurate.langid.NgramLanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code curate langid}: one {@code <label>\t<score>} line per input line. No Spark. */
@Command(name = "langid", mixinStandardHelpOptions = true,
        description = "Identify the language of each line on standard input; print '<label>\\t<score>' per line "
                + "(labels: ISO 639-3 + ISO 15924 script, e.g. deu_Latn, srp_Cyrl; 'und' when undetermined).")
final class LangIdCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() {
        // Lines are short: accuracy 'high' (short close calls rescored with Lingua's 1- to 5-gram statistics among
        // the n-gram identifier's best candidates) is much better below 120 letters, so it is this command's default
        // unless the user chose a mode. The identifier is the pipeline's own (NgramLanguageIdentifier), with every
        // configured language including Maltese, Galician and Luxembourgish.
        boolean chosen = configOptions.config != null
                || configOptions.overrides.stream().anyMatch(o -> o.startsWith("langid.accuracy="));
        if (!chosen) {
            configOptions.overrides.add(0, "langid.accuracy=high");
        }
        LanguageIdentifier identifier = NgramLanguageIdentifier.shared(configOptions.load().langid());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                LanguageResult r = identifier.identify(line);
                out.write(r.label());
                out.write('\t');
                out.write(String.format(Locale.ROOT, "%.4f", r.score()));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
