package eu.eurocurate.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {

    @Test
    void tidyUnifiesLineEndsAndCollapsesBlankLines() {
        assertEquals("a\nb\n\nc", TextNormalizer.tidy("\n\n a  \r\nb\r\r\n\n\n\nc \n\n"));
    }

    @Test
    void tidyRemovesControlCharactersButKeepsTabsAndIndentation() {
        assertEquals("x\ty\n    code", TextNormalizer.tidy("x\u0000\ty\u001b\n    code\uFEFF"));
        assertEquals("line", TextNormalizer.tidy(" line"), "a single leading space is layout noise");
    }

    @Test
    void truncateCutsAtAParagraphBoundary() {
        String text = "first paragraph here\n\nsecond paragraph is longer than the rest";
        assertEquals("first paragraph here", TextNormalizer.truncate(text, 40));
        assertSame(text, TextNormalizer.truncate(text, 1000));
    }

    @Test
    void truncateFallsBackToASpaceThenAnywhere() {
        assertEquals("aaaa bbbb", TextNormalizer.truncate("aaaa bbbb cccc", 12));
        String noSpaces = "x".repeat(50);
        assertEquals(20, TextNormalizer.truncate(noSpaces, 20).length());
        String surrogates = "\uD83D\uDE00".repeat(10);
        String cut = TextNormalizer.truncate(surrogates, 5);
        assertTrue(cut.length() <= 5 && !Character.isHighSurrogate(cut.charAt(cut.length() - 1)), cut);
    }
}
