package eu.eurocurate.filters;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageThresholdsTest {

    private final LanguageThresholds table = LanguageThresholds.fineweb2();

    @Test
    void holdsFineWeb2ValuesForEveryMissionLanguageButEnglishAndMontenegrin() {
        assertEquals(31, table.labels().size());
        LanguageThresholds.Entry maltese = table.forLabel("mlt_Latn").orElseThrow();
        assertEquals(4, maltese.minAvgWordLength());
        assertEquals(12, maltese.maxAvgWordLength());
        assertEquals(0.458, maltese.dupLineFrac());
        assertEquals(Map.of(2, 0.533, 3, 0.607, 4, 0.596), maltese.topNgrams());
        assertEquals(6, maltese.dupNgrams().size());
        assertTrue(maltese.stopWords().contains("tal-"));
        assertTrue(maltese.source().startsWith("configs/mlt_Latn.yml"));
    }

    @Test
    void montenegrinFallsBackToSerbianLatin() {
        assertEquals("srp_Latn", table.forLabel("cnr_Latn").orElseThrow().label());
    }

    @Test
    void aLabelWithoutScriptMatchesOnlyWhenUnambiguous() {
        assertEquals("fin_Latn", table.forLabel("fin").orElseThrow().label());
        assertTrue(table.forLabel("srp").isEmpty(), "Serbian has two scripts");
        assertTrue(table.forLabel("eng_Latn").isEmpty(), "English is FineWeb 1's, not in FineWeb-2");
        assertTrue(table.forLabel(null).isEmpty());
    }
}
