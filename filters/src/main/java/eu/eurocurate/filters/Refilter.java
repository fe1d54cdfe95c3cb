package eu.eurocurate.filters;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.config.PiiConfig;
import eu.eurocurate.core.config.QualityConfig;
import eu.eurocurate.filters.pii.PiiReasons;
import eu.eurocurate.filters.pii.PiiStage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Decides again, with other thresholds, from the scores an earlier run stored: no text is read and nothing is
 * measured ("annotate, then filter"; Dolma's taggers-then-mixer). The quality stage stores every rule's measured value
 * under the rule's reason code, and every enabled filter is measured on every document, so the decision of
 * {@link QualityStage} under a new {@link QualityConfig} can be replayed rule by rule in the stage's own order
 * (Gopher repetition, Gopher quality, C4 page rules, FineWeb), including the per-language threshold sets.
 *
 * <p>What cannot be replayed from scores: C4's line rules (which lines are removed) and their effect on the sentence
 * count; the stop-word list itself (only {@code min_stop_words} can change); and rules whose filter was disabled in the
 * run that stored the scores (their scores are missing, and such a rule is skipped). The PII stage's density drop can
 * be replayed with {@link #decidePii}.
 *
 * <p>Immutable and thread-safe. Use {@link Tally} to count, per reason code, how many documents a set of thresholds
 * removes.
 */
public final class Refilter {

    private final QualityConfig quality;
    private final ThresholdSets thresholds;
    private final PiiConfig pii;

    /** Replays the quality stage with {@code quality}'s thresholds. */
    public Refilter(QualityConfig quality) {
        this(quality, null);
    }

    /** Also replays the PII density drop with {@code pii}'s {@code drop_dense} and {@code max_density} (may be null). */
    public Refilter(QualityConfig quality, PiiConfig pii) {
        this.quality = Objects.requireNonNull(quality, "quality");
        this.thresholds = new ThresholdSets(quality, StopWords.bundled());
        this.pii = pii;
    }

    /**
     * The quality decision these thresholds give a document measured earlier.
     *
     * @param scores   the document's stored scores (only {@code quality.*} keys are read)
     * @param language the document's language label, as when it was measured
     */
    public Decision decideQuality(Map<String, Double> scores, String language) {
        if (!hasQualityScores(scores)) {
            return Decision.drop(QualityStage.NAME, QualityStage.VERSION, Reasons.NO_TEXT, null,
                    "no quality scores stored");
        }
        ThresholdSets.Set_ set = thresholds.forLanguage(language);
        List<FilterResult> failed = failures(scores, set, true);
        if (!failed.isEmpty()) {
            FilterResult first = failed.get(0);
            return Decision.drop(QualityStage.NAME, QualityStage.VERSION, first.reason(), first.value(),
                    first.detail() + " (refilter, " + set.name() + ")");
        }
        return Decision.keep(QualityStage.NAME, QualityStage.VERSION, Reasons.OK, null);
    }

    /**
     * Every rule these thresholds fail for a document measured earlier, in the stage's order (the first is the reason
     * {@link #decideQuality} names), so that a report can say how many documents each threshold removes on its own
     * account and not only as the first failing rule. Empty when the document passes; {@code [quality.no_text]} when
     * it has no quality scores.
     */
    public List<String> failingRules(Map<String, Double> scores, String language) {
        if (!hasQualityScores(scores)) {
            return List.of(Reasons.NO_TEXT);
        }
        List<String> reasons = new ArrayList<>();
        for (FilterResult r : failures(scores, thresholds.forLanguage(language), false)) {
            reasons.add(r.reason());
        }
        return reasons;
    }

    private static boolean hasQualityScores(Map<String, Double> scores) {
        return scores.containsKey(Reasons.GOPHER_WORD_COUNT) || scores.containsKey(Reasons.GOPHER_DUP_LINE_FRAC)
                || scores.containsKey(Reasons.C4_SENTENCES);
    }

    /** The failing rules in the stage's order; only the first when {@code firstOnly}. */
    private List<FilterResult> failures(Map<String, Double> scores, ThresholdSets.Set_ set, boolean firstOnly) {
        Failures f = new Failures(firstOnly);
        if (set.repetition().enabled()) {
            repetition(scores, set.repetition(), f);
        }
        if (!f.done() && set.quality().enabled()) {
            gopherQuality(scores, set.quality(), f);
        }
        if (!f.done() && quality.c4().enabled()) {
            c4(scores, quality.c4(), f);
        }
        if (!f.done() && set.fineweb().enabled()) {
            fineweb(scores, set.fineweb(), f);
        }
        return f.list;
    }

    /** The failures found so far; full once the first is in, when only the first is wanted. */
    private static final class Failures {
        private final boolean firstOnly;
        private final List<FilterResult> list = new ArrayList<>(2);

        Failures(boolean firstOnly) {
            this.firstOnly = firstOnly;
        }

        void add(FilterResult r) {
            if (r != null && !done()) {
                list.add(r);
            }
        }

        boolean done() {
            return firstOnly && !list.isEmpty();
        }
    }

    /**
     * The PII stage's decision under this refilter's PII configuration, from the stored {@code pii.*} scores; null if
     * the refilter has no PII configuration or the document has no PII scores.
     */
    public Decision decidePii(Map<String, Double> scores) {
        Double density = scores.get(PiiReasons.DENSITY);
        if (pii == null || density == null) {
            return null;
        }
        if (pii.dropDense() && density > pii.maxDensity()) {
            return Decision.drop(PiiStage.NAME, PiiStage.VERSION, PiiReasons.DENSITY, density,
                    "> " + pii.maxDensity() + " (refilter)");
        }
        double masked = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(PiiReasons.COUNT_PREFIX) && !k.startsWith(PiiReasons.NATIONAL_ID_COUNT_PREFIX)) {
                masked += e.getValue();
            }
        }
        return masked > 0
                ? Decision.keep(PiiStage.NAME, PiiStage.VERSION, PiiReasons.MASKED, masked)
                : Decision.keep(PiiStage.NAME, PiiStage.VERSION, PiiReasons.NONE, 0.0);
    }

    private static void repetition(Map<String, Double> s, QualityConfig.GopherRepetition c, Failures f) {
        f.add(above(s, Reasons.GOPHER_DUP_PARA_FRAC, c.dupParaFrac()));
        f.add(above(s, Reasons.GOPHER_DUP_PARA_CHAR_FRAC, c.dupParaCharFrac()));
        f.add(above(s, Reasons.GOPHER_DUP_LINE_FRAC, c.dupLineFrac()));
        f.add(above(s, Reasons.GOPHER_DUP_LINE_CHAR_FRAC, c.dupLineCharFrac()));
        for (Map.Entry<Integer, Double> e : new TreeMap<>(c.topNgramCharFrac()).entrySet()) {
            f.add(above(s, Reasons.gopherTopNgram(e.getKey()), e.getValue()));
        }
        for (Map.Entry<Integer, Double> e : new TreeMap<>(c.dupNgramCharFrac()).entrySet()) {
            f.add(above(s, Reasons.gopherDupNgram(e.getKey()), e.getValue()));
        }
    }

    private static void gopherQuality(Map<String, Double> s, QualityConfig.GopherQuality c, Failures f) {
        // The word-count and word-length rules are one reason each: a document fails the range once.
        FilterResult words = below(s, Reasons.GOPHER_WORD_COUNT, c.minWords());
        f.add(words != null ? words : above(s, Reasons.GOPHER_WORD_COUNT, c.maxWords()));
        FilterResult length = below(s, Reasons.GOPHER_MEAN_WORD_LENGTH, c.minMeanWordLength());
        f.add(length != null ? length : above(s, Reasons.GOPHER_MEAN_WORD_LENGTH, c.maxMeanWordLength()));
        f.add(above(s, Reasons.GOPHER_SYMBOL_WORD_RATIO, c.maxSymbolWordRatio()));
        f.add(above(s, Reasons.GOPHER_BULLET_LINES, c.maxBulletLinesRatio()));
        f.add(above(s, Reasons.GOPHER_ELLIPSIS_LINES, c.maxEllipsisLinesRatio()));
        f.add(below(s, Reasons.GOPHER_ALPHA_WORDS, c.minAlphaWordsRatio()));
        // Absent when the document's language had no stop-word list: the rule was skipped, as in the stage.
        f.add(below(s, Reasons.GOPHER_STOP_WORDS, c.minStopWords()));
    }

    private static void c4(Map<String, Double> s, QualityConfig.C4 c, Failures f) {
        Double lorem = s.get(Reasons.C4_LOREM_IPSUM);
        Double curly = s.get(Reasons.C4_CURLY_BRACKET);
        boolean loremFires = c.filterLoremIpsum() && lorem != null && lorem > 0;
        boolean curlyFires = c.filterCurlyBracket() && curly != null && curly > 0;
        FilterResult loremRule = loremFires
                ? FilterResult.reject(Reasons.C4_LOREM_IPSUM, lorem, "\"lorem ipsum\" on line " + lorem.intValue()) : null;
        FilterResult curlyRule = curlyFires
                ? FilterResult.reject(Reasons.C4_CURLY_BRACKET, curly, "'{' on line " + curly.intValue()) : null;
        // The stage names whichever page rule fires on the earlier line.
        if (loremFires && (!curlyFires || lorem <= curly)) {
            f.add(loremRule);
            f.add(curlyRule);
        } else {
            f.add(curlyRule);
            f.add(loremRule);
        }
        f.add(below(s, Reasons.C4_SENTENCES, c.minSentences(), Reasons.C4_TOO_FEW_SENTENCES));
    }

    private static void fineweb(Map<String, Double> s, QualityConfig.FineWeb c, Failures f) {
        Double punct = s.get(Reasons.FINEWEB_LINE_PUNCT_RATIO);
        if (punct != null && punct < c.linePunctThr() && !(punct == 0 && c.linePunctExcludeZero())) {
            f.add(FilterResult.reject(Reasons.FINEWEB_LINE_PUNCT_RATIO, punct, "< " + c.linePunctThr()));
        }
        f.add(above(s, Reasons.FINEWEB_SHORT_LINE_RATIO, c.shortLineThr()));
        f.add(above(s, Reasons.FINEWEB_CHAR_DUP_RATIO, c.charDuplicatesRatio()));
        f.add(above(s, Reasons.FINEWEB_LIST_RATIO, c.newLineRatio()));
    }

    private static FilterResult above(Map<String, Double> s, String key, double max) {
        Double v = s.get(key);
        return v != null && v > max ? FilterResult.reject(key, v, "> " + max) : null;
    }

    private static FilterResult below(Map<String, Double> s, String key, double min) {
        return below(s, key, min, key);
    }

    private static FilterResult below(Map<String, Double> s, String key, double min, String reason) {
        Double v = s.get(key);
        return v != null && v < min ? FilterResult.reject(reason, v, "< " + min) : null;
    }

    /** Counts decisions per reason code: how many documents each rule removes under a set of thresholds. */
    public static final class Tally {

        private final Map<String, Long> counts = new TreeMap<>();
        private long total;

        /** Adds one decision (null is ignored). Not thread-safe: one tally per thread, then {@link #merge}. */
        public Tally add(Decision decision) {
            if (decision != null) {
                counts.merge(decision.reason(), 1L, Long::sum);
                total++;
            }
            return this;
        }

        public Tally merge(Tally other) {
            other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
            total += other.total;
            return this;
        }

        /** Documents per reason code, sorted by code. */
        public Map<String, Long> counts() {
            return java.util.Collections.unmodifiableMap(counts);
        }

        public long total() {
            return total;
        }
    }
}
