package eu.eurocurate.filters;

import java.util.Arrays;

/**
 * One document's text split once into words and lines, shared by every rule that needs them (datatrove tokenizes the
 * text again in each filter; on a crawl that is most of the filtering time).
 *
 * <p><b>Words.</b> A word is a whitespace-delimited token with its leading and trailing punctuation and symbols
 * stripped ({@code "(Hello,"} becomes {@code Hello}); a token with no letter, digit or combining mark at all
 * ({@code "—"}, {@code "..."}, {@code "€"}) is a symbol token and not a word. Inner punctuation stays
 * ({@code don't}, {@code e-mail}, {@code z.B}). This is the whitespace splitting Dolma's Gopher tagger uses, plus the
 * punctuation stripping that stands in for datatrove's separate punctuation tokens and its {@code non_symbol_words}.
 * It needs no per-language model and is exact for the alphabetic scripts of the mission languages (Latin, Cyrillic,
 * Greek, Georgian, Armenian); it is wrong for scripts written without spaces (Chinese, Japanese, Thai), which are not
 * mission languages.
 *
 * <p><b>Lines.</b> Lines are split as Python's {@code str.splitlines()} splits them (the call datatrove uses):
 * {@code \n}, {@code \r}, {@code \r\n}, {@code \v}, {@code \f}, {@code \x1c}-{@code \x1e}, {@code \x85},
 * {@code \u2028}, {@code \u2029}; a final terminator does not start an empty line. A line is <i>blank</i> when it
 * holds only whitespace. Each line also records its number of whitespace tokens and its longest token, which C4's
 * line rules need (a token never spans lines: every line terminator is whitespace).
 *
 * <p>Everything is found in one pass over the characters.
 *
 * <p>Not thread-safe (the word ids are computed lazily); build one per document.
 */
public final class TextProfile {

    private final String text;
    private final char[] chars;
    private boolean hasSurrogates;

    private int wordCount;
    private int[] wordStart;
    private int[] wordEnd;
    private int symbolTokens;

    private int lineCount;
    private int[] lineStart;
    private int[] lineEnd;
    private int[] lineTokens;
    private int[] lineLongestToken;
    private int nonBlankLines;

    private int[] wordIds;
    private int[] lineHashes;
    private int newlines;

    private TextProfile(String text) {
        this.text = text;
        // One copy of the text as an array: every rule scans it, and array loops run without String's per-char
        // bounds and coder checks.
        this.chars = text.toCharArray();
        split();
    }

    /** Splits {@code text} (null is treated as empty). */
    public static TextProfile of(String text) {
        return new TextProfile(text == null ? "" : text);
    }

    public String text() {
        return text;
    }

    /** The text's characters. Shared, not copied: callers must not modify it. */
    char[] chars() {
        return chars;
    }

    /** Number of words (tokens holding at least one letter, digit or mark). */
    public int wordCount() {
        return wordCount;
    }

    /** Whitespace-delimited tokens made only of punctuation and symbols. */
    public int symbolTokens() {
        return symbolTokens;
    }

    /** Start offset (UTF-16 index, inclusive) of word {@code i}. */
    public int wordStart(int i) {
        return wordStart[i];
    }

    /** End offset (UTF-16 index, exclusive) of word {@code i}. */
    public int wordEnd(int i) {
        return wordEnd[i];
    }

    /** Length of word {@code i} in UTF-16 units, the unit of {@code text().length()}. */
    public int wordChars(int i) {
        return wordEnd[i] - wordStart[i];
    }

    /** Sum of the words' lengths in Unicode code points (what Python's {@code len} counts). */
    public long totalWordCodePoints() {
        long sum = 0;
        if (!hasSurrogates) {
            for (int i = 0; i < wordCount; i++) {
                sum += wordEnd[i] - wordStart[i];
            }
        } else {
            for (int i = 0; i < wordCount; i++) {
                sum += Character.codePointCount(chars, wordStart[i], wordEnd[i] - wordStart[i]);
            }
        }
        return sum;
    }

    /** Word {@code i} as a string. */
    public String word(int i) {
        return text.substring(wordStart[i], wordEnd[i]);
    }

    public int lineCount() {
        return lineCount;
    }

