package eu.eurocurate.filters;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.QualityConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality rules on Finnish, Maltese, Greek, Georgian and Bulgarian text (issue 6): real text kept, and rules that
 * fire for reasons specific to the language or its script, with FineWeb-2's per-language thresholds and without.
 */
class NonEnglishRulesTest {

    private static QualityConfig config(String... overrides) {
        return ConfigLoader.load(null, List.of(overrides)).quality();
    }

    /** Only the Gopher quality rules, with FineWeb-2's values or the global ones. */
    private static QualityConfig gopherQualityOnly(String perLanguage) {
        return config("quality.per_language_thresholds=" + perLanguage, "quality.gopher_repetition.enabled=false",
                "quality.c4.enabled=false", "quality.fineweb.enabled=false");
    }

    private static Document run(QualityConfig config, String text, String language) {
        Document d = Samples.document(language, text, language);
        new QualityStage(config).process(d);
        return d;
    }

    private static Decision decision(Document d) {
        return d.decisions().get(0);
    }

    @Test
    void malteseNewsTextIsKeptAndItsCliticStopWordsCount() {
        Document d = run(Samples.defaults(), Samples.text("mt-mudt.txt"), "mlt_Latn");
        assertEquals(Verdict.KEEP, decision(d).verdict(), d::toString);
        assertEquals("fineweb2:mlt_Latn", d.attributes().get(LanguageThresholds.ATTRIBUTE));
        // il-, tal-, ta', u, li ... are written joined to the next word: without the clitic lookup few would count.
        assertTrue(d.scores().get(Reasons.GOPHER_STOP_WORDS) >= 5, d.scores()::toString);
    }

    @Test
    void malteseShortWordsFailFineWeb2sMinimumMeanWordLengthOnly() {
        // Hand-written: everyday Maltese in short words (mean 3.x characters): FineWeb-2's Maltese minimum is 4,
        // Gopher's is 3.
        String sentence = "Jien u hu ma konniex id-dar. Hi qalet li se tiġi għada u ma tridx ikel. Le, ma nafx fejn hu. ";
        String text = sentence.repeat(4);
        Document fineweb2 = run(gopherQualityOnly("fineweb2"), text, "mlt_Latn");
        Document global = run(gopherQualityOnly("none"), text, "mlt_Latn");
        double mean = fineweb2.scores().get(Reasons.GOPHER_MEAN_WORD_LENGTH);
        assertTrue(mean > 3 && mean < 4, "mean " + mean);
        assertEquals(Reasons.GOPHER_MEAN_WORD_LENGTH, decision(fineweb2).reason());
        assertEquals("< 4.0", decision(fineweb2).detail());
        assertNotEquals(Reasons.GOPHER_MEAN_WORD_LENGTH, decision(global).reason());
    }

    @Test
    void finnishCompoundsPassFineWeb2sLongerMaximumMeanWordLength() {
        // Hand-written: Finnish administrative prose, long compounds (mean above Gopher's maximum of 10).
        String text = ("Kansainvälisen järjestön vuosikokouksessa käsiteltiin ilmastonmuutoksen "
                + "torjuntatoimia ja kaupunkisuunnittelun rahoitusta. "
                + "Opetusministeriön työryhmä valmisteli korkeakoulujen rahoitusmallia, jotta "
                + "tutkimusyhteistyötä voitaisiin myös laajentaa. "
                + "Viranomaisen tiedotteessa kerrottiin moottoritieliittymien "
                + "kunnostustöistä ja talvikunnossapidon järjestelyistä. ").repeat(3);
        Document fineweb2 = run(gopherQualityOnly("fineweb2"), text, "fin_Latn");
        Document global = run(gopherQualityOnly("none"), text, "fin_Latn");
        double mean = global.scores().get(Reasons.GOPHER_MEAN_WORD_LENGTH);
        assertTrue(mean > 10 && mean < 13, "mean " + mean);
        assertEquals(Reasons.GOPHER_MEAN_WORD_LENGTH, decision(global).reason());
        assertEquals("> 10.0", decision(global).detail());
        assertEquals(Verdict.KEEP, decision(fineweb2).verdict(), fineweb2::toString);
    }

