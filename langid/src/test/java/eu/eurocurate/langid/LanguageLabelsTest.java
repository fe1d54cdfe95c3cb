package eu.eurocurate.langid;

import com.github.pemistahl.lingua.api.Language;
import eu.eurocurate.core.config.ConfigLoader;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageLabelsTest {

    @Test
    void everyConfiguredLanguageHasAnIso639_3Code() {
        List<String> configured = ConfigLoader.defaults().langid().languages();
        assertEquals(39, configured.size());
        Set<String> codes = new HashSet<>();
        for (String code : configured) {
            String iso3 = LanguageLabels.iso639_3(code).orElseThrow(() -> new AssertionError("no label for " + code));
            assertTrue(iso3.matches("[a-z]{3}"), iso3);
            codes.add(iso3);
        }
        assertEquals(39, codes.size(), "two configured languages share a code");
        assertEquals(Set.copyOf(configured), LanguageLabels.configCodes());
    }

    @Test
    void individualLanguageCodesAsInFineWeb2() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("de", "deu"), Map.entry("sr", "srp"), Map.entry("bs", "bos"), Map.entry("hr", "hrv"),
                Map.entry("cnr", "cnr"), Map.entry("nb", "nob"), Map.entry("nn", "nno"), Map.entry("uk", "ukr"),
                Map.entry("ka", "kat"), Map.entry("el", "ell"), Map.entry("et", "ekk"), Map.entry("lv", "lvs"),
                Map.entry("sq", "als"), Map.entry("mt", "mlt"), Map.entry("gl", "glg"), Map.entry("lb", "ltz"),
                Map.entry("ga", "gle"), Map.entry("eu", "eus"), Map.entry("is", "isl"), Map.entry("ro", "ron"));
        expected.forEach((code, iso3) -> assertEquals(Optional.of(iso3), LanguageLabels.iso639_3(code), code));
    }

    @Test
    void agreesWithLinguaExceptWhereLinguaUsesTheMacrolanguage() {
        Map<String, String> macro = Map.of("et", "est", "lv", "lav", "sq", "sqi");
        int compared = 0;
        for (Language language : Language.values()) {
            String code = language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
            Optional<String> ours = LanguageLabels.iso639_3(code);
            if (language == Language.UNKNOWN || ours.isEmpty()) {
                continue;
            }
            String lingua = language.getIsoCode639_3().toString().toLowerCase(Locale.ROOT);
            assertEquals(macro.getOrDefault(code, ours.get()), lingua, code);
            compared++;
        }
        assertEquals(35, compared, "Lingua 1.2.2 knows 35 of our 39 languages (not mt, cnr, gl, lb)");
    }

    @Test
    void labelJoinsLanguageAndScript() {
        assertEquals("srp_Latn", LanguageLabels.label("srp", "Latn"));
        assertEquals("bos_Cyrl", LanguageLabels.label("bos", "Cyrl"));
        assertEquals("srp", LanguageLabels.languageOf("srp_Cyrl"));
        assertEquals("und", LanguageLabels.languageOf(LanguageLabels.UNDETERMINED));
    }

    @Test
    void unknownCodesHaveNoLabelAndCaseDoesNotMatter() {
        assertEquals(Optional.empty(), LanguageLabels.iso639_3("xx"));
        assertEquals(Optional.empty(), LanguageLabels.iso639_3(null));
        assertEquals(Optional.of("deu"), LanguageLabels.iso639_3("DE"));
    }
}
