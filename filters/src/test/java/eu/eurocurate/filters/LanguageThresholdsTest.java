package eu.eurocurate.filters;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.config.ConfigException;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.QualityConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageThresholdsTest {

    private final LanguageThresholds table = LanguageThresholds.fineweb2();

    @Test
    void holdsFineWeb2ValuesForEveryMissionLanguageButEnglishAndMontenegrin() {
        assertEquals(31, table.labels().size());
        LanguageThresholds.Entry maltese = table.forLabel("mlt_Latn").orElseThrow();
        assertEquals(4, maltese.minAvgWordLength());
        assertEquals(12, maltese.maxAvgWordLength());
        assertEquals(0.458, maltese.dupLineFrac());
        assertEquals(Map.of(2, 0.533, 3, 0.607, 4, 0.596), maltese.topNgrams());
        assertEquals(6, maltese.dupNgrams().size());
        assertTrue(maltese.stopWords().contains("tal-"));
        assertTrue(maltese.source().startsWith("configs/mlt_Latn.yml"));
    }

    @Test
    void montenegrinFallsBackToSerbianLatin() {
        assertEquals("srp_Latn", table.forLabel("cnr_Latn").orElseThrow().label());
    }

    @Test
    void aLabelWithoutScriptMatchesOnlyWhenUnambiguous() {
        assertEquals("fin_Latn", table.forLabel("fin").orElseThrow().label());
        assertTrue(table.forLabel("srp").isEmpty(), "Serbian has two scripts");
        assertTrue(table.forLabel("eng_Latn").isEmpty(), "English is FineWeb 1's, not in FineWeb-2");
        assertTrue(table.forLabel(null).isEmpty());
    }

    /** One valid entry; the error tests change one thing in it. */
    private static final String MALTESE = """
            languages:
              mlt_Latn:
                source: test
                dup_line_frac: 0.458
                top_n_grams: {2: 0.533, 3: 0.607, 4: 0.596}
                dup_n_grams: {5: 0.5, 6: 0.5, 7: 0.5, 8: 0.5, 9: 0.5, 10: 0.5}
                line_punct_thr: 0.1
                new_line_ratio: 0.2
                min_avg_word_length: 2
                max_avg_word_length: 12
                max_non_alpha_words_ratio: 0.7
                stopwords: ["il-", "u", "ta'"]
            """;

    private static ConfigException error(String yaml) {
        return assertThrows(ConfigException.class, () -> LanguageThresholds.parse(yaml, "test.yaml"));
    }

    @Test
    void theShippedTableIsTheDefaultAndIsValid() {
        assertSame(table, LanguageThresholds.of(Samples.defaults()));
        assertEquals(Map.of("cnr_Latn", "srp_Latn"), table.aliases());
        assertEquals(-1, table.forLabel("srp_Latn").orElseThrow().linePunctThr(), "FineWeb-2's 'off'");
    }

    @Test
    void parsesAValidTable() {
        LanguageThresholds t = LanguageThresholds.parse(MALTESE + "aliases: {mlt_Cyrl: mlt_Latn}\n", "test.yaml");
        assertEquals(2, t.forLabel("mlt_Latn").orElseThrow().minAvgWordLength());
        assertEquals("mlt_Latn", t.forLabel("mlt_Cyrl").orElseThrow().label());
        assertEquals(List.of("il-", "u", "ta'"), t.forLabel("mlt").orElseThrow().stopWords());
    }

    @Test
    void errorsNameTheEntryAndTheKey() {
        assertEquals("languages.mlt_Latn.dup_line_frac",
                error(MALTESE.replace("dup_line_frac: 0.458", "dup_line_frac: 1.5")).key());
        assertEquals("languages.mlt_Latn.max_avg_word_length",
                error(MALTESE.replace("max_avg_word_length: 12", "max_avg_word_length: 1")).key(), "below the minimum");
        assertEquals("languages.mlt_Latn.new_line_ratio",
                error(MALTESE.replace("    new_line_ratio: 0.2\n", "")).key(), "missing");
        assertEquals("languages.mlt_Latn.min_word_length",
                error(MALTESE.replace("min_avg_word_length", "min_word_length")).key(), "unknown");
        assertEquals("languages.mlt_Latn.top_n_grams.0",
                error(MALTESE.replace("{2: 0.533,", "{0: 0.533,")).key());
        assertEquals("languages.mlt_Latn.stopwords", error(MALTESE.replace("[\"il-\", \"u\", \"ta'\"]", "[]")).key());
        assertEquals("languages.mlt_Latn.line_punct_thr",
                error(MALTESE.replace("line_punct_thr: 0.1", "line_punct_thr: high")).key());
        assertEquals("languages.Maltese", error(MALTESE.replace("mlt_Latn:", "Maltese:")).key());
        assertEquals("aliases.cnr_Latn", error(MALTESE + "aliases: {cnr_Latn: srp_Latn}\n").key(), "no such entry");
        assertEquals("thresholds", error(MALTESE + "thresholds: {}\n").key());
        assertTrue(error("languages: [").getMessage().contains("test.yaml"));
    }

    @Test
    void theConfigurationCanPointToAnotherFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-thresholds.yaml");
        // Maltese with a minimum mean word length of 6 instead of FineWeb-2's 4.
        Files.writeString(file, MALTESE.replace("min_avg_word_length: 2", "min_avg_word_length: 6"), StandardCharsets.UTF_8);
        QualityConfig config = ConfigLoader.load(null,
                List.of("quality.per_language_thresholds_file=" + file)).quality();
        assertEquals(6, LanguageThresholds.of(config).forLabel("mlt_Latn").orElseThrow().minAvgWordLength());
        assertTrue(LanguageThresholds.of(config).forLabel("deu_Latn").isEmpty(), "only the file's labels");

        // Words of 4.x characters on average: above FineWeb-2's minimum, below the file's.
        String text = Samples.englishProse();
        Document shipped = Samples.document("m1", text, "mlt_Latn");
        new QualityStage(Samples.defaults()).process(shipped);
        Document custom = Samples.document("m2", text, "mlt_Latn");
        new QualityStage(config).process(custom);
        double mean = custom.scores().get(Reasons.GOPHER_MEAN_WORD_LENGTH);
        assertTrue(mean > 4 && mean < 6, "mean " + mean);
        assertEquals(Reasons.GOPHER_MEAN_WORD_LENGTH, custom.decisions().get(0).reason());
        assertEquals("< 6.0", custom.decisions().get(0).detail());
        assertTrue(!shipped.decisions().get(0).reason().equals(Reasons.GOPHER_MEAN_WORD_LENGTH));
        assertEquals("fineweb2:mlt_Latn", custom.attributes().get(LanguageThresholds.ATTRIBUTE));
    }

    @Test
    void anUnreadableFileStopsTheRunAtStartUpNamingTheKey(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null,
                List.of("quality.per_language_thresholds_file=" + dir.resolve("missing.yaml"))));
        assertEquals("quality.per_language_thresholds_file", e.key());
    }
}
