package eu.eurocurate.dedup;

import eu.eurocurate.core.config.ConfigLoader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShinglerTest {

    private final Shingler words5 = new Shingler(Shingler.Unit.WORD, 5);

    @Test
    void wordShinglesAreOverlappingNGrams() {
        assertEquals(6, words5.shingles("one two three four five six seven eight nine ten").length);
        String article = Fixtures.article("nbcnews-hitler-house");
        int words = TextNormalizer.forShingles(article).split(" ").length;
        assertEquals(words - 4, words5.shingles(article).length);
    }

    @Test
    void textsShorterThanNGetOneShingleOfTheWholeText() {
        long[] three = words5.shingles("Three words only");
        assertEquals(1, three.length);
        assertNotEquals(three[0], words5.shingles("Three words too")[0]);
        assertNotEquals(words5.shingles("a b")[0], words5.shingles("a b c")[0]);
        assertEquals(0, words5.shingles("").length);
        assertEquals(0, words5.shingles(" … — !!! ").length);
        assertEquals(0, words5.shingles(null).length);
    }

    @Test
    void textsWithFewerUnitsThanTheMinimumLengthHaveNoShingles() {
        String six = TextNormalizer.normalize("One, two, three -- four, five, six!");
        assertEquals(2, words5.shinglesOfNormalized(six, 6).length);
        assertEquals(0, words5.shinglesOfNormalized(six, 7).length);
        assertArrayEquals(words5.shinglesOfNormalized(six), words5.shinglesOfNormalized(six, 0));
        // With character shingles the units are code points, spaces included.
        Shingler chars3 = new Shingler(Shingler.Unit.CHAR, 3);
        assertEquals(1, chars3.shinglesOfNormalized("日本語", 3).length);
        assertEquals(0, chars3.shinglesOfNormalized("日本語", 4).length);
    }

    @Test
    void shinglesIgnoreCasePunctuationAndSpacingButNotWordOrder() {
        assertArrayEquals(words5.shingles("the quick brown fox jumps over"),
                words5.shingles("The QUICK, brown fox — jumps\nover!"));
        assertNotEquals(words5.shingles("the quick brown fox jumps")[0], words5.shingles("jumps fox brown quick the")[0]);
    }

    @Test
    void charShinglesCountCodePointsIncludingSupplementaryOnes() {
        Shingler chars3 = new Shingler(Shingler.Unit.CHAR, 3);
        assertEquals(6, chars3.shingles("日本語のテキスト").length);
        // U+2000B is one code point (two UTF-16 units): 4 code points, 2 shingles.
        assertEquals(2, chars3.shingles("\uD840\uDC0B語のテ").length);
        assertEquals(1, chars3.shingles("日本").length);
        assertNotEquals(chars3.shingles("abc")[0], words5.shingles("abc")[0]);
    }

    @Test
    void shingleSetIsSortedAndDistinct() {
        long[] set = words5.shingleSet("a b c d e a b c d e a b c d e");
        assertEquals(5, set.length);
        for (int i = 1; i < set.length; i++) {
            assertEquals(true, set[i - 1] < set[i]);
        }
    }

    @Test
    void hashesArePinnedSoSignaturesStayComparableAcrossReleases() {
        // Changing these values changes every signature: bump the dedup stage version when you do.
        assertEquals(GOLDEN_WORD, words5.shingles("the quick brown fox jumps")[0]);
        assertEquals(GOLDEN_CHAR, new Shingler(Shingler.Unit.CHAR, 5).shingles("日本語のテキスト")[0]);
    }

    @Test
    void configSelectsUnitAndSize() {
        Shingler fromDefaults = Shingler.fromConfig(ConfigLoader.defaults().dedup());
        assertEquals(Shingler.Unit.WORD, fromDefaults.unit());
        assertEquals(5, fromDefaults.n());
        assertThrows(IllegalArgumentException.class, () -> new Shingler(Shingler.Unit.WORD, 0));
    }

    private static final long GOLDEN_WORD = 13492835036793451L;
    private static final long GOLDEN_CHAR = -5315574915369847073L;
}
