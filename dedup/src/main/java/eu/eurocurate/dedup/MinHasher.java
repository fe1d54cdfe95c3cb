package eu.eurocurate.dedup;

import eu.eurocurate.core.config.DedupConfig;

import java.io.Serializable;
import java.util.Arrays;

/**
 * MinHash signatures and LSH band keys (Broder 1997, "On the resemblance and containment of documents"; Leskovec,
 * Rajaraman, Ullman, <i>Mining of Massive Datasets</i>, ch. 3.3-3.4).
 *
 * <p>A signature has {@code bands * rows} values; value {@code i} is the minimum of {@code h_i(x) = (a_i x + b_i) mod p}
 * over the text's shingle hashes {@code x}, with {@code p = 2^61 - 1} (a Mersenne prime, so the reduction is a shift
 * and an add) and {@code a_i in [1, p)}, {@code b_i in [0, p)} drawn from SplitMix64 seeded with the configured seed:
 * the Carter-Wegman universal family, as in datatrove's {@code MinhashDedupSignature}. The same seed gives the same
 * coefficients, hence the same signatures, on every JVM. The probability that two signatures agree at one position is
 * (approximately) the Jaccard similarity of the two shingle sets, so the fraction of agreeing positions estimates it.
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

    /** The Mersenne prime 2^61 - 1. */
    static final long P = (1L << 61) - 1;

    /** Value of every position of the signature of a text without shingles; larger than any hash value. */
    public static final long EMPTY = Long.MAX_VALUE;

    /** Separates band-key hashing from every other use of the seed. */
    private static final long BAND_TAG = 0x6a09e667f3bcc909L;

    private final int bands;
    private final int rows;
    private final long seed;
    private final Shingler shingler;
    private final long[] a;
    private final long[] b;

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
        int k = Math.multiplyExact(bands, rows);
        this.a = new long[k];
        this.b = new long[k];
        Hash64.SplitMix64 random = new Hash64.SplitMix64(seed);
        for (int i = 0; i < k; i++) {
            a[i] = 1 + Long.remainderUnsigned(random.next(), P - 1);
            b[i] = Long.remainderUnsigned(random.next(), P);
        }
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
        return a.length;
    }

    /** Signature of a raw text: shingles it with {@link #shingler()}, then {@link #signature(long[])}. */
    public long[] signature(String text) {
        return signature(shingler.shingles(text));
    }

    /** Signature of a set (or multiset) of 64-bit shingle hashes. */
    public long[] signature(long[] shingles) {
        long[] sig = new long[a.length];
        Arrays.fill(sig, EMPTY);
        for (long shingle : shingles) {
            long x = mod(shingle);
            for (int i = 0; i < sig.length; i++) {
                long h = universal(a[i], b[i], x);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
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
        if (signature.length != a.length) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, expected " + a.length);
        }
    }

    /** x mod p for any 64-bit x, read as unsigned. */
    static long mod(long x) {
        long r = (x & P) + (x >>> 61);
        return r >= P ? r - P : r;
    }

    /** (a x + b) mod p for a, b, x in [0, p): the 122-bit product reduced with 2^61 = 1 (mod p). */
    static long universal(long a, long b, long x) {
        long hi = Math.multiplyHigh(a, x);
        long lo = a * x;
        long r = (lo & P) + ((lo >>> 61) | (hi << 3));
        r = (r & P) + (r >>> 61);
        if (r >= P) {
            r -= P;
        }
        r += b;
        return r >= P ? r - P : r;
    }
}
