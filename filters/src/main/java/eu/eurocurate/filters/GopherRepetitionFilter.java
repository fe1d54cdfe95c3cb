package eu.eurocurate.filters;

import eu.eurocurate.core.config.QualityConfig;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ObjDoubleConsumer;

/**
 * Gopher's repetition rules: Rae et al. 2021, table A1, with the semantics of datatrove's
 * {@code GopherRepetitionFilter} (huggingface/datatrove,
 * {@code src/datatrove/pipeline/filters/gopher_repetition_filter.py}).
 * Every rule is measured and reported as a score; the answer names the first rule that fails, in datatrove's order:
 *
 * <ol>
 *   <li>{@code dup_para_frac}: paragraphs that repeat an earlier paragraph, over all paragraphs (default 0.3);</li>
 *   <li>{@code dup_para_char_frac}: characters in those repeats, over the text's characters (0.2);</li>
 *   <li>{@code dup_line_frac}, {@code dup_line_char_frac}: the same for lines (0.3, 0.2);</li>
 *   <li>{@code top_<n>_gram}: characters of the most frequent word n-gram (words joined by one space) times its
 *       count, over the text's characters, for n = 2, 3, 4 (0.20, 0.18, 0.16); on a tie the n-gram seen first wins,
 *       as with Python's {@code Counter.most_common(1)};</li>
 *   <li>{@code dup_<n>_gram}: characters (without spaces) of n-grams that repeat an earlier one, scanning left to
 *       right and jumping past each repeat, over the text's characters, for n = 5 to 10 (0.15 down to 0.10).</li>
 * </ol>
 *
 * <p>Lines and paragraphs: a paragraph is a run of non-blank lines between blank lines (datatrove splits on
 * {@code \n\n+}, so a line holding only spaces does not separate paragraphs there); blank lines are neither lines nor
 * paragraphs here (datatrove counts whitespace-only lines). Words are {@link TextProfile}'s (case-sensitive, edge
 * punctuation stripped) instead of an English NLTK/spaCy tokenizer's, so punctuation tokens do not count as n-gram
 * members. Characters are UTF-16 units on both sides of each ratio.
 *
 * <p>N-grams are compared exactly: each is found through a 64-bit polynomial hash of word ids and then checked word by
 * word, so a hash collision can never merge two different n-grams; a position whose shorter n-gram occurs only once is
 * skipped for longer ones (it cannot start a repeat). Immutable and thread-safe.
 */
public final class GopherRepetitionFilter {

    private final QualityConfig.GopherRepetition config;
    private final int[] topN;
    private final double[] topFrac;
    private final String[] topReason;
    private final int[] dupN;
    private final double[] dupFrac;
    private final String[] dupReason;

    public GopherRepetitionFilter(QualityConfig.GopherRepetition config) {
        this.config = Objects.requireNonNull(config, "config");
        TreeMap<Integer, Double> top = new TreeMap<>(config.topNgramCharFrac());
        TreeMap<Integer, Double> dup = new TreeMap<>(config.dupNgramCharFrac());
        topN = new int[top.size()];
        topFrac = new double[top.size()];
        topReason = new String[top.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : top.entrySet()) {
            topN[i] = e.getKey();
            topFrac[i] = e.getValue();
            topReason[i] = Reasons.gopherTopNgram(e.getKey());
            i++;
        }
        dupN = new int[dup.size()];
        dupFrac = new double[dup.size()];
        dupReason = new String[dup.size()];
        i = 0;
        for (Map.Entry<Integer, Double> e : dup.entrySet()) {
            dupN[i] = e.getKey();
            dupFrac[i] = e.getValue();
            dupReason[i] = Reasons.gopherDupNgram(e.getKey());
            i++;
        }
    }

