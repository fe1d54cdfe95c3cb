package eu.eurocurate.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void nfkcFoldsCompatibilityCharactersAndComposesAccents() {
        assertEquals("financial", TextNormalizer.normalize("ﬁnancial"));
        assertEquals("abc 123", TextNormalizer.normalize("ＡＢＣ\u00A0１２３"));
        assertEquals(TextNormalizer.normalize("café"), TextNormalizer.normalize("cafe\u0301"));
    }

    @Test
    void caseFoldingCoversSharpSAndFinalSigma() {
        assertEquals("strasse", TextNormalizer.normalize("Straße"));
        assertEquals(TextNormalizer.normalize("STRASSE"), TextNormalizer.normalize("Straße"));
        // Σ lower-cases to final ς at the end of a word (SpecialCasing's Final_Sigma), to σ elsewhere.
        assertEquals("κοσμος σας", TextNormalizer.normalize("ΚΟΣΜΟΣ ΣΑΣ"));
        assertEquals(TextNormalizer.normalize("ΚΟΣΜΟΣ"), TextNormalizer.normalize("Κοσμοσ"));
        assertEquals("łódź żółć", TextNormalizer.normalize("ŁÓDŹ Żółć"));
        assertEquals("привет мир", TextNormalizer.normalize("ПРИВЕТ Мир"));
    }

    @Test
    void formatCharactersDisappear() {
        assertEquals("cooperate", TextNormalizer.normalize("co\u00ADoper\u200Bate"));
        assertEquals("text", TextNormalizer.normalize("\uFEFFtext\u200E"));
    }

    @Test
    void whiteSpaceAndControlsCollapseToOneSpace() {
        assertEquals("a b c d", TextNormalizer.normalize("  a\t\n b\u2003c\u2028\u0000d  "));
        assertEquals("", TextNormalizer.normalize(" \n\t "));
        assertEquals("", TextNormalizer.normalize(null));
    }

    @Test
    void punctuationIsKeptForExactKeysButRemovedForShingles() {
        String text = "Hello, world! «Bonjour» — don’t (stop) 5 € + 3…";
        assertEquals("hello, world! «bonjour» — don’t (stop) 5 € + 3...", TextNormalizer.normalize(text));
        assertEquals("hello world bonjour don t stop 5 € + 3", TextNormalizer.forShingles(text));
        assertEquals(TextNormalizer.forShingles("don't"), TextNormalizer.forShingles("don’t"));
    }

    @Test
    void normalizingTwiceChangesNothing() {
        for (String name : new String[]{"comoeducarseusfilhos-pt", "thehill-omar"}) {
            String once = TextNormalizer.normalize(Fixtures.article(name));
            assertEquals(once, TextNormalizer.normalize(once));
            String shingleText = TextNormalizer.forShingles(once);
            assertEquals(shingleText, TextNormalizer.forShingles(shingleText));
        }
        String greek = TextNormalizer.normalize("ΐ ǰ İstanbul");
        assertEquals(greek, TextNormalizer.normalize(greek));
    }
}
