package eu.eurocurate.dedup;

import eu.eurocurate.core.config.DedupConfig;

import java.io.Serializable;
import java.util.Arrays;

/**
 * MinHash signatures and LSH band keys (Broder 1997, "On the resemblance and containment of documents"; Leskovec,
 * Rajaraman, Ullman, <i>Mining of Massive Datasets</i>, ch. 3.3-3.4).
 *
 * <p>A signature has {@code k = bands * rows} values computed by <em>one permutation hashing</em> with optimal
 * densification (Li, Owen, Zhang, "One Permutation Hashing", NIPS 2012; Shrivastava, "Optimal Densification for Fast
 * and Accurate Minwise Hashing", ICML 2017): each shingle hash is mixed once with a seeded murmur3 {@code fmix64};
 * the top bits of the result choose one of k bins and the bin keeps the smallest value it receives. A bin that
 * received nothing (a text with fewer shingles than bins leaves some) copies the value of the first non-empty bin
 * of its own probe sequence, a seeded hash of (bin, attempt) that is the same for every text, so that two texts with
 * the same shingles fill the same bins the same way. The probability that two signatures agree at a position is
 * (approximately) the Jaccard similarity of the two shingle sets, as for k independent permutations, but a shingle
 * costs one hash instead of k: the classic k-permutation scheme ({@code (a_i x + b_i) mod p} for i = 1..k, as
 * datatrove does) spent about 80% of a signature's time in those k hashes. Same seed, same signatures on every JVM.
 *
 * <p>A band is {@code rows} consecutive values. Two documents become candidates when they agree on all values of at
 * least one band, which happens with probability {@code 1 - (1 - s^rows)^bands} at Jaccard {@code s}
 * ({@link #candidateProbability}). {@link #bandKeys} hashes each band, with its index, into one 64-bit key.
 *
 * <p>A text without shingles has the {@linkplain #isEmpty empty} signature: every value is {@link #EMPTY}, which no
 * hash reaches; it has no band keys and an estimated similarity of 0 with everything. Immutable and thread-safe.
 */
public final class MinHasher implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Value of every position of the signature of a text without shingles; larger than any hash value. */
    public static final long EMPTY = Long.MAX_VALUE;

    /** Separates band-key hashing from every other use of the seed. */
    private static final long BAND_TAG = 0x6a09e667f3bcc909L;

    private final int bands;
    private final int rows;
    private final long seed;
    private final Shingler shingler;
    private final int k;
    /** Seeded salts of the shingle mix and of the densification probes. */
    private final long salt;
    private final long probeSalt;

    public MinHasher(Shingler shingler, int bands, int rows, long seed) {
        if (shingler == null) {
            throw new IllegalArgumentException("shingler must not be null");
        }
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be at least 1, got " + bands + " x " + rows);
        }
        this.shingler = shingler;
        this.bands = bands;
        this.rows = rows;
        this.seed = seed;
        this.k = Math.multiplyExact(bands, rows);
        Hash64.SplitMix64 random = new Hash64.SplitMix64(seed);
        this.salt = random.next();
        this.probeSalt = random.next();
    }

    /** Shingles, bands, rows and seed of the {@code dedup:} section. */
    public static MinHasher fromConfig(DedupConfig config) {
        return new MinHasher(Shingler.fromConfig(config), config.bands(), config.rows(), config.seed());
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    public long seed() {
        return seed;
    }

    public Shingler shingler() {
        return shingler;
    }

    /** Number of values in a signature: bands x rows. */
    public int numHashes() {
        return k;
    }

    /** Signature of a raw text: shingles it with {@link #shingler()}, then {@link #signature(long[])}. */
    public long[] signature(String text) {
        return signature(shingler.shingles(text));
    }

    /** Signature of a set (or multiset) of 64-bit shingle hashes. */
    public long[] signature(long[] shingles) {
        long[] sig = new long[k];
        Arrays.fill(sig, EMPTY);
        int filled = 0;
        for (long shingle : shingles) {
            long h = Hash64.fmix64(shingle ^ salt);
            int bin = bin(h);
            // Non-negative and below EMPTY; within a bin the order of h is what matters.
            long value = h >>> 2;
            if (value < sig[bin]) {
                filled += sig[bin] == EMPTY ? 1 : 0;
                sig[bin] = value;
            }
        }
        if (filled == 0 || filled == k) {
            return sig;
        }
        long[] densified = sig.clone();
        for (int i = 0; i < k; i++) {
            if (sig[i] == EMPTY) {
                for (long attempt = 1; ; attempt++) {
                    int j = bin(Hash64.fmix64(probeSalt + ((long) i << 32) + attempt));
                    if (sig[j] != EMPTY) {
                        densified[i] = sig[j];
                        break;
                    }
                }
            }
        }
        return densified;
    }

    /** One of the k bins, from the top 32 bits of a mixed hash (Lemire's multiply-shift range reduction). */
    private int bin(long h) {
        return (int) (((h >>> 32) * k) >>> 32);
    }

    /**
     * One 64-bit key per band: the band's index and its {@code rows} values chained through murmur3's fmix64, so
     * that equal values in different bands give different keys. Empty for the empty signature.
     */
    public long[] bandKeys(long[] signature) {
        checkLength(signature);
        if (isEmpty(signature)) {
            return new long[0];
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = Hash64.chain(BAND_TAG ^ seed, band);
            for (int r = band * rows; r < (band + 1) * rows; r++) {
                h = Hash64.chain(h, signature[r]);
            }
            keys[band] = h;
        }
        return keys;
    }

    /** Whether the signature is that of a text without shingles. */
    public static boolean isEmpty(long[] signature) {
        return signature.length > 0 && signature[0] == EMPTY;
    }

    /**
     * Fraction of positions where the two signatures agree: an unbiased estimate of the Jaccard similarity of the
     * two shingle sets, with standard deviation {@code sqrt(s(1-s)/k)} for k hashes. 0 if either is empty.
     */
    public static double estimatedJaccard(long[] sigA, long[] sigB) {
        if (sigA.length != sigB.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + sigA.length + " and " + sigB.length);
        }
        if (sigA.length == 0 || isEmpty(sigA) || isEmpty(sigB)) {
            return 0.0;
        }
        int equal = 0;
        for (int i = 0; i < sigA.length; i++) {
            if (sigA[i] == sigB[i]) {
                equal++;
            }
        }
        return (double) equal / sigA.length;
    }

    /** Probability that two texts of Jaccard similarity {@code s} share at least one band: 1 - (1 - s^rows)^bands. */
    public double candidateProbability(double s) {
        return 1.0 - Math.pow(1.0 - Math.pow(s, rows), bands);
    }

    private void checkLength(long[] signature) {
        if (signature.length != k) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, expected " + k);
        }
    }
}
