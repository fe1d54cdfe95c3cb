package eu.eurocurate.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class Hash64Test {

    @Test
    void fnv1aMatchesThePublishedTestVectors() {
        // Test vectors of FNV-1a 64 (Landon Curt Noll's test_fnv.c, as in draft-eastlake-fnv).
        assertEquals(0xcbf29ce484222325L, Hash64.fnv1a("", 0, 0));
        assertEquals(0xaf63dc4c8601ec8cL, Hash64.fnv1a("a", 0, 1));
        assertEquals(0x85944171f73967e8L, Hash64.fnv1a("foobar", 0, 6));
        assertEquals(0x85944171f73967e8L, Hash64.fnv1a("[foobar]", 1, 7));
    }

    @Test
    void splitMix64MatchesTheReferenceSequence() {
        // First outputs of Vigna's splitmix64.c seeded with 0.
        Hash64.SplitMix64 random = new Hash64.SplitMix64(0);
        assertEquals(0xe220a8397b1dcdafL, random.next());
        assertEquals(0x6e789e6aa1b965f4L, random.next());
        assertEquals(0x06c45d188009454fL, random.next());
    }

    @Test
    void fmix64AndChainMix() {
        assertEquals(0L, Hash64.fmix64(0L));
        assertNotEquals(Hash64.fmix64(1L), Hash64.fmix64(2L));
        long ab = Hash64.chain(Hash64.chain(7, 1), 2);
        long ba = Hash64.chain(Hash64.chain(7, 2), 1);
        assertNotEquals(ab, ba);
    }
}
