package eu.eurocurate.filters.pii;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the country in which a document's national phone numbers should be read: the URL host's country-code
 * top-level domain if libphonenumber knows it as a region ({@code .uk} read as GB), else the country most associated
 * with the document's language (ISO 639-3 code before the {@code _} of labels like {@code deu_Latn}), else
 * {@code ZZ} (unknown: only international numbers are recognised). English, Serbo-Croatian variants and other
 * languages of several countries map to the country whose numbers they most often carry; the URL wins when it has
 * a country.
 */
public final class RegionGuess {

    /** Unknown region, as libphonenumber names it. */
    public static final String UNKNOWN = "ZZ";

    private static final Set<String> REGIONS = PhoneNumberUtil.getInstance().getSupportedRegions();

    private static final Map<String, String> LANGUAGE_REGION = Map.ofEntries(
            Map.entry("bul", "BG"), Map.entry("ces", "CZ"), Map.entry("dan", "DK"), Map.entry("deu", "DE"),
            Map.entry("ell", "GR"), Map.entry("eng", "GB"), Map.entry("est", "EE"), Map.entry("fin", "FI"),
            Map.entry("fra", "FR"), Map.entry("gle", "IE"), Map.entry("hrv", "HR"), Map.entry("hun", "HU"),
            Map.entry("ita", "IT"), Map.entry("lav", "LV"), Map.entry("lit", "LT"), Map.entry("mlt", "MT"),
            Map.entry("nld", "NL"), Map.entry("pol", "PL"), Map.entry("por", "PT"), Map.entry("ron", "RO"),
            Map.entry("slk", "SK"), Map.entry("slv", "SI"), Map.entry("spa", "ES"), Map.entry("swe", "SE"),
            Map.entry("sqi", "AL"), Map.entry("als", "AL"), Map.entry("bos", "BA"), Map.entry("srp", "RS"),
            Map.entry("cnr", "ME"), Map.entry("mkd", "MK"), Map.entry("tur", "TR"), Map.entry("ukr", "UA"),
            Map.entry("kat", "GE"), Map.entry("ltz", "LU"), Map.entry("glg", "ES"),
            Map.entry("cat", "ES"), Map.entry("eus", "ES"), Map.entry("isl", "IS"), Map.entry("nor", "NO"),
            Map.entry("nob", "NO"), Map.entry("nno", "NO"), Map.entry("rus", "RU"), Map.entry("bel", "BY"));

    private RegionGuess() {
    }

    /** The region for a document's URL (may be null) and language label (may be null). */
    public static String of(String url, String language) {
        String fromUrl = fromUrl(url);
        if (fromUrl != null) {
            return fromUrl;
        }
        if (language != null) {
            int cut = language.indexOf('_');
            String code = (cut < 0 ? language : language.substring(0, cut)).toLowerCase(Locale.ROOT);
            String region = LANGUAGE_REGION.get(code);
            if (region != null) {
                return region;
            }
        }
        return UNKNOWN;
    }

    private static String fromUrl(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String tld = host.substring(host.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        if (tld.equals("UK")) {
            tld = "GB";
        }
        return tld.length() == 2 && REGIONS.contains(tld) ? tld : null;
    }
}
