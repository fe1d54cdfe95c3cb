package eu.eurocurate.langid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's language labels: ISO 639-3 language code, underscore, ISO 15924 script code ({@code deu_Latn},
 * {@code srp_Cyrl}, {@code nob_Latn}), or {@code und} when no language is credible. This is the convention of
 * FLORES-200, GlotLID and FineWeb-2, so our labels can be compared with theirs directly.
 *
 * <p>The language part is always the code of the <em>individual</em> language, never of an ISO 639-3
 * macrolanguage: Norwegian is {@code nob}/{@code nno} (not {@code nor}), Serbo-Croatian {@code srp}/{@code hrv}/
 * {@code bos}/{@code cnr} (not {@code hbs}), and likewise Standard Estonian {@code ekk} (not {@code est}), Standard
 * Latvian {@code lvs} (not {@code lav}) and Tosk Albanian {@code als} (not {@code sqi}) — the codes FineWeb-2 and
 * FLORES-200 use for these languages. Lingua reports the macrolanguage codes for the last three; this table, not
 * Lingua, is the source of truth.
 *
 * <p>The script part is never looked up here: it is measured on each text ({@link Scripts}), so a language written
 * in two scripts (Serbian, Bosnian) gets whichever the document actually uses.
 */
public final class LanguageLabels {

    /** The label of a text whose language is not credible (ISO 639-2/3 "undetermined"). */
    public static final String UNDETERMINED = "und";
    /**
     * ISO 639-3 Serbo-Croatian macrolanguage: the label of Bosnian, Croatian, Montenegrin or Serbian text whose
     * standard the evidence does not settle ({@code hbs_Latn}, {@code hbs_Cyrl}), as GlotLID and FineWeb-2 do for
     * their own macrolanguage fallbacks.
     */
    public static final String SERBO_CROATIAN = "hbs";

    /**
     * Configuration codes ({@code langid.languages}: ISO 639-1, or ISO 639-3 where the language has no 639-1 code)
     * to ISO 639-3 individual-language codes. Every language the project targets, in the order of
     * {@code conf/pipeline.yaml}.
     */
    private static final Map<String, String> ISO_639_3;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("bg", "bul");
        m.put("hr", "hrv");
        m.put("cs", "ces");
        m.put("da", "dan");
        m.put("nl", "nld");
        m.put("en", "eng");
        m.put("et", "ekk"); // Standard Estonian; 'est' is the macrolanguage
        m.put("fi", "fin");
        m.put("fr", "fra");
        m.put("de", "deu");
        m.put("el", "ell");
        m.put("hu", "hun");
        m.put("ga", "gle");
        m.put("it", "ita");
        m.put("lv", "lvs"); // Standard Latvian; 'lav' is the macrolanguage
        m.put("lt", "lit");
        m.put("mt", "mlt");
        m.put("pl", "pol");
        m.put("pt", "por");
        m.put("ro", "ron");
        m.put("sk", "slk");
        m.put("sl", "slv");
        m.put("es", "spa");
        m.put("sv", "swe");
        m.put("sq", "als"); // Tosk Albanian, the standard language; 'sqi' is the macrolanguage
        m.put("bs", "bos");
        m.put("sr", "srp");
        m.put("cnr", "cnr"); // Montenegrin has an ISO 639-3 code (2017) but no ISO 639-1 code
        m.put("mk", "mkd");
        m.put("tr", "tur");
        m.put("uk", "ukr");
        m.put("ka", "kat");
        m.put("nb", "nob");
        m.put("nn", "nno");
        m.put("is", "isl");
        m.put("ca", "cat");
        m.put("eu", "eus");
        m.put("gl", "glg");
        m.put("lb", "ltz");
        ISO_639_3 = Collections.unmodifiableMap(m);
    }

    private LanguageLabels() {
    }

    /** The configuration codes this table knows, in configuration order. */
    public static Set<String> configCodes() {
        return ISO_639_3.keySet();
    }

    /** The ISO 639-3 code of a configuration code ({@code sr} gives {@code srp}), if the project targets it. */
    public static Optional<String> iso639_3(String configCode) {
        return configCode == null ? Optional.empty()
                : Optional.ofNullable(ISO_639_3.get(configCode.toLowerCase(Locale.ROOT)));
    }

    /** {@code language + '_' + script}, e.g. {@code label("srp", "Latn")} is {@code srp_Latn}. */
    public static String label(String iso639_3, String iso15924) {
        return iso639_3 + "_" + iso15924;
    }

    /** The language part of a label: {@code srp} for {@code srp_Latn}, {@code und} for {@code und}. */
    public static String languageOf(String label) {
        int underscore = label.indexOf('_');
        return underscore < 0 ? label : label.substring(0, underscore);
    }
}
