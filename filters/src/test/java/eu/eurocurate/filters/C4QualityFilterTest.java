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

class C4QualityFilterTest {

    private static final QualityConfig.C4 DEFAULTS = Samples.defaults().c4();

    private final Map<String, Double> scores = new TreeMap<>();

    private C4QualityFilter.Result apply(QualityConfig.C4 config, String text) {
        scores.clear();
        return new C4QualityFilter(config).apply(TextProfile.of(text), scores::put);
    }

    private C4QualityFilter.Result apply(String text) {
        return apply(DEFAULTS, text);
    }

    private static QualityConfig.C4 withTerminalPunctuation() {
        return new QualityConfig.C4(true, true, DEFAULTS.minWordsPerLine(), DEFAULTS.maxWordLength(),
                DEFAULTS.minSentences(), DEFAULTS.filterLoremIpsum(), DEFAULTS.filterJavascript(),
                DEFAULTS.filterCurlyBracket(), DEFAULTS.filterPolicy());
    }

    private static final String PROSE = Samples.englishProse();

    @Test
    void keepsProseUnchanged() {
        C4QualityFilter.Result r = apply(PROSE);
        assertFalse(r.verdict().rejected(), r::toString);
        assertEquals(PROSE, r.text());
        assertEquals(0, r.linesRemoved());
        assertEquals(6.0, scores.get(Reasons.C4_SENTENCES));
        assertEquals(0.0, scores.get(Reasons.C4_LINES_REMOVED));
    }

    @Test
    void rejectsLoremIpsum() {
        C4QualityFilter.Result r = apply(PROSE + "\nLorem ipsum dolor sit amet, consectetur adipiscing elit.");
        assertTrue(r.verdict().rejected());
        assertEquals(Reasons.C4_LOREM_IPSUM, r.verdict().reason());
        assertEquals(2.0, r.verdict().value());
    }

    @Test
    void rejectsCurlyBrackets() {
        C4QualityFilter.Result r = apply(PROSE + "\nfunction show() { return the value of the item; }");
        assertTrue(r.verdict().rejected());
        assertEquals(Reasons.C4_CURLY_BRACKET, r.verdict().reason());
        assertEquals(2.0, r.verdict().value());
    }

    @Test
    void theFirstDocumentLevelRuleInLineOrderWins() {
        C4QualityFilter.Result r = apply("if (x) { y = 1; } else { y = 2; }\n" + PROSE + "\nlorem ipsum dolor sit");
        assertEquals(Reasons.C4_CURLY_BRACKET, r.verdict().reason());
        assertEquals(1.0, r.verdict().value());
    }

    @Test
    void bracketsOnRemovedLinesDoNotCount() {
        // A line removed earlier (too few words) is never checked for '{' or lorem ipsum, as in datatrove.
        C4QualityFilter.Result r = apply("{ }\nLorem ipsum\n" + PROSE);
        assertFalse(r.verdict().rejected(), r::toString);
    }

    @Test
    void rejectsTooFewSentences() {
        C4QualityFilter.Result r = apply("The market opens at seven. It closes at noon. Fish is sold at the harbour.");
        assertTrue(r.verdict().rejected());
        assertEquals(Reasons.C4_TOO_FEW_SENTENCES, r.verdict().reason());
        assertEquals(3.0, r.verdict().value());
        assertEquals("< 5", r.verdict().detail());
    }

    @Test
    void removesJavascriptLines() {
        C4QualityFilter.Result r = apply("Please enable JavaScript to view the comments.\n" + PROSE);
        assertFalse(r.verdict().rejected());
        assertEquals(PROSE, r.text());
        assertEquals(1.0, scores.get(Reasons.C4_REMOVED_JAVASCRIPT));
        assertEquals(1.0, scores.get(Reasons.C4_LINES_REMOVED));
    }

    @Test
    void removesPolicyLines() {
        String text = PROSE + "\nThis site uses cookies to improve your experience.\nRead our Privacy Policy here.\n"
                + "By continuing you accept the Terms of Use of this site.";
        C4QualityFilter.Result r = apply(text);
        assertFalse(r.verdict().rejected());
        assertEquals(PROSE, r.text());
        assertEquals(3.0, scores.get(Reasons.C4_REMOVED_POLICY));
    }

    @Test
    void removesLinesWithTooFewWords() {
        C4QualityFilter.Result r = apply("Home\nNews Sport\n" + PROSE + "\nShare");
        assertEquals(PROSE, r.text());
        assertEquals(3, r.linesRemoved());
        assertEquals(3.0, scores.get(Reasons.C4_REMOVED_TOO_FEW_WORDS));
    }

