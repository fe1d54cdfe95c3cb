package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageResultTest {

    @Test
    void identifiedLabelIsTheBestGuess() {
        LanguageResult r = LanguageResult.identified("srp_Cyrl", 0.97, "mkd_Cyrl", 0.2, "Cyrl", 120);
        assertEquals("srp_Cyrl", r.bestGuess());
        assertEquals(0.97, r.bestGuessScore());
        assertFalse(r.isUndetermined());
    }

    @Test
    void undeterminedKeepsTheBestGuessAndHasNoScore() {
        LanguageResult r = LanguageResult.undetermined(LanguageResult.Undetermined.LOW_SCORE, "bos_Latn", 0.41,
                "hrv_Latn", 0.004, "Latn", 150);
        assertEquals("und", r.label());
        assertEquals(0.0, r.score());
        assertEquals("bos_Latn", r.bestGuess());
        assertEquals(0.41, r.bestGuessScore());
        assertTrue(r.isUndetermined());
        assertEquals("low_score", r.undetermined().code());
    }

    @Test
    void rejectsInconsistentResults() {
        assertThrows(IllegalArgumentException.class,
                () -> new LanguageResult("und", 0, "und", 0, null, 0, "Zyyy", 0, null));
        assertThrows(IllegalArgumentException.class, () -> new LanguageResult("deu_Latn", 0.9, "deu_Latn", 0.9, null,
                1, "Latn", 30, LanguageResult.Undetermined.TIE));
        assertThrows(IllegalArgumentException.class,
                () -> new LanguageResult("deu_Latn", 0.9, "nld_Latn", 0.9, null, 1, "Latn", 30, null));
        assertThrows(IllegalArgumentException.class,
                () -> LanguageResult.identified("deu_Latn", 1.2, null, 1, "Latn", 30));
        assertThrows(IllegalArgumentException.class,
                () -> LanguageResult.identified("deu_Latn", Double.NaN, null, 1, "Latn", 30));
        assertThrows(IllegalArgumentException.class,
                () -> LanguageResult.identified("deu_Latn", 0.9, null, 1, "Latn", -1));
    }
}
