package eu.eurocurate.filters;

import eu.eurocurate.core.config.QualityConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Gopher thresholds apply to a document: the {@code quality:} section's own, or, with
 * {@code per_language_thresholds: fineweb2}, those with FineWeb-2's per-language values for the document's label.
 * Shared by {@link QualityStage} (measure and decide) and {@link Refilter} (decide again from stored scores), so both
 * always pick the same set. Immutable and thread-safe.
 */
final class ThresholdSets {

    /** One set: its name (recorded in {@link LanguageThresholds#ATTRIBUTE}), the two configs and the stop words. */
    record Set_(String name, QualityConfig.GopherQuality quality, QualityConfig.GopherRepetition repetition,
                StopWords stopWords, QualityConfig.FineWeb fineweb) {
    }

    /**
     * FineWeb-2's fixed FineWeb-rule values (fineweb-2-pipeline.py): {@code char_duplicates_ratio} 0.1 for every
     * language ("we changed this from 0.01 in fineweb english") and the short-line rule disabled.
     */
    static final double FINEWEB2_CHAR_DUPLICATES_RATIO = 0.1;
    /** A short-line threshold no ratio can exceed: the rule is off. */
    static final double RULE_OFF = 1.0;

    private final Set_ defaults;
    private final Map<String, Set_> byLabel;

    ThresholdSets(QualityConfig config, StopWords stopWords) {
        defaults = new Set_(LanguageThresholds.DEFAULT_SET, config.gopherQuality(), config.gopherRepetition(), stopWords,
                config.fineweb());
        Map<String, Set_> m = new HashMap<>();
        if (config.perLanguageThresholds().equals("fineweb2")) {
            LanguageThresholds table = LanguageThresholds.of(config);
            Set<String> labels = new TreeSet<>(table.labels());
            labels.addAll(table.aliases().keySet());
            for (String label : labels) {
                table.forLabel(label).ifPresent(e -> m.put(label, fineweb2(config, label, e)));
            }
        }
        byLabel = Map.copyOf(m);
    }

    /** The set for a document language label (null: unknown language). */
    Set_ forLanguage(String label) {
        return label == null ? defaults : byLabel.getOrDefault(label, defaults);
    }

    /** Every distinct set, the default first (for building one filter pair per set). */
    Map<String, Set_> all() {
        Map<String, Set_> m = new HashMap<>(byLabel);
        m.put("", defaults);
        return m;
    }

    /** The configured thresholds with the keys FineWeb-2 tuned per language replaced by its values. */
    private static Set_ fineweb2(QualityConfig config, String label, LanguageThresholds.Entry e) {
        QualityConfig.GopherQuality q = config.gopherQuality();
        QualityConfig.GopherRepetition r = config.gopherRepetition();
        QualityConfig.GopherQuality lq = new QualityConfig.GopherQuality(q.enabled(), q.minWords(), q.maxWords(),
                e.minAvgWordLength(), e.maxAvgWordLength(), q.maxSymbolWordRatio(), q.maxBulletLinesRatio(),
                q.maxEllipsisLinesRatio(), e.maxNonAlphaWordsRatio(), q.minStopWords());
        QualityConfig.GopherRepetition lr = new QualityConfig.GopherRepetition(r.enabled(), e.dupLineFrac(),
                r.dupParaFrac(), r.dupLineCharFrac(), r.dupParaCharFrac(), e.topNgrams(), e.dupNgrams());
        String code = label.substring(0, label.indexOf('_'));
        StopWords words = StopWords.of(Map.of(code, Set.copyOf(e.stopWords())));
        QualityConfig.FineWeb f = config.fineweb();
        QualityConfig.FineWeb lf = new QualityConfig.FineWeb(f.enabled(), e.linePunctThr(), f.linePunctExcludeZero(),
                RULE_OFF, f.shortLineLength(), FINEWEB2_CHAR_DUPLICATES_RATIO, e.newLineRatio());
        return new Set_(LanguageThresholds.FINEWEB2_PREFIX + e.label(), lq, lr, words, lf);
    }
}
