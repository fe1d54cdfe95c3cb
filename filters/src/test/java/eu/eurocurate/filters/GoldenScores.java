package eu.eurocurate.filters;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.config.ConfigLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quality stage's complete output (decision, every score, attributes, hash of the cleaned text) on the sample
 * fixtures, in four variants each, one line per case. {@link GoldenScoresTest} compares the stage with the file written
 * by the code before the speed work of issue 6 ({@code golden-scores.tsv}), so an optimisation that changes any value
 * fails. Regenerate only for a deliberate change of the rules (and bump {@link QualityStage#VERSION}):
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.eurocurate.filters.GoldenScores \
 *     -Dexec.args="src/test/resources/eu/eurocurate/filters/golden-scores.tsv"
 * </pre>
 */
public final class GoldenScores {

    /** The variants: shipped defaults; global thresholds with C4's punctuation rule; the text twice; no language. */
    static final List<String> VARIANTS = List.of("defaults", "global-c4-punct", "doubled", "no-language");

    private GoldenScores() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), String.join("\n", lines()) + "\n", StandardCharsets.UTF_8);
    }

    /** One line per sample and variant, in a fixed order. */
    static List<String> lines() {
        QualityStage defaults = new QualityStage(ConfigLoader.defaults().quality());
        QualityStage global = new QualityStage(ConfigLoader.load(null, List.of(
                "quality.per_language_thresholds=none", "quality.c4.filter_no_terminal_punct=true")).quality());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> sample : Samples.LANGUAGES.entrySet()) {
            String name = sample.getKey();
            String text = Samples.text(name);
            String language = sample.getValue();
            out.add(line(defaults, name, VARIANTS.get(0), text, language));
            out.add(line(global, name, VARIANTS.get(1), text, language));
            out.add(line(defaults, name, VARIANTS.get(2), text + "\n\n" + text, language));
            out.add(line(defaults, name, VARIANTS.get(3), text, null));
        }
        return out;
    }

    private static String line(QualityStage stage, String name, String variant, String text, String language) {
        Document d = Samples.document(name, text, language);
        stage.process(d);
        Decision decision = d.decisions().get(0);
        return String.join("\t", name, variant, decision.verdict().name(), decision.reason(),
                String.valueOf(decision.value()), String.valueOf(decision.detail()), d.scores().toString(),
                d.attributes().toString(), Integer.toString(d.text().hashCode()));
    }
}
