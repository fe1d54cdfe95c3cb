package eu.eurocurate.dedup;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text that deduplication compares: two documents that differ only in Unicode representation, letter case or
 * spacing are the same document.
 *
 * <p>{@link #normalize} applies, in this order:
 * <ol>
 *   <li>NFKC (Unicode Standard Annex #15): compatibility characters become their plain forms (the ligature
 *       {@code ﬁ} becomes {@code fi}, full-width {@code Ａ} becomes {@code A}, no-break space becomes space), and
 *       decomposed accents are composed;</li>
 *   <li>case folding, as {@code toLowerCase(toUpperCase(s))} in {@link Locale#ROOT}, followed by NFKC again because
 *       case mapping can decompose. Like Unicode's full case folding, this makes {@code ß}, {@code ẞ} and
 *       {@code SS} all {@code ss}. Differences: sigma comes out as {@code ς} at the end of a word and {@code σ}
 *       elsewhere, whatever the input (the Final_Sigma rule of SpecialCasing.txt; folding would give {@code σ}
 *       everywhere); the Turkish dotless {@code ı} becomes {@code i} (folding keeps it). Both only make more text
 *       match;</li>
 *   <li>format characters (general category Cf: soft hyphen, zero-width space and joiners, byte-order mark,
 *       bidirectional marks) are removed, since they are invisible and often inserted by editors and CMSs;</li>
 *   <li>every run of white space or control characters (Java's {@link Character#isWhitespace}, category Zs/Zl/Zp,
 *       category Cc) becomes one space, and the result is trimmed.</li>
 * </ol>
 * The exact-duplicate key hashes this text. {@link #forShingles} additionally replaces punctuation (categories Pc, Pd,
 * Ps, Pe, Pi, Pf, Po) by spaces before collapsing spaces again, so that near-duplicate detection sees words, not
 * quoting or dash styles. Symbols (S*), digits and letters are kept. Stateless and thread-safe.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** NFKC, case folded, without format characters, white space collapsed and trimmed; "" for null. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return collapse(s, false);
    }

    /** {@link #normalize} with punctuation replaced by spaces: the text that {@link Shingler} splits. */
    public static String forShingles(String text) {
        return stripPunctuation(normalize(text));
    }

    /** Replaces punctuation by spaces in a text already passed through {@link #normalize}, collapsing spaces. */
    public static String stripPunctuation(String normalized) {
        return collapse(normalized, true);
    }

    /** What {@link #collapse} does with each ASCII character, precomputed from the same rules (a profiled hot spot). */
    private static final byte KEEP = 0;
    private static final byte SPACE = 1;
    private static final byte PUNCTUATION = 2;
    private static final byte DROP = 3;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < ASCII.length; c++) {
            int type = Character.getType(c);
            ASCII[c] = type == Character.FORMAT ? DROP : isSpace(c, type) ? SPACE : isPunctuation(type) ? PUNCTUATION : KEEP;
        }
    }

    /** One pass over the code points: drops Cf, maps spaces/controls (and punctuation if asked) to single spaces. */
    private static String collapse(String s, boolean punctuationToSpace) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            int cp;
            byte action;
            if (c < ASCII.length) {
                cp = c;
                i++;
                action = ASCII[c];
            } else {
                cp = s.codePointAt(i);
                i += Character.charCount(cp);
                int type = Character.getType(cp);
                action = type == Character.FORMAT ? DROP : isSpace(cp, type) ? SPACE : isPunctuation(type) ? PUNCTUATION : KEEP;
            }
            if (action == DROP) {
                continue;
            }
            if (action == SPACE || (punctuationToSpace && action == PUNCTUATION)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static boolean isSpace(int cp, int type) {
        return Character.isWhitespace(cp) || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.CONTROL;
    }

    private static boolean isPunctuation(int type) {
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
