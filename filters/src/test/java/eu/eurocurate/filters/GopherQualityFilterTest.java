package eu.eurocurate.filters;

import eu.eurocurate.core.config.QualityConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GopherQualityFilterTest {

    private static final QualityConfig.GopherQuality DEFAULTS = Samples.defaults().gopherQuality();
    private final GopherQualityFilter filter = new GopherQualityFilter(DEFAULTS);

    private final Map<String, Double> scores = new TreeMap<>();

    private FilterResult apply(String text, String language) {
        scores.clear();
        return filter.apply(TextProfile.of(text), language, scores::put);
    }

    private static void assertRejected(FilterResult r, String reason, double value) {
        assertTrue(r.rejected(), () -> "expected " + reason + ", got " + r);
        assertEquals(reason, r.reason());
        assertEquals(value, r.value(), 1e-9);
    }

    private static String lines(String line, int times) {
        return (line + "\n").repeat(times);
    }

    @Test
    void keepsOrdinaryEnglishAndReportsEveryMeasurement() {
        FilterResult r = apply(Samples.englishProse(), "eng_Latn");
        assertFalse(r.rejected(), r::toString);
        assertEquals(Reasons.OK, r.reason());
        assertEquals(75.0, scores.get(Reasons.GOPHER_WORD_COUNT));
        assertEquals(337.0 / 75, scores.get(Reasons.GOPHER_MEAN_WORD_LENGTH), 1e-9);
        assertEquals(0.0, scores.get(Reasons.GOPHER_SYMBOL_WORD_RATIO));
        assertEquals(0.0, scores.get(Reasons.GOPHER_BULLET_LINES));
        assertEquals(0.0, scores.get(Reasons.GOPHER_ELLIPSIS_LINES));
        assertEquals(1.0, scores.get(Reasons.GOPHER_ALPHA_WORDS));
        // the, and, to, with, that: distinct words, case-insensitive ("The" counts as "the").
        assertEquals(5.0, scores.get(Reasons.GOPHER_STOP_WORDS));
    }

    @Test
    void rejectsTooFewWords() {
        FilterResult r = apply("Subscribe to our newsletter for the latest news.", "eng_Latn");
        assertRejected(r, Reasons.GOPHER_WORD_COUNT, 8);
        assertEquals("< 50", r.detail());
    }

    @Test
    void rejectsTooManyWords() {
        QualityConfig.GopherQuality at60 = new QualityConfig.GopherQuality(true, 50, 60,
                DEFAULTS.minMeanWordLength(), DEFAULTS.maxMeanWordLength(), DEFAULTS.maxSymbolWordRatio(),
                DEFAULTS.maxBulletLinesRatio(), DEFAULTS.maxEllipsisLinesRatio(), DEFAULTS.minAlphaWordsRatio(),
                DEFAULTS.minStopWords());
        FilterResult r = new GopherQualityFilter(at60).apply(TextProfile.of(Samples.englishProse()), "eng_Latn",
                (k, v) -> { });
        assertRejected(r, Reasons.GOPHER_WORD_COUNT, 75);
        assertEquals("> 60", r.detail());
    }

    @Test
    void rejectsShortMeanWordLength() {
        FilterResult r = apply("we go to it as we do so and be at one with it. ".repeat(5), "eng_Latn");
        assertRejected(r, Reasons.GOPHER_MEAN_WORD_LENGTH, 32.0 / 14);
    }

    @Test
    void rejectsLongMeanWordLength() {
        String text = "Telecommunications infrastructure modernization considerations notwithstanding, "
                + "interdepartmental standardization requirements characteristically necessitate comprehensive "
                + "documentation. ";
        FilterResult r = apply(text.repeat(7), "eng_Latn");
        assertTrue(r.rejected());
        assertEquals(Reasons.GOPHER_MEAN_WORD_LENGTH, r.reason());
        assertTrue(r.value() > 10, () -> "mean " + r.value());
        assertEquals("> 10.0", r.detail());
    }

    @Test
    void rejectsTooManyHashes() {
        String text = Samples.englishProse() + " #news #town #river #market #bread #boats #trees #cafes #bridges #life";
        FilterResult r = apply(text, "eng_Latn");
        assertRejected(r, Reasons.GOPHER_SYMBOL_WORD_RATIO, 10.0 / 85);
        assertEquals(10.0 / 85, scores.get(Reasons.GOPHER_SYMBOL_WORD_RATIO), 1e-9);
    }

    @Test
    void rejectsTooManyEllipses() {
        String text = Samples.englishProse() + " wait... and... then... more... so… yes... well... fine… okay...";
        FilterResult r = apply(text, "eng_Latn");
        assertRejected(r, Reasons.GOPHER_SYMBOL_WORD_RATIO, 9.0 / 84);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2022 ", "- ", "   \u2022"})
    void rejectsBulletLists(String bullet) {
        String text = lines(bullet + "Fresh bread and cheese from the local market", 12);
        FilterResult r = apply(text, "eng_Latn");
        assertRejected(r, Reasons.GOPHER_BULLET_LINES, 1.0);
    }

    @Test
    void blankLinesDoNotDiluteTheBulletRatio() {
        String text = lines("\u2022 Fresh bread and cheese from the local market\n", 12);
        FilterResult r = apply(text, "eng_Latn");
        assertRejected(r, Reasons.GOPHER_BULLET_LINES, 1.0);
    }

    @Test
    void rejectsLinesEndingInEllipsis() {
        String text = lines("Fresh bread and cheese from the local market today", 6)
                + lines("Read the full story about the market and the town...", 3)
                + "Read the whole story of the bridges and the river \u2026\n";
        FilterResult r = apply(text, "eng_Latn");
        assertRejected(r, Reasons.GOPHER_ELLIPSIS_LINES, 0.4);
    }

    @Test
    void rejectsTooFewWordsWithLetters() {
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            numbers.append(' ').append(1990 + i);
        }
        FilterResult r = apply(Samples.englishProse() + numbers, "eng_Latn");
        assertRejected(r, Reasons.GOPHER_ALPHA_WORDS, 75.0 / 100);
    }

    @Test
    void rejectsEnglishWithoutEnoughDistinctStopWords() {
        // "the" many times is still one of Gopher's words: the paper asks for two of them.
        String text = "Cheap flights Paris London deals today, book online now, save money on the hotels, "
                .repeat(5);
        FilterResult r = apply(text, "eng_Latn");
        assertRejected(r, Reasons.GOPHER_STOP_WORDS, 1);
        assertEquals("< 2 (eng_Latn)", r.detail());
    }

    @Test
    void germanTextLabelledEnglishFailsTheEnglishListButPassesTheGermanOne() {
        String german = Samples.text("de-heise.txt");
        assertRejected(apply(german, "eng_Latn"), Reasons.GOPHER_STOP_WORDS, 0);
        assertFalse(apply(german, "deu_Latn").rejected());
        assertTrue(scores.get(Reasons.GOPHER_STOP_WORDS) >= 2);
    }

    @Test
    void appliesTheListOfTheDocumentsLanguage() {
        String finnishWithoutStopWords = "Helsingin keskusta, Tampereen rautatieasema, Turun linna, Oulun tori. "
                .repeat(13);
        assertRejected(apply(finnishWithoutStopWords, "fin_Latn"), Reasons.GOPHER_STOP_WORDS, 0);
        assertFalse(apply(Samples.text("fi-handmade.txt"), "fin_Latn").rejected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"el-handmade.txt", "bg-handmade.txt", "ka-handmade.txt", "cs-aktualne.txt"})
    void appliesFineWeb2StopWordListsToGreekBulgarianGeorgianAndCzech(String sample) {
        FilterResult r = apply(Samples.text(sample), Samples.LANGUAGES.get(sample));
        assertFalse(r.rejected(), r::toString);
        assertTrue(scores.get(Reasons.GOPHER_STOP_WORDS) >= 2, () -> sample + " " + scores);
        assertTrue(scores.get(Reasons.GOPHER_ALPHA_WORDS) > 0.95);
    }

    @Test
    void skipsTheStopWordRuleForLanguagesWithoutAList() {
        String latin = "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani. ".repeat(6);
        apply(latin, "lat_Latn");
        assertFalse(scores.containsKey(Reasons.GOPHER_STOP_WORDS));
    }

    @Test
    void countsCliticsJoinedToTheNextWord() {
        // Hand-written Maltese: FineWeb-2's list holds "tal-", "il-", "fil-" ... written joined to their noun.
        String maltese = "Il-belt kapitali tal-pajjiż hija mimlija nies fil-ġurnata tas-sajf, u ħafna jżuru l-mużew. ";
        apply(maltese.repeat(8), "mlt_Latn");
        assertTrue(scores.get(Reasons.GOPHER_STOP_WORDS) >= 4, scores::toString);
    }

    @Test
    void skipsTheStopWordRuleWhenTheLanguageIsUnknown() {
        String noStopWords = "Cheap flights Paris London deals today, book online now, save money hotels. ".repeat(5);
        assertFalse(apply(noStopWords, null).rejected());
        assertFalse(apply(noStopWords, "und").rejected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-ctpost.txt", "en-sciencealert.txt", "it-remember8090.txt", "de-heise.txt",
            "fr-lemonde.txt", "es-la-nacion.txt", "cs-aktualne.txt", "fi-handmade.txt", "el-handmade.txt",
            "bg-handmade.txt", "ka-handmade.txt"})
    void keepsRealArticles(String sample) {
        FilterResult r = apply(Samples.text(sample), Samples.LANGUAGES.get(sample));
        assertFalse(r.rejected(), () -> sample + ": " + r + " " + scores);
    }

    @Test
    void textWithoutWordsHasZeroRatiosNotNaN() {
        FilterResult r = apply("— … — !!! ###", "eng_Latn");
        assertRejected(r, Reasons.GOPHER_WORD_COUNT, 0);
        scores.values().forEach(v -> assertFalse(v.isNaN() || v.isInfinite(), scores::toString));
    }
}
