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
        int[] lineHashes = profile.lineHashes();
        SpanSet seenParagraphs = new SpanSet(cs, profile.nonBlankLineCount());
        SpanSet seenLines = new SpanSet(cs, profile.nonBlankLineCount());
        // A paragraph's hash combines its lines' hashes: equal paragraphs are equal line sequences, so equal spans
        // still get equal hashes (the set compares the characters on a hash match), without hashing the text again.
        int paragraphHash = 0;
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
                    if (!seenParagraphs.add(paragraphStart, paragraphEnd, paragraphHash)) {
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
                paragraphHash = 0;
            }
            paragraphEnd = end;
            paragraphHash = paragraphHash * 0x9E3779B1 + lineHashes[l];
            lines++;
            if (!seenLines.add(start, end, lineHashes[l])) {
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
        double[] top = new double[topN.length];
        double[] dup = new double[dupN.length];
        Ngrams ngrams = new Ngrams(profile);
        try {
            for (int i = 0; i < topN.length; i++) {
                top[i] = ngrams.topNgramChars(topN[i]) / length;
            }
            if (dupN.length > 0) {
                ngrams.narrowTo(dupN[0]);
            }
            for (int i = 0; i < dupN.length; i++) {
                dup[i] = ngrams.duplicateNgramChars(dupN[i]) / length;
            }
        } finally {
            ngrams.release(); // the thread's scratch table must be left empty, whatever happens
        }
        for (int i = 0; i < topN.length; i++) {
            scores.accept(topReason[i], top[i]);
        }
        for (int i = 0; i < dupN.length; i++) {
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
            return add(start, end, TextProfile.hash(cs, start, end));
        }

        /** Adds the span whose hash is {@code h} (any function of the span's characters alone). */
        boolean add(int start, int end, int h) {
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
     * i can equal another one. So each counting pass keeps the ascending list of positions that start a repeated
     * n-gram, and later passes (larger n) visit only those, with a table sized for them; in prose that is a small
     * fraction of the positions.
     *
     * <p>The arrays come from a per-thread {@link Scratch} (a document's worth of them is tens of kilobytes, allocated
     * and zeroed per document otherwise); documents of more than {@link Scratch#RETAINED_WORDS} words get their own,
     * so a huge document does not pin its arrays to the thread.
     */
    private static final class Ngrams {
        private static final long BASE = 0x9E3779B97F4A7C15L;
        /** BASE^k for every n-gram size the configuration allows (1 to 64). */
        private static final long[] POWERS = new long[65];

        static {
            POWERS[0] = 1;
            for (int i = 1; i < POWERS.length; i++) {
                POWERS[i] = POWERS[i - 1] * BASE;
            }
        }

        private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

        private final int[] ids;
        private final int words;
        private final long[] prefixChars;
        private final long[] prefixHash;
        private final Scratch scratch;
        /** (hash bits << 32) | (first position + 1); 0 = empty slot. All zero between passes. */
        private final long[] table;
        private final int[] counts;
        /** Slots filled by the current pass, in insertion order; clearing them empties the table. */
        private final int[] insertedSlots;
        private int inserted;
        private int mask;
        /** Positions whose word occurs more than once: where any repeated n-gram must start. */
        private final int[] wordCandidates;
        private final int wordCandidateCount;
        /** Ascending positions whose {@code candidatesN}-gram occurs more than once. */
        private int[] candidates;
        private int candidateCount;
        private int candidatesN;
        private int[] spare;
        private final int[] slotOfCandidate;

        Ngrams(TextProfile profile) {
            ids = profile.wordIds();
            words = ids.length;
            Scratch s = words <= Scratch.RETAINED_WORDS ? SCRATCH.get() : new Scratch();
            s.ensure(words);
            scratch = s;
            prefixChars = s.prefixChars;
            prefixHash = s.prefixHash;
            prefixChars[0] = 0;
            prefixHash[0] = 0;
            int distinct = 0;
            for (int i = 0; i < words; i++) {
                int id = ids[i];
                prefixChars[i + 1] = prefixChars[i] + profile.wordChars(i);
                prefixHash[i + 1] = prefixHash[i] * BASE + fmix64(id + 1L);
                distinct = Math.max(distinct, id + 1);
            }
            // Start from the words: a position whose word occurs once cannot start a repeated n-gram.
            int[] wordCounts = s.wordCounts(distinct);
            for (int i = 0; i < words; i++) {
                wordCounts[ids[i]]++;
            }
            wordCandidates = s.wordCandidates;
            int k = 0;
            for (int i = 0; i < words; i++) {
                if (wordCounts[ids[i]] > 1) {
                    wordCandidates[k++] = i;
                }
            }
            wordCandidateCount = k;
            candidates = s.candidatesA;
            spare = s.candidatesB;
            System.arraycopy(wordCandidates, 0, candidates, 0, k);
            candidateCount = k;
            candidatesN = 1;
            table = s.table;
            counts = s.counts;
            insertedSlots = s.insertedSlots;
            slotOfCandidate = s.slotOfCandidate;
        }

        private boolean sameNgram(int a, int b, int n) {
            for (int k = 0; k < n; k++) {
                if (ids[a + k] != ids[b + k]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Finds the n-gram at {@code start}; inserts it if new. Returns its slot, or {@code -slot - 1} when it was
         * inserted.
         */
        private int findOrInsert(int start, int n) {
            long h = fmix64(prefixHash[start + n] - prefixHash[start] * POWERS[n]);
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

        /** Empties the table and sizes it (at most half full) for the current candidates. */
        private void startPass() {
            for (int k = 0; k < inserted; k++) {
                table[insertedSlots[k]] = 0;
            }
            inserted = 0;
            mask = TextProfile.tableMask(candidateCount);
        }

        /** Starts again from every position that may start a repeat (before a pass with a smaller n). */
        private void resetCandidates(int n) {
            if (n < candidatesN) {
                System.arraycopy(wordCandidates, 0, candidates, 0, wordCandidateCount);
                candidateCount = wordCandidateCount;
                candidatesN = 1;
            }
        }

        /**
         * Counts the n-grams at the candidate positions, then narrows the candidates to the positions whose n-gram
         * occurs more than once. Returns the slot of the most frequent n-gram (the first seen on a tie), or -1 when
         * every n-gram occurs once.
         */
        private int count(int n) {
            int last = words - n;
            startPass();
            int m = 0;
            for (; m < candidateCount; m++) {
                int i = candidates[m];
                if (i > last) {
                    break;
                }
                int slot = findOrInsert(i, n);
                if (slot < 0) {
                    slot = -slot - 1;
                    counts[slot] = 1;
                } else {
                    counts[slot]++;
                }
                slotOfCandidate[m] = slot;
            }
            int[] narrowed = spare;
            int k = 0;
            for (int c = 0; c < m; c++) {
                if (counts[slotOfCandidate[c]] > 1) {
                    narrowed[k++] = candidates[c];
                }
            }
            spare = candidates;
            candidates = narrowed;
            candidateCount = k;
            candidatesN = n;
            int best = -1;
            for (int j = 0; j < inserted; j++) {
                if (counts[insertedSlots[j]] > 1 && (best < 0 || counts[insertedSlots[j]] > counts[best])) {
                    best = insertedSlots[j];
                }
            }
            return best;
        }

        /** Narrows the candidates to n-grams of size {@code n}, if that is finer than what is known. */
        void narrowTo(int n) {
            if (n > candidatesN && words - n >= 0) {
                count(n);
            }
        }

        /** Characters of the most frequent n-gram, joined by single spaces, times its count (0 if none). */
        long topNgramChars(int n) {
            if (words - n < 0) {
                return 0;
            }
            resetCandidates(n);
            int best = count(n);
            // Every n-gram occurring once: Counter.most_common(1) returns the first one, at position 0.
            int start = best < 0 ? 0 : (int) table[best] - 1;
            long occurrences = best < 0 ? 1 : counts[best];
            return (prefixChars[start + n] - prefixChars[start] + (n - 1)) * occurrences;
        }

        /**
         * Characters (without spaces) of n-grams repeating an earlier one, scanning left to right and jumping past each
         * repeat. Only candidates are looked up: an n-gram that cannot repeat is never found and never looked for
         * later, so it need not be stored; a candidate inside a jump is skipped, as the scan over every position would.
         */
        long duplicateNgramChars(int n) {
            int last = words - n;
            if (last < 0) {
                return 0;
            }
            resetCandidates(n);
            startPass();
            long repeatedChars = 0;
            int next = 0;
            for (int c = 0; c < candidateCount; c++) {
                int i = candidates[c];
                if (i > last) {
                    break;
                }
                if (i < next) {
                    continue;
                }
                if (findOrInsert(i, n) >= 0) {
                    repeatedChars += prefixChars[i + n] - prefixChars[i];
                    next = i + n;
                }
            }
            return repeatedChars;
        }

        /** Leaves the scratch table empty for the thread's next document. */
        void release() {
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

    /** Reusable arrays for {@link Ngrams}, grown to the largest document seen; the table is kept all zero. */
    private static final class Scratch {
        /** Documents up to this many words reuse the thread's arrays (about 3 MB at this size). */
        static final int RETAINED_WORDS = 1 << 16;

        long[] prefixChars = new long[0];
        long[] prefixHash = new long[0];
        long[] table = new long[0];
        int[] counts = new int[0];
        int[] insertedSlots = new int[0];
        int[] wordCandidates = new int[0];
        int[] candidatesA = new int[0];
        int[] candidatesB = new int[0];
        int[] slotOfCandidate = new int[0];
        private int[] wordCounts = new int[0];

        void ensure(int words) {
            if (prefixChars.length < words + 1) {
                int size = Math.max(words + 1, prefixChars.length * 2);
                prefixChars = new long[size];
                prefixHash = new long[size];
                insertedSlots = new int[size];
                wordCandidates = new int[size];
                candidatesA = new int[size];
                candidatesB = new int[size];
                slotOfCandidate = new int[size];
            }
            int tableSize = TextProfile.tableMask(words) + 1;
            if (table.length < tableSize) {
                table = new long[tableSize];
                counts = new int[tableSize];
            }
        }

        /** Zeroed counters for {@code distinct} word ids. */
        int[] wordCounts(int distinct) {
            if (wordCounts.length < distinct) {
                wordCounts = new int[Math.max(distinct, wordCounts.length * 2)];
            } else {
                Arrays.fill(wordCounts, 0, distinct, 0);
            }
            return wordCounts;
        }
    }
}