    /** Measures the document, reports every measurement to {@code scores} and answers keep or reject. */
    public FilterResult apply(TextProfile profile, ObjDoubleConsumer<String> scores) {
        String text = profile.text();
        double length = Math.max(1, text.length());

        // Paragraphs and lines.
        char[] cs = profile.chars();
        SpanSet seenParagraphs = new SpanSet(cs, profile.nonBlankLineCount());
        SpanSet seenLines = new SpanSet(cs, profile.nonBlankLineCount());
        int paragraphs = 0;
        int dupParagraphs = 0;
        long dupParagraphChars = 0;
        int lines = 0;
        int dupLines = 0;
        long dupLineChars = 0;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        for (int l = 0; l <= profile.lineCount(); l++) {
            boolean blank = l == profile.lineCount() || profile.lineBlank(l);
            if (blank) {
                if (paragraphStart >= 0) {
                    paragraphs++;
                    if (!seenParagraphs.add(paragraphStart, paragraphEnd)) {
                        dupParagraphs++;
                        dupParagraphChars += paragraphEnd - paragraphStart;
                    }
                    paragraphStart = -1;
                }
                continue;
            }
            int start = profile.lineStart(l);
            int end = profile.lineEnd(l);
            if (paragraphStart < 0) {
                paragraphStart = start;
            }
            paragraphEnd = end;
            lines++;
            if (!seenLines.add(start, end)) {
                dupLines++;
                dupLineChars += end - start;
            }
        }
        double dupParaFrac = paragraphs == 0 ? 0 : (double) dupParagraphs / paragraphs;
        double dupParaCharFrac = dupParagraphChars / length;
        double dupLineFrac = lines == 0 ? 0 : (double) dupLines / lines;
        double dupLineCharFrac = dupLineChars / length;
        scores.accept(Reasons.GOPHER_DUP_PARA_FRAC, dupParaFrac);
        scores.accept(Reasons.GOPHER_DUP_PARA_CHAR_FRAC, dupParaCharFrac);
        scores.accept(Reasons.GOPHER_DUP_LINE_FRAC, dupLineFrac);
        scores.accept(Reasons.GOPHER_DUP_LINE_CHAR_FRAC, dupLineCharFrac);

        // Word n-grams: counting passes in increasing n (each narrows the positions the next must look at), then the
        // duplicate scans.
        Ngrams ngrams = new Ngrams(profile);
        double[] top = new double[topN.length];
        for (int i = 0; i < topN.length; i++) {
            top[i] = ngrams.topNgramChars(topN[i]) / length;
            scores.accept(topReason[i], top[i]);
        }
        double[] dup = new double[dupN.length];
        if (dupN.length > 0) {
            ngrams.narrowTo(dupN[0]);
        }
        for (int i = 0; i < dupN.length; i++) {
            dup[i] = ngrams.duplicateNgramChars(dupN[i]) / length;
            scores.accept(dupReason[i], dup[i]);
        }

        if (dupParaFrac > config.dupParaFrac()) {
            return FilterResult.reject(Reasons.GOPHER_DUP_PARA_FRAC, dupParaFrac, "> " + config.dupParaFrac());
        }
        if (dupParaCharFrac > config.dupParaCharFrac()) {
            return FilterResult.reject(Reasons.GOPHER_DUP_PARA_CHAR_FRAC, dupParaCharFrac,
                    "> " + config.dupParaCharFrac());
        }
        if (dupLineFrac > config.dupLineFrac()) {
            return FilterResult.reject(Reasons.GOPHER_DUP_LINE_FRAC, dupLineFrac, "> " + config.dupLineFrac());
        }
        if (dupLineCharFrac > config.dupLineCharFrac()) {
            return FilterResult.reject(Reasons.GOPHER_DUP_LINE_CHAR_FRAC, dupLineCharFrac,
                    "> " + config.dupLineCharFrac());
        }
        for (int i = 0; i < topN.length; i++) {
            if (top[i] > topFrac[i]) {
                return FilterResult.reject(topReason[i], top[i], "> " + topFrac[i]);
            }
        }
        for (int i = 0; i < dupN.length; i++) {
            if (dup[i] > dupFrac[i]) {
                return FilterResult.reject(dupReason[i], dup[i], "> " + dupFrac[i]);
            }
        }
        return FilterResult.keep();
    }

