package eu.eurocurate.filters;

import eu.eurocurate.core.config.QualityConfig;

import java.util.Objects;
import java.util.function.ObjDoubleConsumer;

/**
 * Gopher's document quality rules: Rae et al. 2021, "Scaling Language Models: Methods, Analysis &amp; Insights from
 * Training Gopher", appendix A.1.1, in the order and with the defaults of datatrove's {@code GopherQualityFilter}
 * (huggingface/datatrove, {@code src/datatrove/pipeline/filters/gopher_quality_filter.py}). Every rule is measured and
 * reported as a score; the answer names the first rule that fails.
 *
 * <ol>
 *   <li>{@code word_count}: words in [{@code min_words}, {@code max_words}] (Gopher: 50 to 100,000);</li>
 *   <li>{@code mean_word_length}: mean word length in code points in [{@code min_mean_word_length},
 *       {@code max_mean_word_length}] (Gopher: 3 to 10);</li>
 *   <li>{@code symbol_word_ratio}: {@code #} per word, then ({@code ...} + {@code …}) per word, each at most
 *       {@code max_symbol_word_ratio} (Gopher: 0.1); the score is the larger of the two;</li>
 *   <li>{@code bullet_lines}: share of lines starting with {@code •} or {@code -} at most
 *       {@code max_bullet_lines_ratio} (Gopher: 0.9; datatrove's bullet characters);</li>
 *   <li>{@code ellipsis_lines}: share of lines ending with {@code ...} or {@code …} at most
 *       {@code max_ellipsis_lines_ratio} (Gopher: 0.3);</li>
 *   <li>{@code alpha_words}: share of words holding a letter at least {@code min_alpha_words_ratio} (Gopher: 0.8);</li>
 *   <li>{@code stop_words}: at least {@code min_stop_words} distinct stop words of the document's language (Gopher:
 *       two of its eight English words); skipped, with no score, for a language without a list (see
 *       {@link StopWords}).</li>
 * </ol>
 *
 * <p>Deliberate differences from datatrove, each to make the rule mean the same thing in every language and for every
 * extractor: words come from {@link TextProfile} (whitespace tokens stripped of edge punctuation) rather than an
 * English NLTK/spaCy tokenizer, so the ratios' denominators count words, not punctuation tokens, as the paper words
 * them; line ratios ignore blank lines (an extractor that separates paragraphs with empty lines would otherwise halve
 * them); stop words are matched case-insensitively and counted once each ("at least two of the following words", as
 * the paper and newer datatrove versions count them).
 *
 * <p>Immutable and thread-safe.
 */
public final class GopherQualityFilter {

    private final QualityConfig.GopherQuality config;
    private final StopWords stopWords;

    public GopherQualityFilter(QualityConfig.GopherQuality config, StopWords stopWords) {
        this.config = Objects.requireNonNull(config, "config");
        this.stopWords = Objects.requireNonNull(stopWords, "stopWords");
    }

    /** Uses the stop-word lists shipped in the jar. */
    public GopherQualityFilter(QualityConfig.GopherQuality config) {
        this(config, StopWords.bundled());
    }

    /**
     * Measures the document, reports every measurement to {@code scores} (keys are the reason codes in
     * {@link Reasons}) and answers keep or reject.
     *
     * @param language the document's language label ({@code deu_Latn}), or null when unknown
     */
    public FilterResult apply(TextProfile profile, String language, ObjDoubleConsumer<String> scores) {
        String text = profile.text();
        char[] cs = profile.chars();
        int words = profile.wordCount();
        int perWord = Math.max(words, 1);

        double meanWordLength = words == 0 ? 0 : (double) profile.totalWordCodePoints() / words;
        double hashRatio = (double) count(text, "#") / perWord;
        double ellipsisRatio = (double) (count(text, "...") + count(text, "\u2026")) / perWord;

        int lines = 0;
        int bulletLines = 0;
        int ellipsisLines = 0;
        for (int l = 0; l < profile.lineCount(); l++) {
            if (profile.lineBlank(l)) {
                continue;
            }
            lines++;
            if (startsWithBullet(cs, profile.lineStart(l), profile.lineEnd(l))) {
                bulletLines++;
            }
            if (endsWithEllipsis(cs, profile.lineStart(l), profile.lineEnd(l))) {
                ellipsisLines++;
            }
        }
        double bulletRatio = lines == 0 ? 0 : (double) bulletLines / lines;
        double ellipsisLineRatio = lines == 0 ? 0 : (double) ellipsisLines / lines;

        int alphaWords = 0;
        for (int w = 0; w < words; w++) {
            if (hasLetter(cs, profile.wordStart(w), profile.wordEnd(w))) {
                alphaWords++;
            }
        }
        double alphaRatio = words == 0 ? 0 : (double) alphaWords / words;

        StopWordTable list = stopWords.table(language);
        int distinctStopWords = list == null ? -1 : distinctStopWords(profile, list);

        scores.accept(Reasons.GOPHER_WORD_COUNT, words);
        scores.accept(Reasons.GOPHER_MEAN_WORD_LENGTH, meanWordLength);
        scores.accept(Reasons.GOPHER_SYMBOL_WORD_RATIO, Math.max(hashRatio, ellipsisRatio));
        scores.accept(Reasons.GOPHER_BULLET_LINES, bulletRatio);
        scores.accept(Reasons.GOPHER_ELLIPSIS_LINES, ellipsisLineRatio);
        scores.accept(Reasons.GOPHER_ALPHA_WORDS, alphaRatio);
        if (distinctStopWords >= 0) {
            scores.accept(Reasons.GOPHER_STOP_WORDS, distinctStopWords);
        }

        if (words < config.minWords()) {
            return FilterResult.reject(Reasons.GOPHER_WORD_COUNT, words, "< " + config.minWords());
        }
        if (words > config.maxWords()) {
            return FilterResult.reject(Reasons.GOPHER_WORD_COUNT, words, "> " + config.maxWords());
        }
        if (meanWordLength < config.minMeanWordLength()) {
            return FilterResult.reject(Reasons.GOPHER_MEAN_WORD_LENGTH, meanWordLength,
                    "< " + config.minMeanWordLength());
        }
        if (meanWordLength > config.maxMeanWordLength()) {
            return FilterResult.reject(Reasons.GOPHER_MEAN_WORD_LENGTH, meanWordLength,
                    "> " + config.maxMeanWordLength());
        }
        if (hashRatio > config.maxSymbolWordRatio()) {
            return FilterResult.reject(Reasons.GOPHER_SYMBOL_WORD_RATIO, hashRatio,
                    "'#' per word > " + config.maxSymbolWordRatio());
        }
        if (ellipsisRatio > config.maxSymbolWordRatio()) {
            return FilterResult.reject(Reasons.GOPHER_SYMBOL_WORD_RATIO, ellipsisRatio,
                    "ellipses per word > " + config.maxSymbolWordRatio());
        }
        if (bulletRatio > config.maxBulletLinesRatio()) {
            return FilterResult.reject(Reasons.GOPHER_BULLET_LINES, bulletRatio, "> " + config.maxBulletLinesRatio());
        }
        if (ellipsisLineRatio > config.maxEllipsisLinesRatio()) {
            return FilterResult.reject(Reasons.GOPHER_ELLIPSIS_LINES, ellipsisLineRatio,
                    "> " + config.maxEllipsisLinesRatio());
        }
        if (alphaRatio < config.minAlphaWordsRatio()) {
            return FilterResult.reject(Reasons.GOPHER_ALPHA_WORDS, alphaRatio, "< " + config.minAlphaWordsRatio());
        }
        if (distinctStopWords >= 0 && distinctStopWords < config.minStopWords()) {
            return FilterResult.reject(Reasons.GOPHER_STOP_WORDS, distinctStopWords,
                    "< " + config.minStopWords() + " (" + language + ")");
        }
        return FilterResult.keep();
    }

