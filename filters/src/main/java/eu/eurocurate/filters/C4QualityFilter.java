package eu.eurocurate.filters;

import eu.eurocurate.core.config.QualityConfig;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.ObjDoubleConsumer;
import java.util.regex.Pattern;

/**
 * C4's cleaning rules: Raffel et al. 2020, "Exploring the Limits of Transfer Learning with a Unified Text-to-Text
 * Transformer", section 2.2, with the semantics of datatrove's {@code C4QualityFilter} (huggingface/datatrove,
 * {@code src/datatrove/pipeline/filters/c4_filters.py}, itself after TensorFlow Datasets' {@code c4_utils.py}). Each
 * line is stripped and then, in datatrove's order:
 *
 * <ol>
 *   <li>removed if a whitespace token is longer than {@code max_word_length} (1000);</li>
 *   <li>cleared of Wikipedia-style citations ({@code [12]}, {@code [edit]}, {@code [citation needed]}), as datatrove
 *       does by default;</li>
 *   <li>if {@code filter_no_terminal_punct}: removed unless it ends in terminal punctuation and not in {@code ...}
 *       (C4's {@code . ? ! " '}, plus closing quotes {@code ” “ » « ’}, the Greek question mark U+037E and the
 *       Armenian full stop U+0589); off by default, as in FineWeb;</li>
 *   <li>removed if it has fewer than {@code min_words_per_line} whitespace tokens (3);</li>
 *   <li>if {@code filter_lorem_ipsum}: the whole document is rejected ({@code lorem_ipsum}) when it says
 *       "lorem ipsum";</li>
 *   <li>if {@code filter_javascript}: removed when it mentions "javascript";</li>
 *   <li>if {@code filter_curly_bracket}: the whole document is rejected ({@code curly_bracket}) when it holds an
 *       opening curly bracket;</li>
 *   <li>if {@code filter_policy}: removed when it holds "terms of use", "privacy policy", "cookie policy",
 *       "uses cookies", "use of cookies" or "use cookies";</li>
 * </ol>
 * and finally the document is rejected ({@code too_few_sentences}) if the kept lines hold fewer than
 * {@code min_sentences} sentences (5). The document-level rejections are reported for the first line that triggers
 * one, with that line's 1-based number as the value, as datatrove returns at that line.
 *
 * <p>Differences from datatrove: sentences are counted by a punctuation rule (a run of {@code . ! ? …} or the Greek
 * and Armenian stops followed by a space or the end of the line closes a sentence; a line with words and no such stop
 * is one sentence) instead of NLTK's English Punkt model, so abbreviations such as "Dr." can count as sentence ends;
 * blank lines are paragraph separators, not removed lines, and a paragraph break between kept lines is kept as one
 * empty line (datatrove joins all kept lines with single newlines). The phrase lists are C4's English ones; other
 * languages' boilerplate passes (issue 6).
 *
 * <p>Immutable and thread-safe.
 */
public final class C4QualityFilter {

    /** C4's boilerplate phrases (datatrove's {@code POLICY_SUBSTRINGS}). */
    static final String[] POLICY_PHRASES = {
            "terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies"};

    private static final Phrases PHRASES = new Phrases();

    /** datatrove's {@code CITATION_REGEX}. */
    private static final Pattern CITATION = Pattern.compile("\\[\\d*]|\\[edit]|\\[citation needed]");

    private final QualityConfig.C4 config;