    @Test
    void removesLinesWithATooLongWord() {
        String longWord = "a".repeat(DEFAULTS.maxWordLength() + 1);
        C4QualityFilter.Result r = apply(PROSE + "\nsee " + longWord + " here");
        assertEquals(PROSE, r.text());
        assertEquals(1.0, scores.get(Reasons.C4_REMOVED_TOO_LONG_WORD));
    }

    @Test
    void keepsLinesWithoutTerminalPunctuationByDefault() {
        C4QualityFilter.Result r = apply(PROSE + "\nRead more about the town and its history");
        assertTrue(r.text().endsWith("history"));
        assertFalse(scores.containsKey(Reasons.C4_REMOVED_NO_TERMINAL_PUNCT));
    }

    @Test
    void removesLinesWithoutTerminalPunctuationWhenEnabled() {
        String text = PROSE + "\nRead more about the town and its history\nAnd then it went on and on...\n"
                + "« Il a dit que la ville est belle »\n„Sie sagte, es sei schön“\nΤι ώρα είναι τώρα\u037E";
        C4QualityFilter.Result r = apply(withTerminalPunctuation(), text);
        assertEquals(2.0, scores.get(Reasons.C4_REMOVED_NO_TERMINAL_PUNCT));
        assertEquals(PROSE + "\n« Il a dit que la ville est belle »\n„Sie sagte, es sei schön“"
                + "\nΤι ώρα είναι τώρα\u037E", r.text());
    }

    @Test
    void removesWikipediaCitations() {
        C4QualityFilter.Result r = apply(PROSE
                + "\nThe bridge was built in 1850.[3] It was rebuilt in 1920.[citation needed]");
        assertTrue(r.text().endsWith("The bridge was built in 1850. It was rebuilt in 1920."), r::text);
    }

    @Test
    void keepsParagraphBreaksAndStripsLines() {
        C4QualityFilter.Result r = apply("  First paragraph has some words in it.  \n\n\nMenu\n\n"
                + "Second paragraph has more words in it. It even has a second sentence. And a third one here. "
                + "And a fourth.\nSame paragraph, next line.");
        assertEquals("First paragraph has some words in it.\n\nSecond paragraph has more words in it. It even has a "
                + "second sentence. And a third one here. And a fourth.\nSame paragraph, next line.", r.text());
    }

    @Test
    void countsSentences() {
        assertEquals(3, count("One two. Three four! Five six?"));
        assertEquals(1, count("No stop at the end"));
        assertEquals(2, count("He said \"stop.\" Then he left."));
        assertEquals(1, count("Version 3.5 of the tool"));
        assertEquals(2, count("Wait... what happened"));
        assertEquals(2, count("Τι ώρα είναι\u037E Είναι αργά."));
        assertEquals(0, count("— — —"));
    }

    private static int count(String line) {
        char[] cs = line.toCharArray();
        return C4QualityFilter.countSentences(cs, 0, cs.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-ctpost.txt", "en-sciencealert.txt", "it-remember8090.txt", "de-heise.txt",
            "fr-lemonde.txt", "es-la-nacion.txt", "cs-aktualne.txt", "fi-handmade.txt", "el-handmade.txt",
            "bg-handmade.txt", "ka-handmade.txt"})
    void keepsRealArticles(String sample) {
        C4QualityFilter.Result r = apply(Samples.text(sample));
        assertFalse(r.verdict().rejected(), () -> sample + ": " + r.verdict() + " " + scores);
        assertTrue(scores.get(Reasons.C4_SENTENCES) >= 5);
    }

    @Test
    void removesTheLinkLinesOfAListPage() {
        // The Italian sample alternates product names with bare short links; the link lines have one word each.
        C4QualityFilter.Result r = apply(Samples.text("it-remember8090.txt"));
        assertEquals(22, r.linesRemoved());
        assertFalse(r.text().contains("http://amzn.to/2iJFhRj"));
    }

    @Test
    void serbianScriptConversionMarkersAreNotCode() {
        // From the Lingua test sentences (srp): Serbian Wikipedia keeps Latin names from transliteration with -{ }-.
        assertFalse(C4QualityFilter.hasCodeBrace("Хенри Керсам (-{Henry Cursham}-) из Нотс Каунтија".toCharArray(), 0, 48));
        assertTrue(C4QualityFilter.hasCodeBrace("var x = { a: 1 };".toCharArray(), 0, 17));
    }
}
