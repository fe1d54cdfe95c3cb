package eu.eurocurate.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExactKeyTest {

    @Test
    void keyIsTheFirst128BitsOfSha256OfTheNormalisedText() {
        // SHA-256 of the empty string (FIPS 180-2 examples): e3b0c442 98fc1c14 9afbf4c8 996fb924 ...
        assertEquals("e3b0c44298fc1c149afbf4c8996fb924", ExactKey.of(null));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb924", ExactKey.of(" \t"));
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 ...
        assertEquals("ba7816bf8f01cfea414140de5dae2223", ExactKey.of("ABC"));
    }

    @Test
    void textsThatDifferOnlyInRepresentationShareTheKey() {
        String article = Fixtures.article("nbcnews-hitler-house");
        String reformatted = "\uFEFF" + article.toUpperCase(java.util.Locale.ROOT).replace(" ", "  \n") + "\n\n";
        assertEquals(ExactKey.of(article), ExactKey.of(reformatted));
        assertEquals(ExactKey.of(article), ExactKey.ofNormalized(TextNormalizer.normalize(article)));
    }

    @Test
    void differentTextsHaveDifferentKeys() {
        String article = Fixtures.article("nbcnews-hitler-house");
        assertNotEquals(ExactKey.of(article), ExactKey.of(article + " ."));
        assertNotEquals(ExactKey.of("Let's eat, grandma"), ExactKey.of("Let's eat grandma"));
        assertTrue(ExactKey.of(article).matches("[0-9a-f]{32}"));
    }
}
