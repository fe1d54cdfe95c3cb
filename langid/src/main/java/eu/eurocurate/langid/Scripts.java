package eu.eurocurate.langid;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Measures the writing system of a text: its letters are counted per Unicode script (UAX #24, as the JDK implements
 * it in {@link UnicodeScript}) and the most frequent script gives the ISO 15924 code of the label. Only letters count
 * ({@link Character#isLetter}): digits, punctuation, symbols and emoji belong to the Common script and say nothing
 * about the language; combining marks are Inherited and follow their base letter.
 *
 * <p>Measuring the script rather than deriving it from the language is what lets one language carry two labels:
 * Serbian in Cyrillic is {@code srp_Cyrl}, Serbian in Gaj's Latin alphabet {@code srp_Latn}.
 */
public final class Scripts {

    /** ISO 15924 "Common": the script of a text without any letter (digits, punctuation, emoji). */
    public static final String COMMON = "Zyyy";
    /** ISO 15924 "Uncoded script": letters of a script missing from {@link #ISO_15924}. */
    public static final String UNCODED = "Zzzz";

    /**
     * ISO 15924 codes of the scripts we name. The JDK's {@link UnicodeScript#forName} accepts exactly these
     * four-letter aliases (from Unicode's PropertyValueAliases.txt), so the table below is checked against the JDK
     * when the class loads instead of being typed out twice. European scripts first, then the major world scripts
     * that show up in European web crawls.
     */
    private static final String[] CODES = {
            "Latn", "Cyrl", "Grek", "Geor", "Armn", "Glag", "Goth", "Runr", "Ogam", "Ital", "Copt",
            "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Tfng", "Ethi",
            "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Tibt",
            "Thai", "Laoo", "Mymr", "Khmr", "Mong",
            "Hani", "Hira", "Kana", "Hang", "Bopo", "Yiii",
            "Cher", "Cans", "Vaii"};

    private static final Map<UnicodeScript, String> ISO_15924 = new EnumMap<>(UnicodeScript.class);
    private static final UnicodeScript[] ALL = UnicodeScript.values();

    static {
        for (String code : CODES) {
            ISO_15924.put(UnicodeScript.forName(code), code);
        }
    }

    private Scripts() {
    }

    /** What {@link #profile} measured: the dominant script's ISO 15924 code and the number of letters. */
    public record Profile(String script, int letters) {
    }

    /**
     * The dominant script of the text and its number of letters (code points). A text without letters is
     * {@link #COMMON} with 0 letters. Ties go to the script that comes first in Unicode's enumeration, so the answer
     * is deterministic.
     */
    public static Profile profile(CharSequence text) {
        return text == null ? new Profile(COMMON, 0) : profileOfCounts(counts(text));
    }

    /**
     * Letters per Unicode script ({@link UnicodeScript#ordinal()} indexes the array); BMP characters are looked up
     * in {@link Letters}' tables.
     */
    public static int[] counts(CharSequence text) {
        int[] counts = new int[ALL.length];
        if (text == null) {
            return counts;
        }
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                i++;
                if (Letters.LOWER[c] != 0) {
                    counts[Letters.SCRIPT[c]]++;
                }
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts[UnicodeScript.of(cp).ordinal()]++;
            }
        }
        return counts;
    }

    /** The dominant script and letter count of {@link #counts}. */
    public static Profile profileOfCounts(int[] counts) {
        int letters = 0;
        for (int c : counts) {
            letters += c;
        }
        if (letters == 0) {
            return new Profile(COMMON, 0);
        }
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return new Profile(iso15924(ALL[best]), letters);
    }

    /** The ISO 15924 code of a Unicode script: {@code Cyrl} for CYRILLIC; {@link #UNCODED} outside our table. */
    public static String iso15924(UnicodeScript script) {
        if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
            return COMMON;
        }
        return ISO_15924.getOrDefault(script, UNCODED);
    }
}
