package eu.eurocurate.core.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pii:} section: which kinds of personal data the {@code pii} stage detects and masks, the placeholder that
 * replaces each kind, and the optional drop of documents dense in personal data. {@code conf/pipeline.yaml} documents
 * every key.
 *
 * @param email          mask e-mail addresses
 * @param ipAddress      mask public IPv4/IPv6 addresses (private, loopback and documentation ranges are kept)
 * @param phone          mask phone numbers that libphonenumber validates for the region guessed from the URL and language
 * @param iban           mask IBANs that pass the ISO 13616 mod-97 check
 * @param paymentCard    mask payment card numbers that pass the Luhn check and lie in a known issuer range
 * @param nationalIds    national identifier kinds to mask, each confirmed by its checksum (see {@link #NATIONAL_ID_KINDS})
 * @param placeholders   placeholder per type (keys: {@link #TYPES}); the same type always gets the same placeholder
 * @param dropDense      drop documents whose PII density exceeds {@code maxDensity}
 * @param maxDensity     PII density threshold: characters inside masked spans / characters of the text
 */
public record PiiConfig(
        boolean email,
        boolean ipAddress,
        boolean phone,
        boolean iban,
        boolean paymentCard,
        List<String> nationalIds,
        Map<String, String> placeholders,
        boolean dropDense,
        double maxDensity) implements java.io.Serializable {

    /** The PII types, as used in {@code placeholders} and in the score keys {@code pii.count.<type>}. */
    public static final Set<String> TYPES = Set.of("email", "ip_address", "phone", "iban", "payment_card", "national_id");

    /** The national identifier kinds the filters module can validate (ISO 3166 country code, then the id's name). */
    public static final Set<String> NATIONAL_ID_KINDS = Set.of(
            "be_nn", "bg_egn", "cz_sk_rodne_cislo", "de_steuer_id", "dk_cpr", "ee_isikukood", "es_dni", "es_nie",
            "fi_hetu", "fr_nir", "hr_oib", "ie_ppsn", "it_codice_fiscale", "lt_asmens_kodas", "nl_bsn", "pl_pesel",
            "ro_cnp", "se_personnummer");

    void validate(String p) {
        if (nationalIds == null) {
            throw new ConfigException(p + "national_ids", "must be a list (empty masks no national identifier)");
        }
        for (String kind : nationalIds) {
            Check.oneOf(p + "national_ids", kind, NATIONAL_ID_KINDS);
        }
        if (placeholders == null || !placeholders.keySet().equals(TYPES)) {
            throw new ConfigException(p + "placeholders", "must give a placeholder for exactly these types: " + TYPES);
        }
        placeholders.forEach((type, placeholder) -> Check.notBlank(p + "placeholders." + type, placeholder));
        Check.range(p + "max_density", maxDensity, 0.0, 1.0);
    }
}
