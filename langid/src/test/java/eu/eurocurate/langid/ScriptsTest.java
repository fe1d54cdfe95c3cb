package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptsTest {

    private final Map<String, String> cld2 = LidFixtures.cld2();

    @Test
    void serbianAndBosnianInBothScripts() {
        assertEquals("Cyrl", Scripts.profile(cld2.get("sr_Cyrl")).script());
        assertEquals("Latn", Scripts.profile(cld2.get("sr_Latn")).script());
        assertEquals("Latn", Scripts.profile(cld2.get("sr_ME_Latn")).script());
        assertEquals("Cyrl", Scripts.profile(cld2.get("bs_Cyrl")).script());
        assertEquals("Latn", Scripts.profile(cld2.get("bs_Latn")).script());
    }

    @Test
    void greekGeorgianAndOtherCyrillicLanguages() {
        assertEquals("Grek", Scripts.profile(cld2.get("el_Grek")).script());
        assertEquals("Geor", Scripts.profile(cld2.get("ka_Geor")).script());
        assertEquals("Cyrl", Scripts.profile(cld2.get("uk_Cyrl")).script());
        assertEquals("Cyrl", Scripts.profile(cld2.get("mk_Cyrl")).script());
    }

    @Test
    void theMostFrequentScriptWinsInMixedText() {
        // 13 Cyrillic letters against 7 Latin ones.
        assertEquals(new Scripts.Profile("Cyrl", 20), Scripts.profile("Beograd (Београд, Србија)"));
        // A Greek quotation inside Croatian text (from the CLD2 hr_Latn snippet) does not change the script.
        assertEquals("Latn", Scripts.profile(cld2.get("hr_Latn")).script());
    }

    @Test
    void textWithoutLettersIsCommonScript() {
        assertEquals(new Scripts.Profile(Scripts.COMMON, 0), Scripts.profile("12 345,67 € -- 100 % !!! 😀😀"));
        assertEquals(new Scripts.Profile(Scripts.COMMON, 0), Scripts.profile(""));
        assertEquals(new Scripts.Profile(Scripts.COMMON, 0), Scripts.profile(null));
    }

    @Test
    void lettersAreCodePointsAndMarksAreNotLetters() {
        // Gothic letters lie outside the BMP (surrogate pairs): three letters, not six chars.
        assertEquals(new Scripts.Profile("Goth", 3), Scripts.profile("\uD800\uDF30\uD800\uDF31\uD800\uDF32"));
        // e + COMBINING ACUTE ACCENT: one letter.
        assertEquals(new Scripts.Profile("Latn", 1), Scripts.profile("e\u0301"));
    }

    @Test
    void scriptsOutsideTheTableAreUncoded() {
        // Balinese letters (U+1B05..): a real script, not in our table.
        assertEquals(new Scripts.Profile(Scripts.UNCODED, 3), Scripts.profile("\u1B05\u1B06\u1B07"));
    }

    @Test
    void countsAddUpAcrossTextsLikeTheirConcatenation() {
        int[] a = Scripts.counts("Grüße aus Wien ");
        int[] b = Scripts.counts("и поздрав из Београда");
        int[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        assertEquals(Scripts.profile("Grüße aus Wien и поздрав из Београда"), Scripts.profileOfCounts(sum));
        assertEquals(new Scripts.Profile(Scripts.COMMON, 0), Scripts.profileOfCounts(Scripts.counts(null)));
    }
}