    /** A set of text spans compared by content (open addressing; no string per span). */
    static final class SpanSet {
        private final char[] cs;
        private final int mask;
        private final int[] starts; // span start + 1; 0 = empty slot
        private final int[] ends;
        private final int[] hashes;

        SpanSet(char[] cs, int expected) {
            this.cs = cs;
            mask = TextProfile.tableMask(expected);
            starts = new int[mask + 1];
            ends = new int[mask + 1];
            hashes = new int[mask + 1];
        }

        /** Adds the span; false if an equal span was already in the set. */
        boolean add(int start, int end) {
            int h = TextProfile.hash(cs, start, end);
            int slot = TextProfile.mix(h) & mask;
            while (true) {
                int entry = starts[slot];
                if (entry == 0) {
                    starts[slot] = start + 1;
                    ends[slot] = end;
                    hashes[slot] = h;
                    return true;
                }
                if (hashes[slot] == h && Arrays.equals(cs, entry - 1, ends[slot], cs, start, end)) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /**
     * The word sequence of one document with prefix hashes, so that any n-gram's hash costs O(1), and one reusable
     * open-addressing table. Each slot packs 32 bits of the n-gram's hash with its first position, which is used to
     * compare candidates word by word.
     *
     * <p>Pruning, exact: if the m-gram at position i occurs only once in the document, no n-gram (n &ge; m) starting at
     * i can equal another one. So each counting pass records which positions start a repeated n-gram, and later passes
     * (larger n) look only at those; in prose that is a small fraction of the positions.
     */
    private static final class Ngrams {
        private static final long BASE = 0x9E3779B97F4A7C15L;

        private final int[] ids;
        private final int words;
        private final long[] prefixChars;
        private final long[] prefixHash;
        private final long[] powers = new long[65];
        private final long[] table; // (hash bits << 32) | (first position + 1); 0 = empty slot
        private final int[] counts;
        /** Slots filled by the current pass, in insertion order; clearing them empties the table. */
        private final int[] insertedSlots;
        private int inserted;
        private final int[] slotOfPosition;
        private final int mask;
        /** Positions whose {@code repeatedN}-gram occurs more than once; null means every position. */
        private boolean[] repeated;
        private int repeatedN;

        Ngrams(TextProfile profile) {
            ids = profile.wordIds();
            words = ids.length;
            prefixChars = new long[words + 1];
            prefixHash = new long[words + 1];
            for (int i = 0; i < words; i++) {
                prefixChars[i + 1] = prefixChars[i] + profile.wordChars(i);
                prefixHash[i + 1] = prefixHash[i] * BASE + fmix64(ids[i] + 1L);
            }
            powers[0] = 1;
            for (int i = 1; i < powers.length; i++) {
                powers[i] = powers[i - 1] * BASE;
            }
            // Start from the words: a position whose word occurs once cannot start a repeated n-gram.
            int distinct = 0;
            for (int id : ids) {
                distinct = Math.max(distinct, id + 1);
            }
            int[] wordCounts = new int[distinct];
            for (int id : ids) {
                wordCounts[id]++;
            }
            repeated = new boolean[words];
            for (int i = 0; i < words; i++) {
                repeated[i] = wordCounts[ids[i]] > 1;
            }
            repeatedN = 1;
            mask = TextProfile.tableMask(words);
            table = new long[mask + 1];
            counts = new int[mask + 1];
            insertedSlots = new int[Math.max(words, 1)];
            slotOfPosition = new int[Math.max(words, 1)];
        }

        private boolean sameNgram(int a, int b, int n) {
            for (int k = 0; k < n; k++) {
                if (ids[a + k] != ids[b + k]) {
                    return false;
                }
            }
            return true;
        }

        /** True if the n-gram at {@code i} may equal another n-gram of the document ({@code n >= repeatedN}). */
        private boolean mayRepeat(int i) {
            return repeated == null || repeated[i];
        }

        /**
         * Finds the n-gram at {@code start}; inserts it if new. Returns its slot, or {@code -slot - 1} when it was
         * inserted.
         */
        private int findOrInsert(int start, int n) {
            long h = fmix64(prefixHash[start + n] - prefixHash[start] * powers[n]);
            int slot = (int) h & mask;
            int check = (int) (h >>> 32);
            while (true) {
                long entry = table[slot];
                if (entry == 0) {
                    table[slot] = ((long) check << 32) | (start + 1L);
                    insertedSlots[inserted++] = slot;
                    return -slot - 1;
                }
                if ((int) (entry >>> 32) == check && sameNgram((int) entry - 1, start, n)) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
        }

        /**
         * Counts the n-grams at the positions that may repeat, then narrows those positions to the ones whose n-gram
         * occurs more than once. Returns the slot of the most frequent n-gram (the first seen on a tie), or -1 when
         * every n-gram occurs once.
         */
        private int count(int n) {
            int last = words - n;
            clear();
            for (int i = 0; i <= last; i++) {
                if (!mayRepeat(i)) {
                    continue;
                }
                int slot = findOrInsert(i, n);
                if (slot < 0) {
                    slot = -slot - 1;
                    counts[slot] = 1;
                } else {
                    counts[slot]++;
                }
                slotOfPosition[i] = slot;
            }
            boolean[] narrowed = new boolean[words];
            for (int i = 0; i <= last; i++) {
                narrowed[i] = mayRepeat(i) && counts[slotOfPosition[i]] > 1;
            }
            repeated = narrowed;
            repeatedN = n;
            int best = -1;
            for (int k = 0; k < inserted; k++) {
                if (counts[insertedSlots[k]] > 1 && (best < 0 || counts[insertedSlots[k]] > counts[best])) {
                    best = insertedSlots[k];
                }
            }
            return best;
        }

        /** Narrows the positions that may repeat to n-grams of size {@code n}, if that is finer than what is known. */
        void narrowTo(int n) {
            if (n > repeatedN && words - n >= 0) {
                count(n);
            }
        }

        /** Characters of the most frequent n-gram, joined by single spaces, times its count (0 if none). */
        long topNgramChars(int n) {
            if (words - n < 0) {
                return 0;
            }
            if (n < repeatedN) {
                // Counting a smaller n after a larger one: start again from every position.
                repeated = null;
                repeatedN = 0;
            }
            int best = count(n);
            // Every n-gram occurring once: Counter.most_common(1) returns the first one, at position 0.
            int start = best < 0 ? 0 : (int) table[best] - 1;
            long occurrences = best < 0 ? 1 : counts[best];
            return (prefixChars[start + n] - prefixChars[start] + (n - 1)) * occurrences;
        }

        /** Characters (without spaces) of n-grams repeating an earlier one, jumping past each repeat. */
        long duplicateNgramChars(int n) {
            int last = words - n;
            if (last < 0) {
                return 0;
            }
            if (n < repeatedN) {
                repeated = null;
                repeatedN = 0;
            }
            clear();
            long repeatedChars = 0;
            int i = 0;
            while (i <= last) {
                // An n-gram that cannot repeat is never found and never looked for later: no need to store it.
                if (mayRepeat(i) && findOrInsert(i, n) >= 0) {
                    repeatedChars += prefixChars[i + n] - prefixChars[i];
                    i += n;
                } else {
                    i++;
                }
            }
            return repeatedChars;
        }

        /** Empties the table by resetting only the slots the previous pass filled. */
        private void clear() {
            for (int k = 0; k < inserted; k++) {
                table[insertedSlots[k]] = 0;
            }
            inserted = 0;
        }

        private static long fmix64(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h;
        }
    }
}
