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

class GopherRepetitionFilterTest {

    private static final QualityConfig.GopherRepetition DEFAULTS = Samples.defaults().gopherRepetition();

    private final Map<String, Double> scores = new TreeMap<>();

    private FilterResult apply(QualityConfig.GopherRepetition config, String text) {
        scores.clear();
        return new GopherRepetitionFilter(config).apply(TextProfile.of(text), scores::put);
    }

    private FilterResult apply(String text) {
        return apply(DEFAULTS, text);
    }

    /** Only the given n-gram rule enabled (every other threshold at its maximum). */
    private static QualityConfig.GopherRepetition onlyNgrams(Map<Integer, Double> top, Map<Integer, Double> dup) {
        return new QualityConfig.GopherRepetition(true, 1, 1, 1, 1, top, dup);
    }

    private static void assertRejected(FilterResult r, String reason, double value) {
        assertTrue(r.rejected(), () -> "expected " + reason + ", got " + r);
        assertEquals(reason, r.reason());
        assertEquals(value, r.value(), 1e-9);
    }

    private static final String P1 = "The market opens at seven and closes at noon on weekdays.";
    private static final String P2 = "Fishermen sell their catch directly from the boats in the harbour.";
    private static final String P3 = "A small museum near the bridge shows how the town grew over centuries.";
    private static final String P4 = "In winter the river sometimes freezes and children skate on the ice.";

    @Test
    void keepsTextWithoutRepetitionAndReportsEveryMeasurement() {
        FilterResult r = apply(String.join("\n\n", P1, P2, P3, P4));
        assertFalse(r.rejected(), r::toString);
        for (String key : new String[] {Reasons.GOPHER_DUP_PARA_FRAC, Reasons.GOPHER_DUP_PARA_CHAR_FRAC,
                Reasons.GOPHER_DUP_LINE_FRAC, Reasons.GOPHER_DUP_LINE_CHAR_FRAC}) {
            assertEquals(0.0, scores.get(key), key);
        }
        for (int n = 2; n <= 4; n++) {
            assertTrue(scores.containsKey(Reasons.gopherTopNgram(n)));
        }
        for (int n = 5; n <= 10; n++) {
            assertEquals(0.0, scores.get(Reasons.gopherDupNgram(n)));
        }
    }

    @Test
    void rejectsRepeatedParagraphs() {
        FilterResult r = apply(String.join("\n\n", P1, P1, P1, P2));
        assertRejected(r, Reasons.GOPHER_DUP_PARA_FRAC, 0.5);
    }

    @Test
    void rejectsCharactersInRepeatedParagraphs() {
        String longParagraph = P2 + " " + P3 + " " + P4;
        String text = String.join("\n\n", longParagraph, P1, longParagraph, "Goodbye and thanks for reading this.");
        FilterResult r = apply(text);
        assertRejected(r, Reasons.GOPHER_DUP_PARA_CHAR_FRAC, (double) longParagraph.length() / text.length());
        assertEquals(0.25, scores.get(Reasons.GOPHER_DUP_PARA_FRAC));
    }

    @Test
    void rejectsRepeatedLines() {
        String text = String.join("\n", "Share this", P1, "Share this", P2, "Share this", P3, "Share this", P4,
                "Share this", "The end of the story.");
        FilterResult r = apply(text);
        assertRejected(r, Reasons.GOPHER_DUP_LINE_FRAC, 0.4);
    }

    @Test
    void rejectsCharactersInRepeatedLines() {
        String longLine = P2 + " " + P3 + " " + P4;
        String text = String.join("\n", longLine, P1, longLine, "Goodbye.", "See you.");
        FilterResult r = apply(text);
        assertRejected(r, Reasons.GOPHER_DUP_LINE_CHAR_FRAC, (double) longLine.length() / text.length());
        assertEquals(0.2, scores.get(Reasons.GOPHER_DUP_LINE_FRAC));
    }

    @Test
    void blankLinesAreNeitherLinesNorParagraphs() {
        FilterResult r = apply(String.join("\n \n\n", P1, P2, P3));
        assertFalse(r.rejected(), r::toString);
        assertEquals(0.0, scores.get(Reasons.GOPHER_DUP_LINE_FRAC));
        assertEquals(0.0, scores.get(Reasons.GOPHER_DUP_PARA_FRAC));
    }

