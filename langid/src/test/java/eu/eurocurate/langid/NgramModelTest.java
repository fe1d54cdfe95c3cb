package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NgramModelTest {

    private static final NgramModel MODEL = NgramModel.shared();

    @Test
    void loadsEveryLanguageOfTheIndexOnce() {
        assertSame(MODEL, NgramModel.shared());
        assertTrue(MODEL.size() > 60);
        assertEquals("mlt", MODEL.iso639_3().get(MODEL.indexOf("mt")));
        assertEquals("optimaize-0.6", MODEL.sources().get(MODEL.indexOf("gl")));
        assertEquals("lingua-1.2.2", MODEL.sources().get(MODEL.indexOf("de")));
        int[] entries = MODEL.entries();
        assertTrue(entries[0] > 500 && entries[1] > 10_000 && entries[2] > 100_000, java.util.Arrays.toString(entries));
    }

    @Test
    void scoresEveryLetterOnceAndSkipsUnknownScripts() {
        int[] costs = new int[MODEL.size()];
        assertEquals(8, MODEL.score("Die Katze, 42!", costs), "d-i-e k-a-t-z-e");
        assertTrue(costs[MODEL.indexOf("de")] > 0);
    }

    @Test
    void germanTextIsCheapestUnderTheGermanModel() {
        int[] costs = new int[MODEL.size()];
        MODEL.score("Die Bundesregierung hat heute beschlossen, die Steuern zu senken.", costs);
        int de = MODEL.indexOf("de");
        for (int l = 0; l < costs.length; l++) {
            assertTrue(l == de || costs[l] > costs[de], MODEL.codes().get(l));
        }
        int[] none = new int[MODEL.size()];
        assertEquals(0, MODEL.score("中文", none), "no language of the model writes Han");
    }

    @Test
    void quantisationIsTenthsOfANatClampedToTheFloor() {
        assertEquals(0, NgramModel.quantise(0.0));
        assertEquals(23, NgramModel.quantise(Math.log(0.1)));
        assertEquals(NgramModel.FLOOR, NgramModel.quantise(-1000));
        assertEquals(NgramModel.QUANTUM, 0.1);
    }
}
