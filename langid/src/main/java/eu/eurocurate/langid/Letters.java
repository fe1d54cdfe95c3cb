package eu.eurocurate.langid;

import java.lang.Character.UnicodeScript;

/**
 * Lookup tables over the Basic Multilingual Plane for the two questions every scoring loop asks of every character:
 * is it a letter, and what is it in lower case (and of which script). {@link Character#isLetter(int)} and
 * {@link Character#toLowerCase(int)} walk the JDK's CharacterData tables on every call, which was a quarter of the
 * CPU time of identifying a web page; one array load answers both. Built once per JVM from the JDK itself, so the
 * answers are exactly the JDK's (192 KB). Surrogates are not in the tables: callers take the code-point path for
 * them.
 */
final class Letters {

    /**
     * {@code LOWER[c]}: {@code Character.toLowerCase(c)} when {@code c} is a letter, 0 when it is not (and for
     * surrogates). No BMP letter lower-cases to U+0000 or leaves the BMP.
     */
    static final char[] LOWER = new char[1 << 16];
    /** {@code SCRIPT[c]}: {@link UnicodeScript#ordinal()} of a BMP letter (meaningful only where LOWER is not 0). */
    static final short[] SCRIPT = new short[1 << 16];

    static {
        for (int c = 0; c < (1 << 16); c++) {
            if (!Character.isSurrogate((char) c) && Character.isLetter(c)) {
                int lower = Character.toLowerCase(c);
                if (lower == 0 || lower > 0xFFFF) {
                    throw new IllegalStateException("letter U+" + Integer.toHexString(c) + " lower-cases outside the BMP");
                }
                LOWER[c] = (char) lower;
                SCRIPT[c] = (short) UnicodeScript.of(c).ordinal();
            }
        }
    }

    private Letters() {
    }
}
