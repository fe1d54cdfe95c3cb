package eu.eurocurate.filters.pii;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * A labelled set for measuring PII recall: real sentences (the caller's) with valid identifiers inserted where a
 * writer would put them, each with the words that usually precede it ("IBAN", "PESEL", "Tel."), and the exact span of
 * every inserted value. Values are random but valid: e-mail addresses, public IPv4 addresses, phone numbers valid in
 * the language's country (libphonenumber's example number with other last digits, re-validated), IBANs with computed
 * mod-97 check digits, Luhn-valid Visa and Mastercard numbers, and national ids drawn at random in each kind's shape
 * until {@link NationalIds} accepts one (so each is valid by the same checks the detector uses, and independent of
 * the detector's search). Deterministic for a seed.
 */
final class PiiLabelledSet {

    /** One inserted identifier: its type, kind (national ids) and span in the labelled text. */
    record Label(PiiType type, String kind, int start, int end, String value) {
    }

    /** A carrier text with its inserted identifiers. */
    record Case(String language, String region, String text, List<Label> labels) {
    }

    /** A national id kind: shape (D digit, L letter, C check letter), validator, how it is written and named. */
    private record IdKind(String kind, String shape, Predicate<String> valid, String format, String name) {
    }

    private static final List<IdKind> IDS = List.of(
            new IdKind("be_nn", "DDDDDDDDDDD", NationalIds::beNationalNumber, "DD.DD.DD-DDD.DD", "rijksregisternummer"),
            new IdKind("bg_egn", "DDDDDDDDDD", NationalIds::bgEgn, "DDDDDDDDDD", "ЕГН"),
            new IdKind("cz_sk_rodne_cislo", "DDDDDDDDDD", NationalIds::czRodneCislo, "DDDDDD/DDDD", "rodné číslo"),
            new IdKind("de_steuer_id", "DDDDDDDDDDD", NationalIds::deSteuerId, "DD DDD DDD DDD", "Steuer-ID"),
            new IdKind("dk_cpr", "DDDDDDDDDD", NationalIds::dkCpr, "DDDDDD-DDDD", "CPR-nr."),
            new IdKind("ee_isikukood", "DDDDDDDDDDD", s -> s.charAt(0) >= '1' && s.charAt(0) <= '6'
                    && NationalIds.balticPersonalCode(s), "DDDDDDDDDDD", "isikukood"),
            new IdKind("es_dni", "DDDDDDDDC", NationalIds::esDni, "DDDDDDDDD", "DNI"),
            new IdKind("es_nie", "XDDDDDDDC", NationalIds::esNie, "DDDDDDDDD", "NIE"),
            new IdKind("fi_hetu", "DDDDDD-DDDC", NationalIds::fiHetu, "DDDDDDDDDDD", "henkilötunnus"),
            new IdKind("fr_nir", "DDDDDDDDDDDDDDD", NationalIds::frNir, "D DD DD DD DDD DDD DD", "n° de sécurité sociale"),
            new IdKind("hr_oib", "DDDDDDDDDDD", NationalIds::hrOib, "DDDDDDDDDDD", "OIB:"),
            new IdKind("ie_ppsn", "DDDDDDDC", NationalIds::iePpsn, "DDDDDDDD", "PPSN"),
            new IdKind("it_codice_fiscale", "LLLLLLDDMDDLDDDC", NationalIds::itCodiceFiscale, "DDDDDDDDDDDDDDDD",
                    "codice fiscale"),
            new IdKind("lt_asmens_kodas", "DDDDDDDDDDD", s -> s.charAt(0) >= '1' && s.charAt(0) <= '6'
                    && NationalIds.balticPersonalCode(s), "DDDDDDDDDDD", "asmens kodas"),
            new IdKind("nl_bsn", "DDDDDDDDD", NationalIds::nlBsn, "DDDDDDDDD", "BSN"),
            new IdKind("pl_pesel", "DDDDDDDDDDD", NationalIds::plPesel, "DDDDDDDDDDD", "PESEL"),
            new IdKind("ro_cnp", "DDDDDDDDDDDDD", NationalIds::roCnp, "DDDDDDDDDDDDD", "CNP"),
            new IdKind("se_personnummer", "DDDDDDDDDD", NationalIds::sePersonnummer, "DDDDDD-DDDD", "personnummer"));

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String[] NAMES = {"anna", "jan", "maria", "piet", "eva", "luca", "ieva", "mikko", "sofia"};
    private static final String[] DOMAINS = {"posta", "firma", "uni-beispiel", "gradska-knjiznica", "kauppa"};

    private PiiLabelledSet() {
    }

    /** Kinds in the set, one per national id the detector knows. */
    static List<String> idKinds() {
        return IDS.stream().map(IdKind::kind).toList();
    }

    /**
     * One case per sentence pair: {@code before}, an identifier with its lead words, {@code after}. Cycles through the
     * types (and the national id kinds) so that every type appears in every language given enough sentences.
     */
    static Case build(Random random, String language, String region, String before, String after, int index) {
        return build(random, language, region, before, after, index, true);
    }

    /** As {@link #build(Random, String, String, String, String, int)}; without the lead words when {@code named} is false. */
    static Case build(Random random, String language, String region, String before, String after, int index,
                      boolean named) {
        int slot = index % (5 + IDS.size());
        String lead;
        String value;
        PiiType type;
        String kind = null;
        switch (slot) {
            case 0 -> {
                type = PiiType.EMAIL;
                lead = "E-mail:";
                value = NAMES[random.nextInt(NAMES.length)] + "." + NAMES[random.nextInt(NAMES.length)]
                        + random.nextInt(100) + "@" + DOMAINS[random.nextInt(DOMAINS.length)] + "."
                        + region.toLowerCase(java.util.Locale.ROOT);
            }
            case 1 -> {
                type = PiiType.IP_ADDRESS;
                lead = "IP";
                value = publicIpv4(random);
            }
            case 2 -> {
                type = PiiType.PHONE;
                lead = "Tel.";
                value = phone(random, region);
            }
            case 3 -> {
                type = PiiType.IBAN;
                lead = "IBAN";
                value = iban(random, Checksums.IBAN_LENGTHS.containsKey(region) ? region : "DE");
            }
            case 4 -> {
                type = PiiType.PAYMENT_CARD;
                lead = "card";
                value = card(random);
            }
            default -> {
                IdKind id = IDS.get(slot - 5);
                type = PiiType.NATIONAL_ID;
                kind = id.kind();
                lead = id.name();
                value = format(nationalId(random, id), id.format());
            }
        }
        if (!named) {
            lead = "";
        }
        // How the value sits in the sentence: after its lead words, in parentheses, or after a colon and before a comma.
        String prefix;
        String suffix;
        switch (random.nextInt(3)) {
            case 0 -> {
                prefix = before.strip() + " " + (lead.isEmpty() ? "" : lead + " ");
                suffix = ". ";
            }
            case 1 -> {
                prefix = before.strip() + " (" + (lead.isEmpty() ? "" : lead + " ");
                suffix = "). ";
            }
            default -> {
                prefix = before.strip() + (lead.isEmpty() ? ": " : " " + (lead.endsWith(":") ? lead : lead + ":") + " ");
                suffix = ", " + Character.toLowerCase(after.strip().charAt(0));
                after = after.strip().substring(1);
            }
        }
        String text = prefix + value + suffix + after.strip();
        return new Case(language, region, text,
                List.of(new Label(type, kind, prefix.length(), prefix.length() + value.length(), value)));
    }

    private static String publicIpv4(Random random) {
        while (true) {
            int a = 1 + random.nextInt(223);
            if (a == 10 || a == 100 || a == 127 || a == 169 || a == 172 || a == 192 || a == 198 || a == 203) {
                continue; // private, shared, loopback, link-local and documentation ranges start with these
            }
            return a + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        }
    }

    private static String phone(Random random, String region) {
        Phonenumber.PhoneNumber example = PHONES.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE);
        if (example == null) {
            example = PHONES.getExampleNumber(region);
        }
        for (int attempt = 0; attempt < 1000; attempt++) {
            long national = example.getNationalNumber();
            long replaced = national - national % 1000 + random.nextInt(1000);
            Phonenumber.PhoneNumber n = new Phonenumber.PhoneNumber().setCountryCode(example.getCountryCode())
                    .setNationalNumber(replaced);
            if (PHONES.isValidNumberForRegion(n, region)) {
                return PHONES.format(n, attempt % 2 == 0 ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                        : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
            }
        }
        return PHONES.format(example, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    }

    private static String iban(Random random, String country) {
        int length = Checksums.IBAN_LENGTHS.get(country);
        StringBuilder bban = new StringBuilder();
        for (int i = 4; i < length; i++) {
            bban.append((char) ('0' + random.nextInt(10)));
        }
        for (int check = 2; check <= 98; check++) {
            String candidate = country + String.format("%02d", check) + bban;
            if (Checksums.iban(candidate)) {
                if (random.nextBoolean()) {
                    return candidate;
                }
                StringBuilder printed = new StringBuilder();
                for (int i = 0; i < candidate.length(); i++) {
                    if (i > 0 && i % 4 == 0) {
                        printed.append(' ');
                    }
                    printed.append(candidate.charAt(i));
                }
                return printed.toString();
            }
        }
        throw new IllegalStateException("no IBAN check digits for " + bban);
    }

    private static String card(Random random) {
        StringBuilder digits = new StringBuilder(random.nextBoolean() ? "4" : "5" + (1 + random.nextInt(5)));
        while (digits.length() < 15) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        for (char c = '0'; c <= '9'; c++) {
            if (Checksums.luhn(digits.toString() + c)) {
                digits.append(c);
                break;
            }
        }
        String separator = random.nextBoolean() ? " " : "-";
        return digits.substring(0, 4) + separator + digits.substring(4, 8) + separator + digits.substring(8, 12)
                + separator + digits.substring(12);
    }

    /** Random strings in the kind's shape until its validator accepts one. */
    private static String nationalId(Random random, IdKind id) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String hetuChecks = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        for (int attempt = 0; attempt < 5_000_000; attempt++) {
            StringBuilder s = new StringBuilder();
            for (char c : id.shape().toCharArray()) {
                switch (c) {
                    case 'D' -> s.append((char) ('0' + random.nextInt(10)));
                    case 'L' -> s.append(letters.charAt(random.nextInt(26)));
                    case 'M' -> s.append("ABCDEHLMPRST".charAt(random.nextInt(12)));
                    case 'C' -> s.append(id.kind().equals("fi_hetu") ? hetuChecks.charAt(random.nextInt(31))
                            : letters.charAt(random.nextInt(26)));
                    case 'X' -> s.append("XYZ".charAt(random.nextInt(3)));
                    default -> s.append(c);
                }
            }
            if (id.valid().test(s.toString())) {
                return s.toString();
            }
        }
        throw new IllegalStateException("no valid " + id.kind() + " found");
    }

    /** Lays the characters out as the format's D positions, copying its separators. */
    private static String format(String compact, String format) {
        if (format.replace("D", "").isEmpty()) {
            return compact;
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        for (char f : format.toCharArray()) {
            out.append(f == 'D' ? compact.charAt(k++) : f);
        }
        return out.toString();
    }

    /** The cases' labels grouped for scoring: every label with the detector's matches on its text. */
    static List<PiiMatch> detect(PiiMasker masker, Case c) {
        return new ArrayList<>(masker.mask(c.text(), c.region()).matches());
    }
}
