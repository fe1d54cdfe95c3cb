package eu.eurocurate.filters;

import eu.eurocurate.core.config.QualityConfig;

import java.util.Objects;
import java.util.function.ObjDoubleConsumer;

/**
 * FineWeb's own rules (Penedo et al. 2024, "The FineWeb Datasets", section 3.5; datatrove's
 * {@code FineWebQualityFilter}), in datatrove's order, over the non-blank lines:
 * <ol>
 *   <li>{@code line_punct_ratio}: lines ending in terminal punctuation / lines below {@code line_punct_thr} (0.12);
 *       with {@code line_punct_exclude_zero}, a document with no such line is not dropped for it;</li>
 *   <li>{@code short_line_ratio}: lines of at most {@code short_line_length} (30) characters / lines above
 *       {@code short_line_thr} (0.67);</li>
 *   <li>{@code char_dup_ratio}: characters in lines that repeat an earlier line / characters of the text without
 *       line breaks above {@code char_duplicates_ratio} (0.01);</li>
 *   <li>{@code list_ratio}: line breaks / words above {@code new_line_ratio} (0.3): list-like pages.</li>
 * </ol>
 * Terminal punctuation: {@code . ! ? " ' … ” » ’}, the Greek question mark (U+037E) and the Armenian full stop
 * (U+0589), the part of datatrove's {@code TERMINAL_PUNCTUATION} used by the mission scripts; trailing whitespace is
 * ignored (datatrove does not strip it, so a line ending "end. " would not count there). Immutable and thread-safe.
 */
public final class FineWebQualityFilter {

    private final QualityConfig.FineWeb config;

    public FineWebQualityFilter(QualityConfig.FineWeb config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Measures, reports every measurement to {@code scores} (keys are the reason codes) and answers keep or reject. */
    public FilterResult apply(TextProfile profile, ObjDoubleConsumer<String> scores) {
        char[] cs = profile.chars();
        int lines = 0;
        int punct = 0;
        int shortLines = 0;
        long dupChars = 0;
        int[] lineHashes = profile.lineHashes();
        GopherRepetitionFilter.SpanSet seen = new GopherRepetitionFilter.SpanSet(cs, profile.lineCount());
        for (int l = 0; l < profile.lineCount(); l++) {
            if (profile.lineBlank(l)) {
                continue;
            }
            lines++;
            int start = profile.lineStart(l);
            int end = profile.lineEnd(l);
            int last = end;
            while (last > start && TextProfile.isSeparator(cs[last - 1])) {
                last--;
            }
            if (last > start && isTerminal(cs[last - 1])) {
                punct++;
            }
            if (profile.codePoints(start, end) <= config.shortLineLength()) {
                shortLines++;
            }
            if (!seen.add(start, end, lineHashes[l])) {
                dupChars += end - start;
            }
        }
        int newLines = profile.newlineCount();
        int textChars = cs.length - newLines;
        double punctRatio = lines == 0 ? 0 : (double) punct / lines;
        double shortRatio = lines == 0 ? 0 : (double) shortLines / lines;
        double dupRatio = textChars == 0 ? 0 : (double) dupChars / textChars;
        double listRatio = (double) newLines / Math.max(1, profile.wordCount());
        scores.accept(Reasons.FINEWEB_LINE_PUNCT_RATIO, punctRatio);
        scores.accept(Reasons.FINEWEB_SHORT_LINE_RATIO, shortRatio);
        scores.accept(Reasons.FINEWEB_CHAR_DUP_RATIO, dupRatio);
        scores.accept(Reasons.FINEWEB_LIST_RATIO, listRatio);

        if (punctRatio < config.linePunctThr() && !(punct == 0 && config.linePunctExcludeZero())) {
            return FilterResult.reject(Reasons.FINEWEB_LINE_PUNCT_RATIO, punctRatio, "< " + config.linePunctThr());
        }
        if (shortRatio > config.shortLineThr()) {
            return FilterResult.reject(Reasons.FINEWEB_SHORT_LINE_RATIO, shortRatio, "> " + config.shortLineThr());
        }
        if (dupRatio > config.charDuplicatesRatio()) {
            return FilterResult.reject(Reasons.FINEWEB_CHAR_DUP_RATIO, dupRatio, "> " + config.charDuplicatesRatio());
        }
        if (listRatio > config.newLineRatio()) {
            return FilterResult.reject(Reasons.FINEWEB_LIST_RATIO, listRatio, "> " + config.newLineRatio());
        }
        return FilterResult.keep();
    }

    static boolean isTerminal(char c) {
        switch (c) {
            case '.', '!', '?', '"', '\'', '\u2026', '\u201D', '\u00BB', '\u2019', '\u037E', '\u0589':
                return true;
            default:
                return false;
        }
    }
}
