package eu.eurocurate.core.config;

import java.util.Map;

/**
 * {@code quality:} section. Thresholds default to the values of Gopher (Rae et al. 2021, "Scaling Language Models",
 * appendix A.1.1), C4 (Raffel et al. 2020, section 2.2) and FineWeb (Penedo et al. 2024), as implemented in
 * datatrove; {@code conf/pipeline.yaml} cites each one.
 */
public record QualityConfig(GopherQuality gopherQuality, GopherRepetition gopherRepetition, C4 c4,
                            FineWeb fineweb, String perLanguageThresholds, String perLanguageThresholdsFile)
        implements java.io.Serializable {

    /** Values of {@code per_language_thresholds}: FineWeb-2's published per-language values, or none. */
    public static final java.util.Set<String> PER_LANGUAGE_THRESHOLDS = java.util.Set.of("fineweb2", "none");

    /** The section without {@code per_language_thresholds_file}: the table shipped in the filters jar. */
    public QualityConfig(GopherQuality gopherQuality, GopherRepetition gopherRepetition, C4 c4, FineWeb fineweb,
                         String perLanguageThresholds) {
        this(gopherQuality, gopherRepetition, c4, fineweb, perLanguageThresholds, "");
    }

    void validate(String p) {
        gopherQuality.validate(p + "gopher_quality.");
        gopherRepetition.validate(p + "gopher_repetition.");
        c4.validate(p + "c4.");
        fineweb.validate(p + "fineweb.");
        Check.oneOf(p + "per_language_thresholds", perLanguageThresholds, PER_LANGUAGE_THRESHOLDS);
        if (perLanguageThresholdsFile == null) {
            throw new ConfigException(p + "per_language_thresholds_file",
                    "must be a path, or \"\" for the table shipped with eurocurate");
        }
        // The file's content is validated by the filters module when it is read (errors name the entry and key);
        // here only that it can be read, so that a typo in the path stops the run at start-up.
        if (!perLanguageThresholdsFile.isEmpty()
                && !java.nio.file.Files.isReadable(java.nio.file.Path.of(perLanguageThresholdsFile))) {
            throw new ConfigException(p + "per_language_thresholds_file",
                    "cannot read '" + perLanguageThresholdsFile + "' (a local file readable where the stages run)");
        }
    }

    public record GopherQuality(
            boolean enabled,
            int minWords,
            int maxWords,
            double minMeanWordLength,
            double maxMeanWordLength,
            double maxSymbolWordRatio,
            double maxBulletLinesRatio,
            double maxEllipsisLinesRatio,
            double minAlphaWordsRatio,
            int minStopWords) implements java.io.Serializable {

        void validate(String p) {
            Check.range(p + "min_words", minWords, 0, Integer.MAX_VALUE);
            Check.range(p + "max_words", maxWords, Math.max(1, minWords), Integer.MAX_VALUE);
            Check.range(p + "min_mean_word_length", minMeanWordLength, 0, 1000);
            Check.range(p + "max_mean_word_length", maxMeanWordLength, minMeanWordLength, 1000);
            Check.range(p + "max_symbol_word_ratio", maxSymbolWordRatio, 0, 1000);
            Check.range(p + "max_bullet_lines_ratio", maxBulletLinesRatio, 0, 1);
            Check.range(p + "max_ellipsis_lines_ratio", maxEllipsisLinesRatio, 0, 1);
            Check.range(p + "min_alpha_words_ratio", minAlphaWordsRatio, 0, 1);
            Check.range(p + "min_stop_words", minStopWords, 0, 1000);
        }
    }

    public record GopherRepetition(
            boolean enabled,
            double dupLineFrac,
            double dupParaFrac,
            double dupLineCharFrac,
            double dupParaCharFrac,
            Map<Integer, Double> topNgramCharFrac,
            Map<Integer, Double> dupNgramCharFrac) implements java.io.Serializable {

        void validate(String p) {
            Check.range(p + "dup_line_frac", dupLineFrac, 0, 1);
            Check.range(p + "dup_para_frac", dupParaFrac, 0, 1);
            Check.range(p + "dup_line_char_frac", dupLineCharFrac, 0, 1);
            Check.range(p + "dup_para_char_frac", dupParaCharFrac, 0, 1);
            checkNgrams(p + "top_ngram_char_frac", topNgramCharFrac);
            checkNgrams(p + "dup_ngram_char_frac", dupNgramCharFrac);
        }

        private static void checkNgrams(String key, Map<Integer, Double> m) {
            if (m == null) {
                throw new ConfigException(key, "must be a map of n-gram size to fraction");
            }
            m.forEach((n, f) -> {
                Check.range(key + "." + n, n, 1, 64);
                Check.range(key + "." + n, f == null ? -1 : f, 0, 1);
            });
        }
    }

    public record C4(
            boolean enabled,
            boolean filterNoTerminalPunct,
            int minWordsPerLine,
            int maxWordLength,
            int minSentences,
            boolean filterLoremIpsum,
            boolean filterJavascript,
            boolean filterCurlyBracket,
            boolean filterPolicy) implements java.io.Serializable {

        void validate(String p) {
            Check.range(p + "min_words_per_line", minWordsPerLine, 0, 1000);
            Check.range(p + "max_word_length", maxWordLength, 1, 1_000_000);
            Check.range(p + "min_sentences", minSentences, 0, 1000);
        }
    }

    /** FineWeb's own rules (Penedo et al. 2024, datatrove {@code FineWebQualityFilter}). */
    public record FineWeb(
            boolean enabled,
            double linePunctThr,
            boolean linePunctExcludeZero,
            double shortLineThr,
            int shortLineLength,
            double charDuplicatesRatio,
            double newLineRatio) implements java.io.Serializable {

        void validate(String p) {
            Check.range(p + "line_punct_thr", linePunctThr, 0, 1);
            Check.range(p + "short_line_thr", shortLineThr, 0, 1);
            Check.range(p + "short_line_length", shortLineLength, 0, 1_000_000);
            Check.range(p + "char_duplicates_ratio", charDuplicatesRatio, 0, 1);
            Check.range(p + "new_line_ratio", newLineRatio, 0, 1000);
        }
    }
}
