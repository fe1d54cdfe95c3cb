package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LettersTest {

    @Test
    void tablesGiveTheJdksAnswerForEveryBmpCharacter() {
        for (int c = 0; c < (1 << 16); c++) {
            boolean letter = !Character.isSurrogate((char) c) && Character.isLetter(c);
            assertEquals(letter ? Character.toLowerCase(c) : 0, Letters.LOWER[c], Integer.toHexString(c));
            if (letter) {
                assertEquals(Character.UnicodeScript.of(c).ordinal(), Letters.SCRIPT[c], Integer.toHexString(c));
            }
        }
    }

    @Test
    void surrogatesAreLeftToTheCodePointPath() {
        assertEquals(0, Letters.LOWER['\uD835']);
        assertEquals(0, Letters.LOWER['\uDD04']);
    }
}