    public C4QualityFilter(QualityConfig.C4 config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * The answer and the cleaned text.
     *
     * @param verdict      keep, or the document-level rule that failed
     * @param text         the kept lines (meaningful when kept)
     * @param linesRemoved lines removed by the line-level rules
     */
    public record Result(FilterResult verdict, String text, int linesRemoved) {
    }

    /**
     * Cleans the document line by line, reports the sentence count and removed-line counts to {@code scores}, and
     * answers keep or reject with the cleaned text.
     */
    public Result apply(TextProfile profile, ObjDoubleConsumer<String> scores) {
        char[] text = profile.chars();
        StringBuilder kept = new StringBuilder(text.length);
        boolean paragraphBreak = false;
        int firstLorem = 0;
        int firstCurly = 0;
        int sentences = 0;
        int tooLongWord = 0;
        int noTerminalPunct = 0;
        int tooFewWords = 0;
        int javascript = 0;
        int policy = 0;
        FilterResult documentRejection = null;

        for (int l = 0; l < profile.lineCount(); l++) {
            if (profile.lineBlank(l)) {
                paragraphBreak = kept.length() > 0;
                continue;
            }
            // The stripped line is cs[start, end).
            char[] cs = text;
            int start = profile.lineStart(l);
            int end = profile.lineEnd(l);
            while (start < end && TextProfile.isSeparator(cs[start])) {
                start++;
            }
            while (end > start && TextProfile.isSeparator(cs[end - 1])) {
                end--;
            }
            int tokens = profile.lineTokens(l);
            if (profile.lineLongestToken(l) > config.maxWordLength()) {
                tooLongWord++;
                continue;
            }
            // One pass over the line finds the phrases, the brackets and the sentences (used only if the line is kept).
            long scanned = PHRASES.scan(cs, start, end);
            int found = (int) scanned;
            if ((found & Phrases.SQUARE_BRACKET) != 0) {
                String line = CITATION.matcher(new String(cs, start, end - start)).replaceAll("");
                cs = line.toCharArray();
                start = 0;
                end = cs.length;
                scanned = PHRASES.scan(cs, start, end);
                found = (int) scanned;
            }
            if (config.filterNoTerminalPunct() && !endsWithTerminalPunctuation(cs, start, end)) {
                noTerminalPunct++;
                continue;
            }
            if (tokens < config.minWordsPerLine()) {
                tooFewWords++;
                continue;
            }
            if (firstLorem == 0 && (found & Phrases.LOREM_IPSUM) != 0) {
                firstLorem = l + 1;
            }
            if (config.filterLoremIpsum() && documentRejection == null && (found & Phrases.LOREM_IPSUM) != 0) {
                documentRejection = FilterResult.reject(Reasons.C4_LOREM_IPSUM, l + 1,
                        "\"lorem ipsum\" on line " + (l + 1));
            }
            if (config.filterJavascript() && (found & Phrases.JAVASCRIPT) != 0) {
                javascript++;
                continue;
            }
            boolean curly = (found & Phrases.CURLY_BRACKET) != 0 && hasCodeBrace(cs, start, end);
            if (firstCurly == 0 && curly) {
                firstCurly = l + 1;
            }
            if (config.filterCurlyBracket() && documentRejection == null && curly) {
                documentRejection = FilterResult.reject(Reasons.C4_CURLY_BRACKET, l + 1, "'{' on line " + (l + 1));
            }
            if (config.filterPolicy() && (found & Phrases.POLICY) != 0) {
                policy++;
                continue;
            }
            sentences += (int) (scanned >>> 32);
            if (kept.length() > 0) {
                kept.append(paragraphBreak ? "\n\n" : "\n");
            }
            kept.append(cs, start, end - start);
            paragraphBreak = false;
        }

        int removed = tooLongWord + noTerminalPunct + tooFewWords + javascript + policy;
        scores.accept(Reasons.C4_SENTENCES, sentences);
        scores.accept(Reasons.C4_LINES_REMOVED, removed);
        // Measured whether or not the page rules are on, so that re-filtering can switch them on later.
        scores.accept(Reasons.C4_LOREM_IPSUM, firstLorem);
        scores.accept(Reasons.C4_CURLY_BRACKET, firstCurly);
        reportIfAny(scores, Reasons.C4_REMOVED_TOO_LONG_WORD, tooLongWord);
        reportIfAny(scores, Reasons.C4_REMOVED_NO_TERMINAL_PUNCT, noTerminalPunct);
        reportIfAny(scores, Reasons.C4_REMOVED_TOO_FEW_WORDS, tooFewWords);
        reportIfAny(scores, Reasons.C4_REMOVED_JAVASCRIPT, javascript);
        reportIfAny(scores, Reasons.C4_REMOVED_POLICY, policy);

        FilterResult verdict;
        if (documentRejection != null) {
            verdict = documentRejection;
        } else if (sentences < config.minSentences()) {
            verdict = FilterResult.reject(Reasons.C4_TOO_FEW_SENTENCES, sentences, "< " + config.minSentences());
        } else {
            verdict = FilterResult.keep();
        }
        return new Result(verdict, kept.toString(), removed);
    }

    private static void reportIfAny(ObjDoubleConsumer<String> scores, String key, int count) {
        if (count > 0) {
            scores.accept(key, count);
        }
    }

    /**
     * Whether the line holds a {@code {} that is not Serbian Wikipedia's script-conversion marker {@code -{...}-}
     * (which keeps a name from being transliterated, e.g. {@code Хенри Керсам (-{Henry Cursham}-)}): C4's rule is
     * meant for code, and without this exception it dropped 46 of 50 Serbian test documents (filters/README.md).
     */
    static boolean hasCodeBrace(char[] cs, int start, int end) {
        for (int i = start; i < end; i++) {
            if (cs[i] == '{' && !(i > start && cs[i - 1] == '-')) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithTerminalPunctuation(char[] cs, int start, int end) {
        if (end == start) {
            return false;
        }
        if (end - start >= 3 && cs[end - 1] == '.' && cs[end - 2] == '.' && cs[end - 3] == '.') {
            return false;
        }
        switch (cs[end - 1]) {
            case '.', '?', '!', '"', '\'', '\u201D', '\u201C', '\u00BB', '\u00AB', '\u2019', '\u037E', '\u0589':
                return true;
            default:
                return false;
        }
    }

    /**
     * Sentences in one line: each run of sentence-final punctuation (with any closing quotes or brackets after it)
     * that follows some letter or digit and is followed by whitespace or the end of the line closes one; words after
     * the last such run make one more. The count is a by-product of the one pass over the line ({@code scan}).
     */
    static int countSentences(char[] cs, int start, int end) {
        return (int) (PHRASES.scan(cs, start, end) >>> 32);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u037E' || c == '\u0589';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u201C' || c == '\u2019'
                || c == '\u00BB' || c == '\u00AB';
    }

    /**
     * Finds C4's phrases and brackets in one pass over a line, ignoring case: at each position only the phrases
     * starting with that letter are compared. Replaces lower-casing every line and searching it once per phrase.
     */
    private static final class Phrases {
        static final int LOREM_IPSUM = 1;
        static final int JAVASCRIPT = 2;
        static final int POLICY = 4;
        static final int CURLY_BRACKET = 8;
        static final int SQUARE_BRACKET = 16;

        private final char[][][] byFirstLetter = new char[128][][];
        private final int[][] flagsByFirstLetter = new int[128][];
        /** The phrases' first two letters, {@code first * 128 + second}: most positions fail this one lookup. */
        private final boolean[] startsPhrase = new boolean[128 * 128];
        /** Characters worth a closer look: brackets and the phrases' first letters in both cases. */
        private final boolean[] interesting = new boolean[128];
        /** ASCII character classes for {@link #scan}: 0 for characters no rule looks at. */
        private final byte[] asciiClasses = new byte[128];

        Phrases() {
            add("lorem ipsum", LOREM_IPSUM);
            add("javascript", JAVASCRIPT);
            for (String p : POLICY_PHRASES) {
                add(p, POLICY);
            }
            interesting['{'] = true;
            interesting['['] = true;
            for (char c = 0; c < 128; c++) {
                asciiClasses[c] = (byte) ((isAsciiLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                        | (isSentenceEnd(c) ? SENTENCE_END : 0) | (interesting[c] ? PHRASE_OR_BRACKET : 0));
            }
        }

        private void add(String phrase, int flag) {
            int first = phrase.charAt(0);
            char[][] old = byFirstLetter[first] == null ? new char[0][] : byFirstLetter[first];
            int[] oldFlags = flagsByFirstLetter[first] == null ? new int[0] : flagsByFirstLetter[first];
            char[][] grown = Arrays.copyOf(old, old.length + 1);
            int[] grownFlags = Arrays.copyOf(oldFlags, oldFlags.length + 1);
            grown[old.length] = phrase.toCharArray();
            grownFlags[old.length] = flag;
            byFirstLetter[first] = grown;
            flagsByFirstLetter[first] = grownFlags;
            startsPhrase[first * 128 + phrase.charAt(1)] = true;
            interesting[first] = true;
            interesting[Character.toUpperCase(first)] = true;
        }

        private static final int LETTER_OR_DIGIT = 1;
        private static final int SENTENCE_END = 2;
        private static final int PHRASE_OR_BRACKET = 4;

        /**
         * The phrase search and the sentence count in one pass over the line: the sentence count in the high 32 bits,
         * the bit set of phrase families and brackets in the low 32 bits (the characters the sentence rule skips after
         * a sentence end, punctuation and closing quotes, start no phrase and are no bracket), without reading the
         * line twice.
         */
        long scan(char[] cs, int start, int end) {
            byte[] classes = asciiClasses;
            int found = 0;
            int count = 0;
            boolean content = false;
            // Once the current sentence has content, letters and digits no longer matter to the sentence rule: most
            // characters then take the first branch below.
            int wanted = LETTER_OR_DIGIT | SENTENCE_END | PHRASE_OR_BRACKET;
            int i = start;
            while (i < end) {
                char c = cs[i];
                int cls;
                if (c < 0x80) {
                    cls = classes[c] & wanted;
                    if (cls == 0) {
                        i++;
                        continue;
                    }
                } else {
                    cls = isSentenceEnd(c) ? SENTENCE_END : (!content && Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0);
                }
                if ((cls & SENTENCE_END) != 0) {
                    int j = i + 1;
                    while (j < end && (isSentenceEnd(cs[j]) || isCloser(cs[j]))) {
                        j++;
                    }
                    if (content && (j == end || TextProfile.isSeparator(cs[j]))) {
                        count++;
                        content = false;
                        wanted |= LETTER_OR_DIGIT;
                    }
                    i = j;
                    continue;
                }
                if ((cls & LETTER_OR_DIGIT) != 0) {
                    content = true;
                    wanted &= ~LETTER_OR_DIGIT;
                }
                if ((cls & PHRASE_OR_BRACKET) != 0) {
                    found |= findAt(cs, i, end, found);
                }
                i++;
            }
            return ((long) (content ? count + 1 : count) << 32) | (found & 0xFFFFFFFFL);
        }

        /** The phrase family or bracket starting at {@code i}, an interesting ASCII character (0 if none). */
        private int findAt(char[] cs, int i, int end, int found) {
            char c = cs[i];
            if (c == '{') {
                return CURLY_BRACKET;
            }
            if (c == '[') {
                return SQUARE_BRACKET;
            }
            if (i == end - 1) {
                return 0;
            }
            char next = cs[i + 1];
            if (next >= 0x80 || !startsPhrase[lowerAscii(c) * 128 + lowerAscii(next)]) {
                return 0;
            }
            int first = lowerAscii(c);
            char[][] candidates = byFirstLetter[first];
            int[] flags = flagsByFirstLetter[first];
            int more = 0;
            for (int k = 0; k < candidates.length; k++) {
                if (((found | more) & flags[k]) == 0 && matchesAt(candidates[k], cs, i, end)) {
                    more |= flags[k];
                }
            }
            return more;
        }

        private static int lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }

        private static boolean matchesAt(char[] phrase, char[] cs, int at, int end) {
            if (end - at < phrase.length) {
                return false;
            }
            for (int k = 2; k < phrase.length; k++) {
                char c = cs[at + k];
                char folded = c < 0x80 ? (char) lowerAscii(c) : StopWordTable.fold(c);
                if (folded != phrase[k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