    /** Non-overlapping occurrences, as Python's {@code str.count}. */
    static int count(String text, String needle) {
        int n = 0;
        int from = text.indexOf(needle);
        while (from >= 0) {
            n++;
            from = text.indexOf(needle, from + needle.length());
        }
        return n;
    }

    /** After leading whitespace (Python's {@code lstrip}), the line starts with {@code •} or {@code -}. */
    private static boolean startsWithBullet(char[] cs, int start, int end) {
        int i = start;
        while (i < end && TextProfile.isSeparator(cs[i])) {
            i++;
        }
        if (i == end) {
            return false;
        }
        char c = cs[i];
        return c == '\u2022' || c == '-';
    }

    /** Before trailing whitespace (Python's {@code rstrip}), the line ends with {@code ...} or {@code …}. */
    private static boolean endsWithEllipsis(char[] cs, int start, int end) {
        int i = end;
        while (i > start && TextProfile.isSeparator(cs[i - 1])) {
            i--;
        }
        if (i == start) {
            return false;
        }
        if (cs[i - 1] == '\u2026') {
            return true;
        }
        return i - start >= 3 && cs[i - 1] == '.' && cs[i - 2] == '.' && cs[i - 3] == '.';
    }

    private static boolean hasLetter(char[] cs, int start, int end) {
        for (int i = start; i < end; ) {
            char c = cs[i];
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    return true;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(cs, i, end);
            if (cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') : Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Stop words that are clitics written joined to the next word: Maltese {@code tal-}, {@code il-} ({@code tal-belt}),
     * French and Italian {@code l'}, {@code d'} ({@code l'homme}). FineWeb-2's lists hold them with their hyphen or
     * apostrophe; the word here is a whole whitespace token, so its part up to the first hyphen or apostrophe
     * (typographic apostrophe read as ASCII) is looked up as well.
     */
    private static int cliticIndex(StopWordTable list, char[] cs, int start, int end) {
        for (int i = start + 1; i < end - 1 && i - start < 6; i++) {
            char c = cs[i];
            if (c == '-' || c == '\'' || c == '\u2019') {
                if (c == '\u2019') {
                    char[] prefix = java.util.Arrays.copyOfRange(cs, start, i + 1);
                    prefix[prefix.length - 1] = '\'';
                    return list.indexOf(prefix, 0, prefix.length);
                }
                return list.indexOf(cs, start, i + 1);
            }
        }
        return -1;
    }

    private static int distinctStopWords(TextProfile profile, StopWordTable list) {
        boolean[] seen = new boolean[list.size()];
        int distinct = 0;
        char[] cs = profile.chars();
        // With the word ids at hand (the repetition filter computed them), each distinct word is looked up once, at
        // its first occurrence: a repeat would find the same stop word, already counted.
        int[] ids = profile.wordIdsIfComputed();
        int nextNewId = 0;
        for (int w = 0; w < profile.wordCount() && distinct < seen.length; w++) {
            if (ids != null) {
                if (ids[w] != nextNewId) {
                    continue;
                }
                nextNewId++;
            }
            int start = profile.wordStart(w);
            int end = profile.wordEnd(w);
            int index = list.indexOf(cs, start, end);
            if (index < 0) {
                index = cliticIndex(list, cs, start, end);
            }
            if (index >= 0 && !seen[index]) {
                seen[index] = true;
                distinct++;
            }
        }
        return distinct;
    }
}