    @Test
    void greekQuestionMarksEndLinesAndSentencesAndFinalSigmaFolds() {
        // Hand-written Greek questions, ending in the Greek question mark U+037E, stop words in capitals.
        List<String> lines = new ArrayList<>();
        for (String q : List.of("ΠΟΥ ΕΙΝΑΙ ΤΟ ΜΟΥΣΕΙΟ ΚΑΙ ΠΟΤΕ ΑΝΟΙΓΕΙ", "Πόσο κοστίζει το εισιτήριο για τους φοιτητές",
                "Υπάρχει λεωφορείο από το λιμάνι προς το κέντρο της πόλης", "Μπορούμε να δούμε την Ακρόπολη το βράδυ",
                "Ποια είναι η καλύτερη εποχή για να επισκεφθεί κανείς τα νησιά")) {
            lines.add(q + "\u037E");
        }
        String text = String.join("\n", lines) + "\n" + Samples.text("el-handmade.txt");
        Document d = run(Samples.defaults(), text, "ell_Grek");
        assertEquals(Verdict.KEEP, decision(d).verdict(), d::toString);
        assertEquals(1.0, d.scores().get(Reasons.FINEWEB_LINE_PUNCT_RATIO), 1e-9, "every line ends in . or ;");
        // Each question is a sentence: 5 more than the article alone.
        Document article = run(Samples.defaults(), Samples.text("el-handmade.txt"), "ell_Grek");
        assertEquals(article.scores().get(Reasons.C4_SENTENCES) + 5, d.scores().get(Reasons.C4_SENTENCES));
        // "ΤΟΥΣ" with final sigma in capitals is not in FineWeb-2's Greek list, but "ΚΑΙ", "ΤΟ", "ΤΗΣ" are.
        assertTrue(d.scores().get(Reasons.GOPHER_STOP_WORDS) >= article.scores().get(Reasons.GOPHER_STOP_WORDS));
    }

    @Test
    void georgianRepeatedParagraphsAreCaughtWithoutCaseOrSpacesBetweenScriptsMattering() {
        String article = Samples.text("ka-handmade.txt");
        Document once = run(Samples.defaults(), article, "kat_Geor");
        assertEquals(Verdict.KEEP, decision(once).verdict(), once::toString);
        assertTrue(once.scores().get(Reasons.GOPHER_STOP_WORDS) >= 2, "და, რომ ... from FineWeb-2's Georgian list");
        assertTrue(once.scores().get(Reasons.C4_SENTENCES) >= 5, "Georgian sentences end with '.'");
        Document twice = run(Samples.defaults(), article + "\n\n" + article, "kat_Geor");
        assertEquals(Reasons.GOPHER_DUP_PARA_FRAC, decision(twice).reason());
        assertEquals(0.5, decision(twice).value(), 1e-9);
    }

    @Test
    void bulgarianStopWordsMatchInCapitalsAndTheStrictBigramThresholdApplies() {
        String article = Samples.text("bg-handmade.txt");
        Document lower = run(Samples.defaults(), article, "bul_Cyrl");
        Document upper = run(Samples.defaults(), article.toUpperCase(java.util.Locale.ROOT), "bul_Cyrl");
        assertEquals(Verdict.KEEP, decision(lower).verdict(), lower::toString);
        assertEquals(lower.scores().get(Reasons.GOPHER_STOP_WORDS), upper.scores().get(Reasons.GOPHER_STOP_WORDS));

        // A page that keeps naming the same place: the bigram "в София" covers more than FineWeb-2's Bulgarian 0.086
        // of the characters, far below Gopher's 0.20.
        String repetitive = article + "\n\n" + "Живея в София. Работя в София. Уча в София. Обичам да пътувам в София "
                + "и да се разхождам в София, защото в София има много паркове. Пея в София. Танцувам в София. "
                + "Чета в София. Спя в София. Готвя в София. Тичам в София.";
        Document fineweb2 = run(Samples.defaults(), repetitive, "bul_Cyrl");
        Document global = run(config("quality.per_language_thresholds=none"), repetitive, "bul_Cyrl");
        double top2 = fineweb2.scores().get(Reasons.gopherTopNgram(2));
        assertTrue(top2 > 0.086 && top2 < 0.20, "top 2-gram " + top2);
        assertEquals(Reasons.gopherTopNgram(2), decision(fineweb2).reason());
        assertNotEquals(Reasons.gopherTopNgram(2), decision(global).reason());
    }
}
