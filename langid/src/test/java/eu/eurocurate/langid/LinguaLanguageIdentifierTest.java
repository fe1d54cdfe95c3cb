package eu.eurocurate.langid;

import com.github.pemistahl.lingua.api.Language;
import eu.eurocurate.core.config.ConfigException;
import eu.eurocurate.core.config.LangIdConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mostly in low-accuracy mode over the 35 languages (loads in about a second); one test uses high accuracy. */
class LinguaLanguageIdentifierTest {

    private final LinguaLanguageIdentifier low = LinguaLanguageIdentifier.shared(LidFixtures.lowDefaults());
    private final Map<String, String> cld2 = LidFixtures.cld2();

    @Test
    void identifiesRealSentencesOfEveryLinguaLanguage() {
        // 4 sentences per language, the first lines of Lingua's own test set. Lingua's published figures for low
        // accuracy on sentences average about 96%; Bosnian is the known exception (mostly taken for Croatian,
        // README "Limitations"), so it only counts towards the total.
        int correct = 0;
        int total = 0;
        Map<String, Integer> perLanguage = new TreeMap<>();
        for (String[] row : LidFixtures.tsv("lingua-sentences.tsv")) {
            String expected = LanguageLabels.iso639_3(row[0]).orElseThrow();
            LanguageResult r = low.identify(row[1]);
            boolean ok = LanguageLabels.languageOf(r.bestGuess()).equals(expected);
            correct += ok ? 1 : 0;
            total++;
            perLanguage.merge(row[0], ok ? 1 : 0, Integer::sum);
        }
        assertEquals(140, total);
        assertTrue(correct >= 126, "at least 90% right, got " + correct + "/" + total + " " + perLanguage);
        perLanguage.forEach((lang, ok) -> {
            if (!lang.equals("bs")) {
                assertTrue(ok >= 3, lang + ": " + ok + "/4 right " + perLanguage);
            }
        });
    }

    @Test
    void labelsCarryTheScriptMeasuredOnTheText() {
        assertEquals("srp_Cyrl", low.identify(cld2.get("sr_Cyrl")).label());
        assertEquals("ukr_Cyrl", low.identify(cld2.get("uk_Cyrl")).label());
        assertEquals("mkd_Cyrl", low.identify(cld2.get("mk_Cyrl")).label());
        assertEquals("bul_Cyrl", low.identify(cld2.get("bg_Cyrl")).label());
        assertEquals("ell_Grek", low.identify(cld2.get("el_Grek")).label());
        assertEquals("kat_Geor", low.identify(cld2.get("ka_Geor")).label());
        assertEquals("hrv_Latn", low.identify(cld2.get("hr_Latn")).label());
        assertEquals("deu_Latn", low.identify(cld2.get("de_Latn")).label());
        LanguageResult nynorsk = low.identify(cld2.get("nn_Latn"));
        assertEquals("nno_Latn", nynorsk.label());
        assertEquals("Latn", nynorsk.script());
        assertTrue(nynorsk.score() >= 0.5 && nynorsk.score() <= 1.0);
    }

    @Test
    void serbianAndBosnianScriptsFollowTheTextButLinguaKnowsOneScriptEach() {
        // Lingua 1.2.2 models Serbian in Cyrillic only and Bosnian/Croatian in Latin only (README "Limitations"):
        // Bosnian in Cyrillic comes out as Serbian, Serbian in Latin as Croatian or Bosnian. The script is right.
        LanguageResult bosnianCyrillic = low.identify(cld2.get("bs_Cyrl"));
        assertEquals("srp_Cyrl", bosnianCyrillic.bestGuess());
        LanguageResult serbianLatin = low.identify(cld2.get("sr_Latn"));
        assertTrue(Set.of("hrv_Latn", "bos_Latn").contains(serbianLatin.bestGuess()), serbianLatin.toString());
        LanguageResult montenegrin = low.identify(cld2.get("sr_ME_Latn"));
        assertTrue(Set.of("hrv_Latn", "bos_Latn").contains(montenegrin.bestGuess()), montenegrin.toString());
    }

    @Test
    void tooShortTextIsUndeterminedButKeepsItsBestGuess() {
        LanguageResult r = low.identify("Guten Morgen");
        assertEquals("und", r.label());
        assertEquals(LanguageResult.Undetermined.TOO_SHORT, r.undetermined());
        assertEquals(11, r.letters());
        assertEquals("Latn", r.script());
        assertFalse(r.bestGuess().equals("und"), "Lingua still guessed: " + r);
    }

