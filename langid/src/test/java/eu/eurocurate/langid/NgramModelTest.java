package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        assertEquals("optimaize-0.6", MODEL.sources().get(MODEL.indexOf("mt")));
        assertEquals("optimaize-0.6+libreoffice-help-gl-7.4.7", MODEL.sources().get(MODEL.indexOf("gl")));
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

    /**
     * The packed, table-driven scorer against the definition written out plainly (JDK letter tests, one row lookup
     * per letter with back-off from trigram to unigram, int additions): identical costs on long mixed texts (more
     * letters than one flush of the 16-bit lanes holds), supplementary letters and scripts no language has.
     */
    @Test
    void packedScoringEqualsThePlainDefinition() {
        String mixed = "Der Bundestag beschloss heute das Gesetz. Вчера в Белграде, Αθήνα και Τбилиси: "
                + "ქართული ენა, Ἀθῆναι, İstanbul'da ĞÜŞ, Łódź, ǅ, 𝔄𝔟𝔠 (Fraktur), 𐐀𐐨 Deseret, mañana ÉCOLE. ";
        StringBuilder long_ = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            long_.append(mixed).append(i).append('\n');
        }
        for (String text : java.util.List.of(mixed, long_.toString(), "", "12 34", "a", "ŉ ǰ ΐ")) {
            int[] packed = new int[MODEL.size()];
            int scored = MODEL.score(text, packed);
            int[] plain = new int[MODEL.size()];
            assertEquals(plainScore(text, plain), scored, text);
            assertArrayEquals(plain, packed, text);
        }
    }

    private static int plainScore(String text, int[] costs) {
        int scored = 0;
        String p1 = null;
        String p2 = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                p1 = null;
                p2 = null;
                continue;
            }
            String c = Character.toString(Character.toLowerCase(cp));
            int[] row = null;
            if (p2 != null) {
                row = MODEL.costsOf(p2 + p1 + c);
            }
            if (row == null && p1 != null) {
                row = MODEL.costsOf(p1 + c);
            }
            if (row == null) {
                row = MODEL.costsOf(c);
            }
            p2 = p1;
            p1 = c;
            if (row != null) {
                scored++;
                for (int l = 0; l < costs.length; l++) {
                    costs[l] += row[l];
                }
            }
        }
        return scored;
    }

    /**
     * The sequential stop reads a prefix (a multiple of the check interval) and never changes the cheapest language
     * of a text whose full reading is clear: the 59 UDHR paragraphs in Luxembourgish and the test sentences.
     */
    @Test
    void sequentialStopReadsLessAndKeepsTheWinner() {
        List<String> texts = new java.util.ArrayList<>(LidFixtures.lines("udhr-ltz.txt"));
        for (String[] row : LidFixtures.tsv("lingua-sentences.tsv")) {
            texts.add(row[1]);
        }
        int stopped = 0;
        for (String text : texts) {
            int[] full = new int[MODEL.size()];
            int all = MODEL.score(text, full);
            int[] early = new int[MODEL.size()];
            int read = MODEL.score(text, early, NgramLanguageIdentifier.STOP_LEAD);
            assertTrue(read <= all, text);
            if (read < all) {
                stopped++;
                assertEquals(0, read % NgramModel.CHECK, text);
                assertEquals(argMin(full), argMin(early), text);
            } else {
                assertArrayEquals(full, early, text);
            }
        }
        assertTrue(stopped >= 40, stopped + " texts stopped early");
    }

    private static int argMin(int[] costs) {
        int best = 0;
        for (int l = 1; l < costs.length; l++) {
            best = costs[l] < costs[best] ? l : best;
        }
        return best;
    }

    @Test
    void quantisationIsTenthsOfANatClampedToTheFloor() {
        assertEquals(0, NgramModel.quantise(0.0));
        assertEquals(23, NgramModel.quantise(Math.log(0.1)));
        assertEquals(NgramModel.FLOOR, NgramModel.quantise(-1000));
        assertEquals(NgramModel.QUANTUM, 0.1);
    }
}
