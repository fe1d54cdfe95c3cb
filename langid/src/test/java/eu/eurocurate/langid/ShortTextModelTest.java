package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortTextModelTest {

    private static final ShortTextModel MODEL = ShortTextModel.shared();

    @Test
    void cleansLikeLingua() {
        assertEquals("hello world times", ShortTextModel.clean("  Hello, World!  42 times. "));
        assertEquals("dont", ShortTextModel.clean("don't"), "punctuation is removed, not replaced by a space");
        assertEquals("straße ελλάδα", ShortTextModel.clean("STRAßE\tΕλλάδα"));
        assertEquals("", ShortTextModel.clean("123 !?"));
    }

    @Test
    void distinctLetterNgramsPerOrderWithinWords() {
        ShortTextModel.Grams g = ShortTextModel.grams("abca ab");
        assertEquals(3, g.count(1), "a, b, c");
        assertEquals(3, g.count(2), "ab, bc, ca: no n-gram across the space");
        assertEquals(2, g.count(3), "abc, bca");
        assertEquals(1, g.count(4), "abca");
        assertEquals(0, g.count(5));
        // each n-gram carries the hashes of its prefixes, for the back-off
        long[] abc = g.prefixes()[2][0];
        assertArrayEquals(new long[] {ShortTextModel.hash("a", 0, 1), ShortTextModel.hash("ab", 0, 2),
                ShortTextModel.hash("abc", 0, 3)}, abc);
        assertTrue(ShortTextModel.grams("").isEmpty());
    }

    @Test
    void scoresTheRightLanguageHigherOnShortTexts() {
        assertTrue(score("en", "water parks") > score("de", "water parks"));
        assertTrue(score("de", "unterstützung finden") > score("en", "unterstützung finden"));
        assertTrue(score("pt", "não está") > score("es", "não está"));
        assertTrue(score("es", "cuando llegó") > score("pt", "cuando llegó"));
        assertTrue(score("bg", "съществува още") > score("ru", "съществува още"));
    }

    @Test
    void unknownLettersGiveNoValueAndPriorsLowerIt() {
        assertTrue(Double.isNaN(score("en", "ελλάδα")), "English knows no Greek letter");
        ShortTextModel.Grams g = ShortTextModel.grams(ShortTextModel.clean("water parks"));
        double plain = MODEL.score("en", g, 0);
        // 8 distinct letters (w a t e r p k s): the prior is spread over the letters the language knows
        assertEquals(plain - 4.0 / 8, MODEL.score("en", g, 4.0), 1e-9);
    }

    @Test
    void languagesWithUnigramsOnlyScoreByTheirLetters() {
        // Lingua ships unigrams only for Greek and Georgian: higher orders back off to them, nothing fails
        assertTrue(score("el", "καλημέρα κόσμε") < 0);
        assertTrue(Double.isNaN(score("ru", "καλημέρα κόσμε")), "Russian knows no Greek letter");
        assertTrue(score("ka", "გამარჯობა") < 0);
    }

    @Test
    void knowsWhichLanguagesLinguaShipsAndLoadsThemLazily() {
        assertTrue(ShortTextModel.has("de"));
        assertFalse(ShortTextModel.has("mt"), "Lingua 1.2.2 has no Maltese");
        assertFalse(ShortTextModel.has("gl"));
        int before = MODEL.loaded();
        score("is", "hér er");
        assertTrue(MODEL.loaded() >= Math.max(1, before), "Icelandic loaded on first use");
    }

    private static double score(String code, String text) {
        return MODEL.score(code, ShortTextModel.grams(ShortTextModel.clean(text)), 0);
    }
}
