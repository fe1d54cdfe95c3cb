package eu.eurocurate.langid;

/**
 * Serbian Cyrillic to Gaj's Latin alphabet and back, one-to-one by the official correspondence (30 letters each;
 * Latin {@code lj}, {@code nj}, {@code dž} are single Cyrillic letters {@code љ}, {@code њ}, {@code џ}). Lets one
 * Serbian model (Lingua's, trained on Cyrillic) score Latin text and the Croatian and Bosnian models (Latin) score
 * Cyrillic text. Works on lower-case text; other characters pass through unchanged. The rare words where Latin
 * {@code nj}/{@code dž} are two letters ({@code konjunkcija}, {@code nadživeti}) are transliterated wrongly, as by
 * every table-driven transliterator: a few n-grams, not enough to matter for identification.
 */
public final class SerbianTransliteration {

    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj",
            "m", "n", "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"};

    private SerbianTransliteration() {
    }

    /** Lower-cased text in Serbian Latin. */
    public static String toLatin(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            int k = CYRILLIC.indexOf(c);
            if (k >= 0) {
                b.append(LATIN[k]);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Lower-cased text in Serbian Cyrillic. */
    public static String toCyrillic(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            char next = i + 1 < n ? Character.toLowerCase(text.charAt(i + 1)) : 0;
            if (c == 'l' && next == 'j') {
                b.append('љ');
                i++;
            } else if (c == 'n' && next == 'j') {
                b.append('њ');
                i++;
            } else if (c == 'd' && next == 'ž') {
                b.append('џ');
                i++;
            } else {
                int k = -1;
                for (int j = 0; j < LATIN.length; j++) {
                    if (LATIN[j].length() == 1 && LATIN[j].charAt(0) == c) {
                        k = j;
                        break;
                    }
                }
                b.append(k >= 0 ? CYRILLIC.charAt(k) : c);
            }
        }
        return b.toString();
    }
}