    @Test
    void numbersEmojiAndEmptyTextAreUndetermined() {
        for (String text : new String[] {"12 345,67 € / 2024-05-18 -- 100 %", "😀😀😀 👍🏽 🇪🇺", "", " \n\t ", null}) {
            LanguageResult r = low.identify(text);
            assertEquals("und", r.label(), String.valueOf(text));
            assertEquals("und", r.bestGuess());
            assertEquals(0.0, r.bestGuessScore());
            assertEquals(0, r.letters());
            assertEquals(Scripts.COMMON, r.script());
            assertEquals(LanguageResult.Undetermined.TOO_SHORT, r.undetermined());
        }
    }

    @Test
    void scriptsNoConfiguredLanguageUsesHaveNoCandidate() {
        // Arabic (UDHR art. 1): Lingua's rules keep only languages written in the text's alphabet, and none is.
        LanguageResult r = low.identify("يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق");
        assertEquals("und", r.label());
        assertEquals(LanguageResult.Undetermined.NO_CANDIDATE, r.undetermined());
        assertEquals("Arab", r.script());
        assertEquals("und", r.bestGuess());
    }

    @Test
    void scoreBelowMinScoreIsUndetermined() {
        LinguaLanguageIdentifier strict = LinguaLanguageIdentifier.shared(LidFixtures.config("low", 0.9999, true, List.of()));
        // Croatian with Bosnian close behind: a credible guess at min_score 0.5, not at 0.9999.
        String croatian = LidFixtures.tsv("lingua-sentences.tsv").stream()
                .filter(row -> row[0].equals("hr")).findFirst().orElseThrow()[1];
        LanguageResult relaxed = low.identify(croatian);
        LanguageResult r = strict.identify(croatian);
        assertEquals("hrv_Latn", relaxed.label());
        assertEquals("bos_Latn", relaxed.runnerUp());
        assertEquals("und", r.label());
        assertEquals(LanguageResult.Undetermined.LOW_SCORE, r.undetermined());
        assertEquals("hrv_Latn", r.bestGuess());
        assertEquals(relaxed.score(), r.bestGuessScore());
    }

    @Test
    void anExactTieIsUndeterminedAndNoValuesMeanNoCandidate() {
        // Lingua's detectLanguageOf answers UNKNOWN when the two best languages are equally likely; so do we.
        Map<Language, Double> tie = new TreeMap<>(Map.of(Language.CROATIAN, 1.0, Language.BOSNIAN, 1.0,
                Language.SLOVENE, 0.8));
        LanguageResult r = low.interpret(tie, new Scripts.Profile("Latn", 60));
        assertEquals(LanguageResult.Undetermined.TIE, r.undetermined());
        assertEquals("bos_Latn", r.bestGuess(), "ties go to the first language in Lingua's order, as in Lingua");
        assertEquals("hrv_Latn", r.runnerUp());
        assertEquals(0.0, r.margin());

        LanguageResult none = low.interpret(Map.of(), new Scripts.Profile("Latn", 60));
        assertEquals(LanguageResult.Undetermined.NO_CANDIDATE, none.undetermined());
        assertNull(none.runnerUp());

        LanguageResult single = low.interpret(Map.of(Language.GREEK, 1.0), new Scripts.Profile("Grek", 60));
        assertEquals("ell_Grek", single.label());
        assertEquals(1.0, single.margin());
        assertTrue(single.score() > 0.99);
    }

    @Test
    void onlyTheFirstMaxCharsAreClassified() {
        LangIdConfig d = LidFixtures.lowDefaults();
        LinguaLanguageIdentifier first200 = LinguaLanguageIdentifier.shared(new LangIdConfig("low", d.languages(),
                d.minScore(), d.minChars(), 200, true, List.of()));
        String german = "Die Landesregierung hat am Dienstag beschlossen, die Förderung für kleine Gemeinden im "
                + "ländlichen Raum deutlich zu erhöhen, damit Schulen und Bibliotheken erhalten bleiben. ";
        StringBuilder english = new StringBuilder();
        LidFixtures.tsv("lingua-sentences.tsv").stream().filter(row -> row[0].equals("en"))
                .forEach(row -> english.append(' ').append(row[1]));
        LanguageResult r = first200.identify(german + english);
        assertEquals("deu_Latn", r.label());
        assertTrue(r.letters() <= 200);
        assertEquals("eng_Latn", low.identify(german + english).label(), "the whole text is mostly English");
        // The cut never splits a surrogate pair.
        assertEquals("ab", LinguaLanguageIdentifier.prefix("ab\uD800\uDF30", 3));
        assertEquals("ab\uD800\uDF30", LinguaLanguageIdentifier.prefix("ab\uD800\uDF30c", 4));
    }