    public int nonBlankLineCount() {
        return nonBlankLines;
    }

    public int lineStart(int i) {
        return lineStart[i];
    }

    /** End of line {@code i}, before its terminator. */
    public int lineEnd(int i) {
        return lineEnd[i];
    }

    /** True when line {@code i} holds no token (only whitespace). */
    public boolean lineBlank(int i) {
        return lineTokens[i] == 0;
    }

    /** Whitespace-delimited tokens on line {@code i} (Python's {@code len(line.split())}). */
    public int lineTokens(int i) {
        return lineTokens[i];
    }

    /** Length in code points of the longest whitespace-delimited token on line {@code i}. */
    public int lineLongestToken(int i) {
        return lineLongestToken[i];
    }

    /** Number of {@code \n} characters (FineWeb's list-like rule counts them), found during the split. */
    public int newlineCount() {
        return newlines;
    }

    /** Length of {@code chars()[start, end)} in code points, without a scan when the text has no surrogates. */
    int codePoints(int start, int end) {
        return hasSurrogates ? Character.codePointCount(chars, start, end - start) : end - start;
    }

    /**
     * {@link #hash(char[], int, int)} of every line's characters (0 for a blank line), computed once on first call and
     * shared by the rules that compare lines and paragraphs (Gopher's duplicate lines and paragraphs, FineWeb's
     * duplicated characters): one pass over the text instead of one per rule.
     */
    int[] lineHashes() {
        if (lineHashes == null) {
            int[] h = new int[lineCount];
            for (int l = 0; l < lineCount; l++) {
                if (lineTokens[l] > 0) {
                    h[l] = hash(chars, lineStart[l], lineEnd[l]);
                }
            }
            lineHashes = h;
        }
        return lineHashes;
    }

