package eu.eurocurate.jobs;

import eu.eurocurate.dedup.Shingler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupBenchTruthTest {

    /** Texts in families of edited copies (several Jaccard levels), some in another scope, some empty. */
    private static List<String> texts(Random random) {
        String[] vocabulary = new String[400];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + i;
        }
        List<String> texts = new ArrayList<>();
        for (int family = 0; family < 30; family++) {
            String[] base = new String[40 + random.nextInt(80)];
            for (int i = 0; i < base.length; i++) {
                base[i] = vocabulary[random.nextInt(vocabulary.length)];
            }
            texts.add(String.join(" ", base));
            for (int v = 0; v < 4; v++) {
                String[] copy = base.clone();
                int edits = random.nextInt(base.length / 4 + 1);
                for (int e = 0; e < edits; e++) {
                    copy[random.nextInt(copy.length)] = vocabulary[random.nextInt(vocabulary.length)];
                }
                texts.add(String.join(" ", copy));
            }
        }
        texts.add("");
        texts.add("");
        return texts;
    }

    @Test
    void prefixFilteringFindsExactlyThePairsBruteForceFinds() {
        List<String> texts = texts(new Random(7));
        long[][] sets = DedupBenchTruth.shingleSets(texts, new Shingler(Shingler.Unit.WORD, 3));
        String[] scopes = new String[texts.size()];
        for (int i = 0; i < scopes.length; i++) {
            scopes[i] = i % 11 == 0 ? "b" : "a";
        }
        for (double t : new double[]{0.3, 0.5, 0.7}) {
            List<DedupBenchTruth.Pair> brute = DedupBenchTruth.bruteForce(sets, scopes, t);
            assertTrue(brute.size() > 20, "the fixture has pairs at " + t + ": " + brute.size());
            assertEquals(brute, DedupBenchTruth.pairs(sets, scopes, t), "threshold " + t);
        }
    }

    @Test
    void jaccardOfSortedSets() {
        assertEquals(2.0 / 4.0, DedupBenchTruth.jaccard(new long[]{1, 2, 3}, new long[]{2, 3, 4}), 1e-12);
        assertEquals(0.0, DedupBenchTruth.jaccard(new long[0], new long[0]), 1e-12);
        assertEquals(1.0, DedupBenchTruth.jaccard(new long[]{-5, 9}, new long[]{-5, 9}), 1e-12);
    }
}
