package eu.eurocurate.dedup;

import eu.eurocurate.core.config.DedupConfig;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Turns a text into the 64-bit hashes of its shingles (overlapping n-grams), the set that MinHash samples.
 *
 * <p>The text is first passed through {@link TextNormalizer#forShingles}. Units are then either words (the text split
 * on its single spaces; FineWeb's setting, for languages written with spaces) or Unicode code points, spaces included
 * (for Chinese, Japanese, Thai and other text without spaces). Each unit is hashed once (FNV-1a finished with
 * murmur3's fmix64, see {@link Hash64}); a shingle's hash chains the hashes of its n units in order, so shingles cost
 * n cheap mixes each whatever the word lengths. A text with fewer than n units (but at least one) gets one shingle of
 * all its units, so short texts still have a signature; a text with no unit gets no shingle.
 *
 * <p>The result may contain the same hash more than once (a repeated n-gram); MinHash does not care. Immutable and
 * thread-safe.
 */
public final class Shingler implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a shingle is made of. */
    public enum Unit { WORD, CHAR }

    private static final long[] NONE = new long[0];
    /** Distinguishes code-point hashes from word hashes, so that the two modes never share values by accident. */
    private static final long CHAR_TAG = 0x2545f4914f6cdd1dL;

    private final Unit unit;
    private final int n;

    public Shingler(Unit unit, int n) {
        if (unit == null) {
            throw new IllegalArgumentException("unit must not be null");
        }
        if (n < 1) {
            throw new IllegalArgumentException("n-gram size must be at least 1, got " + n);
        }
        this.unit = unit;
        this.n = n;
    }

    /** The {@code shingle} and {@code ngram_size} of the {@code dedup:} section. */
    public static Shingler fromConfig(DedupConfig config) {
        return new Shingler("char".equals(config.shingle()) ? Unit.CHAR : Unit.WORD, config.ngramSize());
    }

    public Unit unit() {
        return unit;
    }

    public int n() {
        return n;
    }

    /** Shingle hashes of a raw text (normalised here); empty for null or a text with no word. */
    public long[] shingles(String text) {
        return shinglesOfNormalized(TextNormalizer.normalize(text));
    }

    /** Shingle hashes of a text already passed through {@link TextNormalizer#normalize}. */
    public long[] shinglesOfNormalized(String normalized) {
        return shinglesOfNormalized(normalized, 0);
    }

    /**
     * Shingle hashes of a text already passed through {@link TextNormalizer#normalize}, or none when it has fewer
     * than {@code minUnits} units (words, or code points): the {@code dedup.min_length} rule, which leaves short
     * texts to exact deduplication.
     */
    public long[] shinglesOfNormalized(String normalized, int minUnits) {
        String s = TextNormalizer.stripPunctuation(normalized);
        if (s.isEmpty()) {
            return NONE;
        }
        long[] units = unit == Unit.WORD ? wordHashes(s) : codePointHashes(s);
        if (units.length < minUnits) {
            return NONE;
        }
        int count = Math.max(1, units.length - n + 1);
        int width = Math.min(n, units.length);
        long[] shingles = new long[count];
        for (int start = 0; start < count; start++) {
            long h = width;
            for (int j = start; j < start + width; j++) {
                h = Hash64.chain(h, units[j]);
            }
            shingles[start] = h;
        }
        return shingles;
    }

    /** The distinct shingle hashes, sorted: the set whose Jaccard similarity MinHash estimates. */
    public long[] shingleSet(String text) {
        return Arrays.stream(shingles(text)).sorted().distinct().toArray();
    }

    /** Hashes of the words of a non-empty text whose words are separated by exactly one space. */
    private static long[] wordHashes(String s) {
        int words = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                words++;
            }
        }
        long[] hashes = new long[words];
        int start = 0;
        int w = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                hashes[w++] = Hash64.fmix64(Hash64.fnv1a(s, start, i));
                start = i + 1;
            }
        }
        return hashes;
    }

    private static long[] codePointHashes(String s) {
        return s.codePoints().mapToLong(cp -> Hash64.fmix64(CHAR_TAG + cp)).toArray();
    }

    @Override
    public String toString() {
        return unit.name().toLowerCase(java.util.Locale.ROOT) + " " + n + "-grams";
    }
}
