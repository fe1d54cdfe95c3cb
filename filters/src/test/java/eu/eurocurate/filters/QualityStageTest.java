package eu.eurocurate.filters;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.QualityConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualityStageTest {

    private static final QualityConfig DEFAULTS = Samples.defaults();
    private final QualityStage stage = new QualityStage(DEFAULTS);

    private static Decision only(Document d) {
        assertEquals(1, d.decisions().size(), d::toString);
        return d.decisions().get(0);
    }

    private static QualityConfig withEnabled(boolean repetition, boolean quality, boolean c4) {
        return withEnabled(repetition, quality, c4, false);
    }

    private static QualityConfig withEnabled(boolean repetition, boolean quality, boolean c4, boolean fineweb) {
        QualityConfig.FineWeb f = DEFAULTS.fineweb();
        QualityConfig.GopherQuality q = DEFAULTS.gopherQuality();
        QualityConfig.GopherRepetition r = DEFAULTS.gopherRepetition();
        QualityConfig.C4 c = DEFAULTS.c4();
        return new QualityConfig(
                new QualityConfig.GopherQuality(quality, q.minWords(), q.maxWords(), q.minMeanWordLength(),
                        q.maxMeanWordLength(), q.maxSymbolWordRatio(), q.maxBulletLinesRatio(),
                        q.maxEllipsisLinesRatio(), q.minAlphaWordsRatio(), q.minStopWords()),
                new QualityConfig.GopherRepetition(repetition, r.dupLineFrac(), r.dupParaFrac(), r.dupLineCharFrac(),
                        r.dupParaCharFrac(), r.topNgramCharFrac(), r.dupNgramCharFrac()),
                new QualityConfig.C4(c4, c.filterNoTerminalPunct(), c.minWordsPerLine(), c.maxWordLength(),
                        c.minSentences(), c.filterLoremIpsum(), c.filterJavascript(), c.filterCurlyBracket(),
                        c.filterPolicy()),
                new QualityConfig.FineWeb(fineweb, f.linePunctThr(), f.linePunctExcludeZero(), f.shortLineThr(),
                        f.shortLineLength(), f.charDuplicatesRatio(), f.newLineRatio()),
                DEFAULTS.perLanguageThresholds());
    }

    @Test
    void nameAndVersion() {
        assertEquals("quality", stage.name());
        assertEquals("2", stage.version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-ctpost.txt", "en-sciencealert.txt", "it-remember8090.txt", "de-heise.txt",
            "fr-lemonde.txt", "es-la-nacion.txt", "cs-aktualne.txt", "fi-handmade.txt", "el-handmade.txt",
            "bg-handmade.txt", "ka-handmade.txt"})
    void keepsRealAndNonEnglishArticles(String sample) {
        Document d = Samples.sample(sample);
        stage.process(d);
        Decision decision = only(d);
        assertEquals(Verdict.KEEP, decision.verdict(), () -> sample + ": " + decision + " " + d.scores());
        assertEquals(Reasons.OK, decision.reason());
        assertNull(decision.value());
    }

    @Test
    void storesEveryMeasurementAsAScore() {
        Document d = Samples.sample("en-sciencealert.txt");
        stage.process(d);
        for (String key : List.of(Reasons.GOPHER_WORD_COUNT, Reasons.GOPHER_MEAN_WORD_LENGTH,
                Reasons.GOPHER_SYMBOL_WORD_RATIO, Reasons.GOPHER_BULLET_LINES, Reasons.GOPHER_ELLIPSIS_LINES,
                Reasons.GOPHER_ALPHA_WORDS, Reasons.GOPHER_STOP_WORDS, Reasons.GOPHER_DUP_PARA_FRAC,
                Reasons.GOPHER_DUP_PARA_CHAR_FRAC, Reasons.GOPHER_DUP_LINE_FRAC, Reasons.GOPHER_DUP_LINE_CHAR_FRAC,
                Reasons.gopherTopNgram(2), Reasons.gopherTopNgram(3), Reasons.gopherTopNgram(4),
                Reasons.gopherDupNgram(5), Reasons.gopherDupNgram(10), Reasons.C4_SENTENCES,
                Reasons.C4_LINES_REMOVED)) {
            assertTrue(d.scores().containsKey(key), key);
        }
        assertEquals(400.0, d.scores().get(Reasons.GOPHER_WORD_COUNT));
    }

    @Test
    void dropsNullAndBlankText() {
        Document none = Samples.document("none", null, "eng_Latn");
        stage.process(none);
        assertEquals(Reasons.NO_TEXT, only(none).reason());
        assertEquals(Verdict.DROP, only(none).verdict());
        assertNull(only(none).value());

        Document blank = Samples.document("blank", " \n\t ", "eng_Latn");
        stage.process(blank);
        assertEquals(Reasons.NO_TEXT, only(blank).reason());
        assertEquals(4.0, only(blank).value());
        assertTrue(blank.scores().isEmpty());
    }

    @Test
    void dropsWithTheFirstFailingRuleAndItsValue() {
        Document d = Samples.document("short", "The museum opens at nine on weekdays and stays open late on Fridays. "
                + "Entry is free for children under twelve, while adults pay a small fee at the door.", "eng_Latn");
        stage.process(d);
        Decision decision = only(d);
        assertEquals(Verdict.DROP, decision.verdict());
        assertEquals(Reasons.GOPHER_WORD_COUNT, decision.reason());
        assertEquals(29.0, decision.value());
        assertEquals("< 50", decision.detail());
    }

    @Test
    void repetitionIsCheckedBeforeQualityAndQualityBeforeC4() {
        // Fails repetition (the same paragraph three times), Gopher quality (24 words) and C4 (3 sentences): the
        // ledger names the repetition rule, as FineWeb's order does, and the later filters are measured all the same.
        String para = "Click here to read the whole story now.";
        Document d = Samples.document("spam", String.join("\n\n", para, para, para), "eng_Latn");
        stage.process(d);
        assertEquals(Reasons.GOPHER_DUP_PARA_FRAC, only(d).reason());
        assertEquals(24.0, d.scores().get(Reasons.GOPHER_WORD_COUNT));
        assertEquals(3.0, d.scores().get(Reasons.C4_SENTENCES));

        // No repetition; fails Gopher quality ('#' per word) and C4 (one sentence): Gopher quality is named.
        String hashtags = Samples.englishProse().replace(".", "") + " #a #b #c #d #e #f #g #h #i #j";
        Document q = Samples.document("tags", hashtags, "eng_Latn");
        stage.process(q);
        assertEquals(Reasons.GOPHER_SYMBOL_WORD_RATIO, only(q).reason());
        assertEquals(1.0, q.scores().get(Reasons.C4_SENTENCES));
    }

    @Test
    void aVeryShortDocumentFailsTheTopBigramRuleFirstAsInFineWeb() {
        // The first bigram alone is more than 20% of a seven-word text; the word count is in the scores.
        Document d = Samples.document("short", "One sentence. Another one. A third one.", "eng_Latn");
        stage.process(d);
        assertEquals(Reasons.gopherTopNgram(2), only(d).reason());
        assertEquals(7.0, d.scores().get(Reasons.GOPHER_WORD_COUNT));
    }

    @Test
    void c4FailureIsReportedWhenTheGopherRulesPass() {
        String text = Samples.englishProse() + "\nfunction show() { return the value; }";
        Document d = Samples.document("code", text, "eng_Latn");
        stage.process(d);
        assertEquals(Reasons.C4_CURLY_BRACKET, only(d).reason());
        assertEquals(text, d.text(), "a dropped document keeps its text");
    }

    @Test
    void replacesTheTextWithC4sCleanedLinesWhenKept() {
        String text = "Home\nNews Sport\n" + Samples.englishProse() + "\nPlease enable JavaScript to comment.\n";
        Document d = Samples.document("nav", text, "eng_Latn");
        stage.process(d);
        assertEquals(Verdict.KEEP, only(d).verdict());
        assertEquals(Samples.englishProse(), d.text());
        assertEquals(3.0, d.scores().get(Reasons.C4_LINES_REMOVED));
    }

    @Test
    void germanIsNotDroppedForLackingEnglishStopWords() {
        Document d = Samples.sample("de-heise.txt");
        stage.process(d);
        assertEquals(Verdict.KEEP, only(d).verdict());

        Document mislabelled = Samples.document("de-as-en", Samples.text("de-heise.txt"), "eng_Latn");
        stage.process(mislabelled);
        assertEquals(Reasons.GOPHER_STOP_WORDS, only(mislabelled).reason());
    }

    @Test
    void disabledFiltersNeitherDecideNorScore() {
        QualityStage none = new QualityStage(withEnabled(false, false, false));
        Document d = Samples.document("short", "Too short.", "eng_Latn");
        none.process(d);
        assertEquals(Reasons.OK, only(d).reason());
        assertTrue(d.scores().isEmpty());
        assertEquals("Too short.", d.text());

        QualityStage onlyC4 = new QualityStage(withEnabled(false, false, true));
        Document e = Samples.sample("en-ctpost.txt");
        onlyC4.process(e);
        assertFalse(e.scores().containsKey(Reasons.GOPHER_WORD_COUNT));
        assertTrue(e.scores().containsKey(Reasons.C4_SENTENCES));
    }

    @Test
    void documentsWithoutWordsAreDroppedNotThrown() {
        Document d = Samples.document("junk", "\u0000\u0001\uFFFD\uD800 ### ---", "eng_Latn");
        stage.process(d);
        assertEquals(Verdict.DROP, only(d).verdict());
        assertEquals(Reasons.GOPHER_WORD_COUNT, only(d).reason());
        assertEquals(0.0, only(d).value());
    }

    /** Distinct four-letter words with two Spanish stop words per sentence: mean word length about 3.6. */
    private static String shortSpanishWords() {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (char a = 'b'; a <= 'z' && n < 90; a++) {
            for (char b : new char[] {'a', 'e', 'o'}) {
                n++;
                if (n % 9 == 3) {
                    sb.append("de ");
                } else if (n % 9 == 6) {
                    sb.append("la ");
                }
                sb.append(a).append(b).append('r').append(a == 'z' ? 'n' : 's').append(n % 9 == 0 ? ". " : " ");
            }
        }
        return sb.toString();
    }

    @Test
    void fineWeb2ThresholdsApplyPerLanguageAndAreRecorded() {
        Document d = Samples.document("es-short-words", shortSpanishWords(), "spa_Latn");
        stage.process(d);
        assertEquals("fineweb2:spa_Latn", d.attributes().get(LanguageThresholds.ATTRIBUTE));
        Decision decision = only(d);
        assertEquals(Reasons.GOPHER_MEAN_WORD_LENGTH, decision.reason(), decision::toString);
        assertEquals("< 4.0", decision.detail(), "FineWeb-2's Spanish minimum, not Gopher's 3");

        QualityConfig none = new QualityConfig(DEFAULTS.gopherQuality(), DEFAULTS.gopherRepetition(), DEFAULTS.c4(),
                DEFAULTS.fineweb(), "none");
        Document e = Samples.document("es-short-words", shortSpanishWords(), "spa_Latn");
        new QualityStage(none).process(e);
        assertEquals(LanguageThresholds.DEFAULT_SET, e.attributes().get(LanguageThresholds.ATTRIBUTE));
        assertTrue(e.scores().get(Reasons.GOPHER_MEAN_WORD_LENGTH) >= 3.0);
        assertTrue(!Reasons.GOPHER_MEAN_WORD_LENGTH.equals(only(e).reason()), only(e)::toString);
    }

    @Test
    void languagesWithoutFineWeb2ValuesUseTheDefaults() {
        Document d = Samples.document("en", Samples.englishProse(), "eng_Latn");
        stage.process(d);
        assertEquals(LanguageThresholds.DEFAULT_SET, d.attributes().get(LanguageThresholds.ATTRIBUTE));
    }
}