    /**
     * A dense id per distinct word (case-sensitive, exact), in order of first occurrence: equal words get equal ids.
     * Computed on first call without allocating a string per word.
     */
    public int[] wordIds() {
        if (wordIds == null) {
            wordIds = computeWordIds();
        }
        return wordIds;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void split() {
        char[] cs = chars;
        int n = cs.length;
        int wordCapacity = Math.max(16, Math.min(n / 5 + 16, 1 << 20));
        wordStart = new int[wordCapacity];
        wordEnd = new int[wordCapacity];
        int lineCapacity = Math.max(8, Math.min(n / 40 + 8, 1 << 18));
        lineStart = new int[lineCapacity];
        lineEnd = new int[lineCapacity];
        lineTokens = new int[lineCapacity];
        lineLongestToken = new int[lineCapacity];

        int currentLineStart = 0;
        int tokensInLine = 0;
        int longestInLine = 0;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (isSeparator(c)) {
                if (c <= 0x1e || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    int terminator = terminatorLength(c, i, n);
                    if (c == '\n' || terminator == 2) { // "\r\n" holds one
                        newlines++;
                    }
                    if (terminator > 0) {
                        addLine(currentLineStart, i, tokensInLine, longestInLine);
                        i += terminator;
                        currentLineStart = i;
                        tokensInLine = 0;
                        longestInLine = 0;
                        continue;
                    }
                }
                i++;
                continue;
            }
            int tokenStart = i;
            int lowSurrogates = 0;
            while (i < n) {
                c = cs[i];
                if (isSeparator(c)) {
                    break;
                }
                if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                    hasSurrogates = true;
                    if (c >= Character.MIN_LOW_SURROGATE) {
                        lowSurrogates++;
                    }
                }
                i++;
            }
            tokensInLine++;
            longestInLine = Math.max(longestInLine, i - tokenStart - lowSurrogates);
            addWord(cs, tokenStart, i);
        }
        if (currentLineStart < n) {
            addLine(currentLineStart, n, tokensInLine, longestInLine);
        }
    }

    /** Strips the token's edge punctuation and records it as a word, or counts it as a symbol token. */
    private void addWord(char[] cs, int tokenStart, int tokenEnd) {
        int s = tokenStart;
        int e = tokenEnd;
        while (s < e) {
            char c = cs[s];
            if (c < 0x80) {
                if (isAsciiLetterOrDigit(c)) {
                    break;
                }
                s++;
                continue;
            }
            int cp = Character.codePointAt(cs, s, e);
            if (isWordChar(cp)) {
                break;
            }
            s += Character.charCount(cp);
        }
        while (e > s) {
            char c = cs[e - 1];
            if (c < 0x80) {
                if (isAsciiLetterOrDigit(c)) {
                    break;
                }
                e--;
                continue;
            }
            int cp = Character.codePointBefore(cs, e, s);
            if (isWordChar(cp)) {
                break;
            }
            e -= Character.charCount(cp);
        }
        if (s == e) {
            symbolTokens++;
            return;
        }
        if (wordCount == wordStart.length) {
            int grown = wordStart.length * 2;
            wordStart = Arrays.copyOf(wordStart, grown);
            wordEnd = Arrays.copyOf(wordEnd, grown);
        }
        wordStart[wordCount] = s;
        wordEnd[wordCount] = e;
        wordCount++;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Whitespace, control characters and invisible separators (zero-width space, BOM). */
    static boolean isSeparator(char c) {
        if (c < 0x80) {
            return c <= ' ' || c == 0x7f;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || c == '\u200B'
                || c == '\uFEFF';
    }

    /** Letters, digits and combining marks (a word's trailing diacritic is part of it); not punctuation or symbols. */
    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Length of the line terminator at {@code i} (Python's {@code splitlines} set), or 0 if none. */
    private int terminatorLength(char c, int i, int n) {
        switch (c) {
            case '\r':
                return i + 1 < n && chars[i + 1] == '\n' ? 2 : 1;
            case '\n', '\u000B', '\u000C', '\u001C', '\u001D', '\u001E', '\u0085', '\u2028', '\u2029':
                return 1;
            default:
                return 0;
        }
    }

    private void addLine(int start, int end, int tokens, int longestToken) {
        if (lineCount == lineStart.length) {
            int grown = lineCount * 2;
            lineStart = Arrays.copyOf(lineStart, grown);
            lineEnd = Arrays.copyOf(lineEnd, grown);
            lineTokens = Arrays.copyOf(lineTokens, grown);
            lineLongestToken = Arrays.copyOf(lineLongestToken, grown);
        }
        lineStart[lineCount] = start;
        lineEnd[lineCount] = end;
        lineTokens[lineCount] = tokens;
        lineLongestToken[lineCount] = longestToken;
        lineCount++;
        if (tokens > 0) {
            nonBlankLines++;
        }
    }

    private int[] computeWordIds() {
        int[] ids = new int[wordCount];
        int[] hashes = new int[wordCount];
        int mask = tableMask(wordCount);
        int[] table = new int[mask + 1]; // word index + 1 of each distinct word's first occurrence; 0 = empty
        int next = 0;
        for (int w = 0; w < wordCount; w++) {
            int h = hash(wordStart[w], wordEnd[w]);
            hashes[w] = h;
            int slot = mix(h) & mask;
            while (true) {
                int entry = table[slot];
                if (entry == 0) {
                    table[slot] = w + 1;
                    ids[w] = next++;
                    break;
                }
                int first = entry - 1;
                if (hashes[first] == h && sameWord(first, w)) {
                    ids[w] = ids[first];
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return ids;
    }

    /** The word ids if {@link #wordIds()} has been called, else null (for rules that can use but need not build them). */
    int[] wordIdsIfComputed() {
        return wordIds;
    }

    /** Polynomial hash of a span of {@code cs}, as {@link String#hashCode()}. */
    static int hash(char[] cs, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + cs[k];
        }
        return h;
    }

    private int hash(int start, int end) {
        return hash(chars, start, end);
    }

    private boolean sameWord(int a, int b) {
        int start = wordStart[a];
        int other = wordStart[b];
        int length = wordEnd[a] - start;
        if (length != wordEnd[b] - other) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[start + k] != chars[other + k]) {
                return false;
            }
        }
        return true;
    }

    /** Mask of a power-of-two open-addressing table at most half full for {@code entries} entries. */
    static int tableMask(int entries) {
        int capacity = Integer.highestOneBit(Math.min(Math.max(8, entries), 1 << 28) * 2 - 1) << 1;
        return capacity - 1;
    }

    /** Spreads a hash over the low bits (the finaliser of MurmurHash3). */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
