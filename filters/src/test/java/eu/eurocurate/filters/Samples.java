package eu.eurocurate.filters;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.QualityConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test fixtures: the sample texts under {@code samples/} (see SOURCE.txt there) and the shipped configuration. */
final class Samples {

    /** Every sample with its language label, as the language-ID stage would set it. */
    static final Map<String, String> LANGUAGES = new TreeMap<>(Map.ofEntries(
            Map.entry("en-ctpost.txt", "eng_Latn"),
            Map.entry("en-sciencealert.txt", "eng_Latn"),
            Map.entry("it-remember8090.txt", "ita_Latn"),
            Map.entry("de-heise.txt", "deu_Latn"),
            Map.entry("fr-lemonde.txt", "fra_Latn"),
            Map.entry("es-la-nacion.txt", "spa_Latn"),
            Map.entry("cs-aktualne.txt", "ces_Latn"),
            Map.entry("fi-handmade.txt", "fin_Latn"),
            Map.entry("el-handmade.txt", "ell_Grek"),
            Map.entry("bg-handmade.txt", "bul_Cyrl"),
            Map.entry("ka-handmade.txt", "kat_Geor")));

    private Samples() {
    }

    static String text(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document document(String id, String text, String language) {
        Document d = new Document(id, new SourceLocator("samples.warc", 0, 1, null, "response"));
        d.text(text).url("https://example.org/" + id).contentType("text/html");
        if (language != null) {
            d.language(language, 0.99);
        }
        return d;
    }

    static Document sample(String name) {
        return document(name, text(name), LANGUAGES.get(name));
    }

    static List<Document> allSamples() {
        return LANGUAGES.keySet().stream().map(Samples::sample).toList();
    }

    /** The shipped defaults of {@code conf/pipeline.yaml}'s quality section. */
    static QualityConfig defaults() {
        return ConfigLoader.defaults().quality();
    }

    /** English prose of 75 words and 6 sentences that passes every default rule; a base for the hand-made cases. */
    static String englishProse() {
        return "The river runs through the old town and past the market square. "
                + "Every morning the traders set up their stalls with fresh bread, cheese and vegetables. "
                + "Visitors like to walk along the water and look at the boats. "
                + "In the evening the bridges are lit and the cafes fill with people. "
                + "The town council has decided to plant more trees near the harbour. "
                + "Most residents agree that this will make the centre greener and quieter.";
    }
}
