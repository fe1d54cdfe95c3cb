package eu.eurocurate.dedup;

/**
 * The few 64-bit hash primitives this module needs, written out so that results are the same on every JVM and every
 * run (never {@link String#hashCode()}, never a randomly seeded library hash).
 */
final class Hash64 {

    /** FNV-1a 64-bit offset basis and prime (Fowler, Noll, Vo; IETF draft-eastlake-fnv, section 5). */
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    /** 2^64 / golden ratio, the usual odd constant for spreading small integers (Knuth, TAOCP 6.4; SplitMix64). */
    static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Hash64() {
    }

    /**
     * MurmurHash3's 64-bit finaliser (Austin Appleby, public domain, {@code fmix64} in MurmurHash3.cpp): a bijection
     * whose every input bit affects every output bit, used to finish the weak FNV state and to chain values.
     */
    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53e1a87L;
        k ^= k >>> 33;
        return k;
    }

    /**
     * FNV-1a over the UTF-16 code units of {@code s[from, to)}. For ASCII text this equals byte-wise FNV-1a 64 of the
     * same characters, so the published FNV test vectors check it. Callers finish it with {@link #fmix64}: FNV alone
     * has weak high-order bits.
     */
    static long fnv1a(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** Order-sensitive combination of a running state with one more 64-bit value. */
    static long chain(long state, long value) {
        return fmix64(state ^ value) + GOLDEN;
    }

    /**
     * SplitMix64 (Steele, Lea, Flood 2014, "Fast splittable pseudorandom number generators"; Vigna's splitmix64.c):
     * a tiny generator whose output depends only on its seed, used to draw the MinHash coefficients.
     */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long next() {
            state += GOLDEN;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }
    }
}
