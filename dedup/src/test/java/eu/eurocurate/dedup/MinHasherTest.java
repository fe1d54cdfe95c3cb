package eu.eurocurate.dedup;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.DedupConfig;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHasherTest {

    private static final DedupConfig DEFAULTS = ConfigLoader.defaults().dedup();
    private final MinHasher hasher = MinHasher.fromConfig(DEFAULTS);

    @Test
    void signatureHasBandsTimesRowsValuesAndIsDeterministic() {
        String text = Fixtures.article("sciencealert-europa");
        long[] sig = hasher.signature(text);
        assertEquals(112, sig.length);
        assertArrayEquals(sig, MinHasher.fromConfig(DEFAULTS).signature(text));
        assertArrayEquals(sig, hasher.signature(hasher.shingler().shingles(text)));
        // Pinned: the same seed must give the same signature on every JVM and in every release.
        assertArrayEquals(GOLDEN, Arrays.copyOf(hasher.signature("the quick brown fox jumps over the lazy dog"), 4));
        MinHasher otherSeed = new MinHasher(hasher.shingler(), 14, 8, 2);
        assertFalse(Arrays.equals(sig, otherSeed.signature(text)));
        for (long v : sig) {
            assertTrue(v >= 0 && v < 1L << 62);
        }
    }

    @Test
    void estimatedJaccardIsCloseToTrueJaccardOnEditedArticles() {
        String[] names = {"cbsnews-fort-worth", "comoeducarseusfilhos-pt", "hawaii-telescope-europa",
                "nbcnews-hitler-house", "nbcnews-omar", "sciencealert-europa", "thehill-omar", "nbcdfw-fort-worth"};
        double sumError = 0;
        int pairs = 0;
        for (String name : names) {
            String original = Fixtures.article(name);
            for (int edits : new int[]{2, 5, 10, 20}) {
                String edited = Fixtures.replaceWords(original, edits % 2 == 0, edits, "edit");
                double truth = Fixtures.trueJaccard(hasher.shingler(), original, edited);
                double estimate = MinHasher.estimatedJaccard(hasher.signature(original), hasher.signature(edited));
                // Standard deviation of the estimate is sqrt(s(1-s)/112) <= 0.047: allow about 3 of them.
                assertEquals(truth, estimate, 0.15, name + " with " + edits + " edits");
                sumError += Math.abs(truth - estimate);
                pairs++;
            }
        }
        assertTrue(sumError / pairs < 0.05, "mean absolute error " + sumError / pairs);
    }

    @Test
    void identicalTextsAgreeEverywhereAndUnrelatedOnesAlmostNowhere() {
        long[] a = hasher.signature(Fixtures.article("thehill-omar"));
        long[] sameStory = hasher.signature(Fixtures.article("nbcnews-omar"));
        long[] unrelated = hasher.signature(Fixtures.article("comoeducarseusfilhos-pt"));
        assertEquals(1.0, MinHasher.estimatedJaccard(a, a.clone()));
        assertTrue(MinHasher.estimatedJaccard(a, sameStory) < 0.2);
        assertTrue(MinHasher.estimatedJaccard(a, unrelated) < 0.05);
        assertEquals(0, Fixtures.sharedBands(hasher, a, unrelated));
    }

    @Test
    void nearDuplicatesShareABandAndParaphrasesScoreBelowTheThreshold() {
        String original = Fixtures.article("nbcnews-hitler-house");
        String edited = Fixtures.replaceWords(original, false, 2, "edit") + " Share this article on social media.";
        assertTrue(Fixtures.sharedBands(hasher, hasher.signature(original), hasher.signature(edited)) >= 1);
        for (Fixtures.Pair pair : Fixtures.mrpcPairsIfPresent()) {
            double estimate = MinHasher.estimatedJaccard(hasher.signature(pair.first()), hasher.signature(pair.second()));
            assertTrue(estimate < DEFAULTS.jaccardThreshold(), pair + " estimated " + estimate);
        }
    }

    @Test
    void bandKeysIncludeTheBandIndex() {
        long[] constant = new long[112];
        Arrays.fill(constant, 42L);
        long[] keys = hasher.bandKeys(constant);
        assertEquals(14, keys.length);
        Set<Long> distinct = new HashSet<>();
        for (long k : keys) {
            distinct.add(k);
        }
        assertEquals(14, distinct.size());
        long[] changed = constant.clone();
        changed[8] = 43L;
        long[] changedKeys = hasher.bandKeys(changed);
        assertEquals(keys[0], changedKeys[0]);
        assertNotEquals(keys[1], changedKeys[1]);
        assertThrows(IllegalArgumentException.class, () -> hasher.bandKeys(new long[10]));
    }

    @Test
    void textWithoutShinglesHasTheEmptySignature() {
        long[] empty = hasher.signature(" ... ");
        assertTrue(MinHasher.isEmpty(empty));
        assertEquals(0, hasher.bandKeys(empty).length);
        assertEquals(0.0, MinHasher.estimatedJaccard(empty, empty.clone()));
        assertFalse(MinHasher.isEmpty(hasher.signature("word")));
    }

    @Test
    void candidateProbabilityFollowsTheSCurveOf14BandsOf8Rows() {
        assertEquals(0.0533, hasher.candidateProbability(0.5), 1e-4);
        assertEquals(0.5645, hasher.candidateProbability(0.7), 1e-4);
        assertEquals(0.7716, hasher.candidateProbability(0.75), 1e-4);
        assertEquals(0.9235, hasher.candidateProbability(0.8), 1e-4);
        assertEquals(0.9996, hasher.candidateProbability(0.9), 1e-4);
    }

    @Test
    void binsThatNoShingleReachedAreFilledFromOtherBinsTheSameWayForEveryText() {
        // 20 words: 16 shingles for 112 bins, so most bins are filled by densification.
        String shortText = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty";
        long[] sig = hasher.signature(shortText);
        Set<Long> shingleValues = new HashSet<>();
        for (long v : sig) {
            assertTrue(v >= 0 && v < MinHasher.EMPTY);
            shingleValues.add(v);
        }
        assertTrue(shingleValues.size() <= 16, "at most one value per shingle, got " + shingleValues.size());
        assertArrayEquals(sig, MinHasher.fromConfig(DEFAULTS).signature(shortText));
        // A one-word change at the end changes one shingle of 16, about 6% of the signature.
        double estimate = MinHasher.estimatedJaccard(sig, hasher.signature(shortText.replace("twenty", "twenty-one")));
        assertTrue(estimate > 0.75 && estimate < 1.0, "estimated " + estimate);
    }

    private static final long[] GOLDEN = {903773166388056949L, 1045792081525599165L, 2760605421518155677L, 2760605421518155677L};
}
