package eu.eurocurate.filters;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextProfileTest {

    private static List<String> words(TextProfile p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.wordCount(); i++) {
            out.add(p.word(i));
        }
        return out;
    }

    private static List<String> lines(TextProfile p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.lineCount(); i++) {
            out.add(p.text().substring(p.lineStart(i), p.lineEnd(i)));
        }
        return out;
    }

    @Test
    void stripsEdgePunctuationAndKeepsInnerPunctuation() {
        TextProfile p = TextProfile.of("(Hello, world!) Don't e-mail z.B. \"quoted\" #tag 50%");
        assertEquals(List.of("Hello", "world", "Don't", "e-mail", "z.B", "quoted", "tag", "50"), words(p));
        assertEquals(0, p.symbolTokens());
    }

    @Test
    void tokensWithoutLetterOrDigitAreSymbolTokensNotWords() {
        TextProfile p = TextProfile.of("one — two ... three € & 🙂");
        assertEquals(List.of("one", "two", "three"), words(p));
        assertEquals(5, p.symbolTokens());
    }

    @Test
    void splitsGreekCyrillicAndGeorgianOnWhitespace() {
        assertEquals(List.of("Η", "Αθήνα", "είναι", "πόλη"), words(TextProfile.of("Η Αθήνα είναι πόλη.")));
        assertEquals(List.of("София", "е", "най-големият", "град"),
                words(TextProfile.of("София е най-големият град.")));
        assertEquals(List.of("თბილისი", "საქართველოს", "დედაქალაქია"),
                words(TextProfile.of("თბილისი საქართველოს დედაქალაქია.")));
    }

    @Test
    void combiningMarksStayInTheWord() {
        // "cafe" + COMBINING ACUTE ACCENT at the end of the word, then a comma.
        TextProfile p = TextProfile.of("cafe\u0301, ok");
        assertEquals(List.of("cafe\u0301", "ok"), words(p));
    }

    @Test
    void noBreakAndZeroWidthSpacesSeparateWords() {
        assertEquals(List.of("a", "b", "c", "d"), words(TextProfile.of("a\u00A0b\u200Bc\u202Fd")));
    }

    @Test
    void countsWordLengthInCodePoints() {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is one code point, two UTF-16 units.
        TextProfile p = TextProfile.of("\uD835\uDC00bc xy");
        assertEquals(2, p.wordCount());
        assertEquals(5, p.totalWordCodePoints());
        assertEquals(4, p.wordChars(0));
    }

    @Test
    void splitsLinesAsPythonSplitlines() {
        TextProfile p = TextProfile.of("a\nb\r\nc\rd\u2028e\u000Bf\u0085g\n");
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), lines(p));
        assertEquals(List.of("a", ""), lines(TextProfile.of("a\n\n")));
        assertEquals(List.of(""), lines(TextProfile.of("\n")));
        assertEquals(0, TextProfile.of("").lineCount());
    }

    @Test
    void marksBlankLinesAndCountsTokensPerLine() {
        TextProfile p = TextProfile.of("one two three\n \t \nfour " + "x".repeat(12) + "\n");
        assertEquals(3, p.lineCount());
        assertEquals(2, p.nonBlankLineCount());
        assertFalse(p.lineBlank(0));
        assertTrue(p.lineBlank(1));
        assertEquals(3, p.lineTokens(0));
        assertEquals(5, p.lineLongestToken(0));
        assertEquals(2, p.lineTokens(2));
        assertEquals(12, p.lineLongestToken(2));
    }

    @Test
    void equalWordsGetEqualIdsInOrderOfFirstOccurrence() {
        TextProfile p = TextProfile.of("the cat and the hat and The cat");
        assertArrayEquals(new int[] {0, 1, 2, 0, 3, 2, 4, 1}, p.wordIds());
    }

    @Test
    void distinctWordsWithTheSameHashGetDifferentIds() {
        // "Aa" and "BB" have the same String.hashCode (2112).
        assertEquals("Aa".hashCode(), "BB".hashCode());
        int[] ids = TextProfile.of("Aa BB Aa").wordIds();
        assertNotEquals(ids[0], ids[1]);
        assertEquals(ids[0], ids[2]);
    }

    @Test
    void nullIsEmpty() {
        TextProfile p = TextProfile.of(null);
        assertEquals("", p.text());
        assertEquals(0, p.wordCount());
        assertEquals(0, p.lineCount());
        assertEquals(0, p.wordIds().length);
    }

    @Test
    void realArticleHasPlausibleCounts() {
        TextProfile p = TextProfile.of(Samples.text("en-sciencealert.txt"));
        assertEquals(400, p.wordCount());
        double mean = (double) p.totalWordCodePoints() / p.wordCount();
        assertTrue(mean > 4 && mean < 6, "mean word length " + mean);
    }

    @Test
    void countsLineFeedsIncludingThoseOfCrLf() {
        // Python's text.count("\n"), which FineWeb's list rule uses: "\r" alone and "\u2028" end lines but are not "\n".
        TextProfile p = TextProfile.of("a\nb\r\nc\rd\u2028e\n\n");
        assertEquals(4, p.newlineCount());
        assertEquals(6, p.lineCount());
    }

    @Test
    void lineHashesAreEqualForEqualLinesAndZeroForBlankOnes() {
        TextProfile p = TextProfile.of("Same line\n  \nOther line\nSame line");
        int[] h = p.lineHashes();
        assertEquals(4, h.length);
        assertEquals(h[0], h[3]);
        assertEquals(0, h[1]);
        assertEquals("Same line".hashCode(), h[0], "String.hashCode of the line");
        assertTrue(h[0] != h[2]);
    }

    @Test
    void codePointsCountSurrogatePairsOnce() {
        TextProfile ascii = TextProfile.of("plain text");
        assertEquals(5, ascii.codePoints(0, 5));
        TextProfile emoji = TextProfile.of("a \uD83D\uDE00 b");
        assertEquals(5, emoji.codePoints(0, emoji.text().length()));
    }
}