    @Test
    void languagesLinguaLacksAreIgnoredAndReported() {
        assertEquals(Set.of("mt", "cnr", "gl", "lb"), low.unsupportedLanguages());
        assertEquals(35, low.languages().size());
        assertTrue(low.languages().containsAll(Set.of("srp", "bos", "hrv", "nob", "nno", "ekk", "lvs", "als")));
        assertFalse(low.languages().contains("mlt"));
        assertEquals("lingua-1.2.2-low", low.id());
    }

    @Test
    void sharedOncePerIdentificationSettings() {
        assertSame(low, LinguaLanguageIdentifier.shared(LidFixtures.lowDefaults()));
        // The stage's policy keys do not matter, nor the order or case of the languages.
        assertSame(low, LinguaLanguageIdentifier.shared(LidFixtures.config("low", 0.5, false, List.of("deu_Latn"))));
        LangIdConfig d = LidFixtures.lowDefaults();
        List<String> reversed = new java.util.ArrayList<>(d.languages().stream().map(String::toUpperCase).toList());
        java.util.Collections.reverse(reversed);
        assertSame(low, LinguaLanguageIdentifier.shared(LidFixtures.withLanguages("low", reversed)));
        assertNotSame(low, LinguaLanguageIdentifier.shared(LidFixtures.config("low", 0.7, true, List.of())));
    }

    @Test
    void unknownCodesAndTooFewLinguaLanguagesAreConfigurationErrors() {
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> LinguaLanguageIdentifier.shared(LidFixtures.withLanguages("low", List.of("de", "xx"))));
        assertEquals("langid.languages", unknown.key());
        ConfigException tooFew = assertThrows(ConfigException.class,
                () -> LinguaLanguageIdentifier.shared(LidFixtures.withLanguages("low", List.of("de", "mt", "gl"))));
        assertEquals("langid.languages", tooFew.key());
    }

    @Test
    void aLinguaLanguageOutsideTheProjectUsesLinguasCode() {
        LinguaLanguageIdentifier deRu = LinguaLanguageIdentifier.shared(LidFixtures.withLanguages("low", List.of("de", "ru")));
        assertEquals(Set.of("deu", "rus"), deRu.languages());
        assertEquals("rus_Cyrl", deRu.identify("Все люди рождаются свободными и равными в своем достоинстве и правах.").label());
    }

    @Test
    void highAccuracyIsBetterOnShortText() {
        // The one high-accuracy test: restricted to six languages so that only their models load (a few seconds).
        List<String> six = List.of("de", "en", "fr", "hr", "sr", "pl");
        LinguaLanguageIdentifier high = LinguaLanguageIdentifier.shared(LidFixtures.withLanguages("high", six));
        LinguaLanguageIdentifier lowSix = LinguaLanguageIdentifier.shared(LidFixtures.withLanguages("low", six));
        assertEquals("lingua-1.2.2-high", high.id());
        int highRight = 0;
        int lowRight = 0;
        List<String[]> pairs = LidFixtures.tsv("lingua-word-pairs.tsv");
        for (String[] row : pairs) {
            String expected = LanguageLabels.iso639_3(row[0]).orElseThrow();
            LanguageResult h = high.identify(row[1]);
            // Short text runs Lingua's 1- to 5-gram models on the common fork-join pool: still deterministic.
            assertEquals(h, high.identify(row[1]));
            highRight += LanguageLabels.languageOf(h.bestGuess()).equals(expected) ? 1 : 0;
            lowRight += LanguageLabels.languageOf(lowSix.identify(row[1]).bestGuess()).equals(expected) ? 1 : 0;
        }
        assertTrue(highRight >= 16, "high accuracy: " + highRight + "/" + pairs.size());
        assertTrue(highRight >= lowRight, "high " + highRight + " vs low " + lowRight);
        assertEquals("srp_Cyrl", high.identify(cld2.get("sr_Cyrl")).label());
    }
}
