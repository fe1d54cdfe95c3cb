package eu.eurocurate.filters;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StopWordsTest {

    private final StopWords bundled = StopWords.bundled();

    @Test
    void englishIsGophersEightWords() {
        assertEquals(Optional.of(Set.of("the", "be", "to", "of", "and", "that", "have", "with")),
                bundled.forLanguage("eng_Latn"));
    }

    @Test
    void shipsTheSnowballListsForGermanFinnishFrenchItalianSpanish() {
        java.util.Set<String> all = new java.util.TreeSet<>(StopWords.BUNDLED_LANGUAGES);
        all.addAll(StopWords.FINEWEB2_LANGUAGES);
        assertEquals(all, new java.util.TreeSet<>(bundled.languages()));
        assertEquals(32, all.size(), "every mission language has a list");
        assertTrue(bundled.forLanguage("deu_Latn").orElseThrow().containsAll(Set.of("und", "der", "für", "über")));
        assertTrue(bundled.forLanguage("fra_Latn").orElseThrow().containsAll(Set.of("le", "était", "avons")));
        assertTrue(bundled.forLanguage("ita_Latn").orElseThrow().containsAll(Set.of("della", "è", "più")));
        assertTrue(bundled.forLanguage("spa_Latn").orElseThrow().containsAll(Set.of("de", "también", "habíamos")));
        // Snowball's Finnish list puts a whole declension on one line.
        assertTrue(bundled.forLanguage("fin_Latn").orElseThrow().containsAll(Set.of("minä", "minulle", "ja", "että")));
        // Comments after the vertical bar are not words.
        assertFalse(bundled.forLanguage("deu_Latn").orElseThrow().contains("but"));
    }

    @Test
    void languagesWithoutAListHaveNone() {
        assertTrue(bundled.forLanguage("lat_Latn").isEmpty());
        assertTrue(bundled.forLanguage("und").isEmpty());
        assertTrue(bundled.forLanguage(null).isEmpty());
        assertTrue(bundled.forLanguage("").isEmpty());
        assertNull(bundled.table("lat_Latn"));
    }

    @Test
    void everyMissionLanguageHasAList() {
        assertTrue(bundled.forLanguage("ell_Grek").orElseThrow().contains("και"));
        assertTrue(bundled.forLanguage("bul_Cyrl").orElseThrow().contains("на"));
        assertTrue(bundled.forLanguage("kat_Geor").orElseThrow().contains("და"));
        assertTrue(bundled.forLanguage("mlt_Latn").orElseThrow().contains("tal-"));
        assertTrue(bundled.forLanguage("cnr_Latn").orElseThrow().contains("koji"), "Montenegrin reads Serbian Latin");
        assertTrue(bundled.forLanguage("srp_Cyrl").orElseThrow().containsAll(java.util.List.of("је", "je")),
                "Serbian holds both scripts");
    }

    @Test
    void acceptsABareCodeAndIgnoresItsCase() {
        assertTrue(bundled.forLanguage("deu").isPresent());
        assertTrue(bundled.forLanguage("DEU_Latn").isPresent());
    }

    @Test
    void givenListsAreLowerCased() {
        StopWords custom = StopWords.of(Map.of("ell", Set.of("ΚΑΙ", "το")));
        assertEquals(Optional.of(Set.of("και", "το")), custom.forLanguage("ell_Grek"));
    }

    @Test
    void parsesSnowballFormat() throws IOException {
        String list = " | a comment\nfirst        |  translation\nsecond third | more\n\n|only comment\n";
        assertEquals(Set.of("first", "second", "third"),
                StopWords.parseSnowball(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8))));
    }
}