    @Test
    void rejectsAFrequentBigramWithTheDefaults() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("buy now ").append("item").append(i).append(' ');
        }
        FilterResult r = apply(text.toString().strip());
        assertTrue(r.rejected());
        assertEquals(Reasons.gopherTopNgram(2), r.reason());
        assertEquals("buy now".length() * 30.0 / text.toString().strip().length(), r.value(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void rejectsEachTopNgramSize(int n) {
        // Values computed with datatrove's get_n_grams and find_top_duplicate on the same words: 24, 40, 42 chars.
        String text = "the cat sat on the mat and the cat sat on the mat again while the dog sat on the rug and the "
                + "cat sat on the mat";
        double[] expected = {0, 0, 24, 40, 42};
        FilterResult r = apply(onlyNgrams(Map.of(n, 0.1), Map.of()), text);
        assertRejected(r, Reasons.gopherTopNgram(n), expected[n] / text.length());
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7, 8, 9, 10})
    void rejectsEachDuplicateNgramSize(int n) {
        // Four copies of a ten-word sentence (199 chars). datatrove's find_all_duplicate on the same words gives
        // 120, 120, 112, 96, 108, 120 repeated characters for n = 5..10.
        String sentence = "the quick brown fox jumps over the lazy dog today";
        String text = String.join(" ", sentence, sentence, sentence, sentence);
        int[] expected = {120, 120, 112, 96, 108, 120};
        FilterResult r = apply(onlyNgrams(Map.of(), Map.of(n, 0.1)), text);
        assertRejected(r, Reasons.gopherDupNgram(n), expected[n - 5] / 199.0);
    }

    @Test
    void duplicateNgramCharactersFollowDatatrove() {
        // datatrove's find_all_duplicate on "a b c d e a b c d e a b c d e": 10, 6, 7, 8, 9, 10 characters for
        // n = 5..10 (the scan jumps n words past each repeat and stores only the n-grams it visits).
        String text = "a b c d e a b c d e a b c d e";
        Map<Integer, Double> all = new TreeMap<>();
        for (int n = 5; n <= 10; n++) {
            all.put(n, 1.0);
        }
        apply(onlyNgrams(Map.of(), all), text);
        int[] expected = {10, 6, 7, 8, 9, 10};
        for (int n = 5; n <= 10; n++) {
            assertEquals((double) expected[n - 5] / text.length(), scores.get(Reasons.gopherDupNgram(n)), 1e-9,
                    "n=" + n);
        }
    }

    @Test
    void duplicateNgramCharactersOfAPlainSentenceFollowDatatrove() {
        // datatrove's find_all_duplicate on the same words: 28, 34, 20, 0, 0, 0 characters for n = 5..10.
        String text = "the cat sat on the mat and the cat sat on the mat again while the dog sat on the rug and the "
                + "cat sat on the mat";
        Map<Integer, Double> all = new TreeMap<>();
        for (int n = 5; n <= 10; n++) {
            all.put(n, 1.0);
        }
        apply(onlyNgrams(Map.of(2, 1.0, 3, 1.0, 4, 1.0), all), text);
        int[] expected = {28, 34, 20, 0, 0, 0};
        for (int n = 5; n <= 10; n++) {
            assertEquals((double) expected[n - 5] / text.length(), scores.get(Reasons.gopherDupNgram(n)), 1e-9,
                    "n=" + n);
        }
    }

    @Test
    void topNgramTiesGoToTheFirstSeen() {
        // Counter.most_common(1) returns the first n-gram to reach the top count: "aa bb" (10 chars) here, but
        // "ccccc dddd" (20 chars) when it comes first.
        String first = "x aa bb y ccccc dddd z ccccc dddd w aa bb";
        apply(onlyNgrams(Map.of(2, 1.0), Map.of()), first);
        assertEquals(10.0 / first.length(), scores.get(Reasons.gopherTopNgram(2)), 1e-9);
        String second = "ccccc dddd z aa bb y aa bb w ccccc dddd";
        apply(onlyNgrams(Map.of(2, 1.0), Map.of()), second);
        assertEquals(20.0 / second.length(), scores.get(Reasons.gopherTopNgram(2)), 1e-9);
    }

    @Test
    void whenNoNgramRepeatsTheTopOneIsTheFirst() {
        String text = "alpha beta gamma delta";
        apply(onlyNgrams(Map.of(2, 1.0, 3, 1.0), Map.of()), text);
        assertEquals("alpha beta".length() / (double) text.length(), scores.get(Reasons.gopherTopNgram(2)), 1e-9);
        assertEquals("alpha beta gamma".length() / (double) text.length(), scores.get(Reasons.gopherTopNgram(3)),
                1e-9);
    }

    @Test
    void ngramsAreComparedByWordsNotHashes() {
        // "Aa" and "BB" share String.hashCode; the n-grams built from them must stay distinct.
        String text = "Aa BB Aa BB x BB Aa BB Aa";
        apply(onlyNgrams(Map.of(2, 1.0), Map.of()), text);
        // Bigrams: "Aa BB" and "BB Aa" three times each; the first seen wins: 5 chars x 3 (datatrove: 15).
        assertEquals(15.0 / text.length(), scores.get(Reasons.gopherTopNgram(2)), 1e-9);
    }

    @Test
    void tooFewWordsForAnNgramScoreZero() {
        // Two words: the only bigram is most of the text (rejected, as datatrove would); no 4-gram or 10-gram at all.
        FilterResult r = apply("Hello world.");
        assertEquals(Reasons.gopherTopNgram(2), r.reason());
        assertEquals(0.0, scores.get(Reasons.gopherTopNgram(4)));
        assertEquals(0.0, scores.get(Reasons.gopherDupNgram(10)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-ctpost.txt", "en-sciencealert.txt", "it-remember8090.txt", "de-heise.txt",
            "fr-lemonde.txt", "es-la-nacion.txt", "cs-aktualne.txt", "fi-handmade.txt", "el-handmade.txt",
            "bg-handmade.txt", "ka-handmade.txt"})
    void keepsRealArticles(String sample) {
        FilterResult r = apply(Samples.text(sample));
        assertFalse(r.rejected(), () -> sample + ": " + r + " " + scores);
    }
}
