package eu.eurocurate.filters.pii;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National identifiers: a pattern per kind finds candidates, {@link NationalIds} validates each (check digit, date).
 *
 * <p>Ids that are plain digit strings with a weak check (1 in 10 or 11 random numbers pass, e.g. the Dutch BSN) would
 * be confused with phone numbers, order numbers and barcodes, so for them the id's name (e.g. "BSN", "PESEL") must
 * also appear in the {@value #CONTEXT_CHARS} characters before the candidate. Ids with a distinctive shape (Italian
 * codice fiscale, Finnish HETU, French NIR, Spanish DNI/NIE) need no such context; Belgian and Swedish numbers need it
 * only when written without their usual separators.
 */
final class NationalIdDetector implements PiiDetector {

    /** How far before a candidate its name is looked for (a label like "Numer PESEL: " fits easily). */
    static final int CONTEXT_CHARS = 40;

    private enum Context { NEVER, ALWAYS, UNLESS_SEPARATED }

    private record Rule(String kind, Pattern pattern, Predicate<String> validator, Context context, List<String> names) {

        /** All ids but the codice fiscale hold at least 7 digits in one run and are searched in digit windows. */
        boolean numeric() {
            return !kind.equals("it_codice_fiscale");
        }
    }

    /** The fewest digits in one run of any numeric id (the Spanish NIE and the Irish PPSN have 7). */
    private static final int MIN_DIGITS = 7;

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    private static final Map<String, Rule> RULES = Map.ofEntries(
            rule("be_nn", "\\d{2}\\.?\\d{2}\\.?\\d{2}[-. ]?\\d{3}\\.?\\d{2}", NationalIds::beNationalNumber,
                    Context.UNLESS_SEPARATED, "rijksregister", "registre national", "national number",
                    "nationaal nummer", "numéro national", "insz", "niss"),
            rule("bg_egn", "\\d{10}", NationalIds::bgEgn, Context.ALWAYS, "егн", "egn", "единен граждански"),
            rule("cz_sk_rodne_cislo", "\\d{6}/?\\d{4}", NationalIds::czRodneCislo, Context.UNLESS_SEPARATED,
                    "rodné", "rodného", "rodne c", "r. č.", "r.č."),
            rule("ee_isikukood", "[1-6]\\d{10}", NationalIds::balticPersonalCode, Context.ALWAYS, "isikukood"),
            rule("hr_oib", "\\d{11}", NationalIds::hrOib, Context.ALWAYS, "oib"),
            rule("lt_asmens_kodas", "[1-6]\\d{10}", NationalIds::balticPersonalCode, Context.ALWAYS, "asmens kod"),
            rule("de_steuer_id", "[1-9]\\d ?\\d{3} ?\\d{3} ?\\d{3}", NationalIds::deSteuerId, Context.ALWAYS,
                    "steuer", "identifikationsnummer", "idnr", "tax id"),
            rule("dk_cpr", "\\d{6}-?\\d{4}", NationalIds::dkCpr, Context.ALWAYS, "cpr"),
            rule("es_dni", "\\d{8}[- ]?[A-Z]", NationalIds::esDni, Context.NEVER),
            rule("es_nie", "[XYZ][- ]?\\d{7}[- ]?[A-Z]", NationalIds::esNie, Context.NEVER),
            rule("fi_hetu", "\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]", NationalIds::fiHetu, Context.NEVER),
            rule("fr_nir", "[1-478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}", NationalIds::frNir,
                    Context.NEVER),
            rule("ie_ppsn", "\\d{7}[A-W][A-IW]?", NationalIds::iePpsn, Context.ALWAYS, "ppsn", "pps no",
                    "pps number", "personal public service"),
            rule("it_codice_fiscale", "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]",
                    NationalIds::itCodiceFiscale, Context.NEVER),
            rule("nl_bsn", "\\d{4}\\.?\\d{2}\\.?\\d{3}", NationalIds::nlBsn, Context.ALWAYS, "bsn",
                    "burgerservicenummer", "sofinummer", "sofi-nummer"),
            rule("pl_pesel", "\\d{11}", NationalIds::plPesel, Context.ALWAYS, "pesel"),
            rule("ro_cnp", "[1-9]\\d{12}", NationalIds::roCnp, Context.ALWAYS, "cnp", "cod numeric personal",
                    "codul numeric personal"),
            rule("se_personnummer", "(?:\\d{2})?\\d{6}[-+]?\\d{4}", NationalIds::sePersonnummer,
                    Context.UNLESS_SEPARATED, "personnummer", "personnr", "person nr", "samordningsnummer"));

    private static Map.Entry<String, Rule> rule(String kind, String regex, Predicate<String> validator, Context context,
                                                 String... names) {
        return Map.entry(kind, new Rule(kind, Pattern.compile(B + regex + E), validator, context, List.of(names)));
    }

    /** Every kind this detector knows, in the order they are tried. */
    static List<String> kinds() {
        return RULES.keySet().stream().sorted().toList();
    }

    private final List<Rule> rules;

    /** @param kinds the kinds to detect (each must be one of {@link #kinds()}) */
    NationalIdDetector(Collection<String> kinds) {
        List<Rule> list = new ArrayList<>();
        for (String kind : kinds().stream().filter(kinds::contains).toList()) {
            list.add(RULES.get(kind));
        }
        for (String k : kinds) {
            if (!RULES.containsKey(k)) {
                throw new IllegalArgumentException("unknown national id kind: " + k);
            }
        }
        rules = List.copyOf(list);
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    @Override
    public void find(String text, String region, List<PiiMatch> out) {
        int[] windows = DigitWindows.find(text, MIN_DIGITS);
        // span -> best candidate so far: when several kinds accept the same digits (Estonian and Lithuanian codes
        // share their algorithm), the kind whose name stands closest before the span wins.
        Map<Long, Candidate> best = new java.util.LinkedHashMap<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (rule.numeric()) {
                for (int w = 0; w < windows.length; w += 2) {
                    m.region(windows[w], windows[w + 1]);
                    findIn(text, rule, m, best);
                }
            } else {
                int[] codes = capitalRuns(text);
                for (int w = 0; w < codes.length; w += 2) {
                    m.region(codes[w], codes[w + 1]);
                    findIn(text, rule, m, best);
                }
            }
        }
        for (Candidate c : best.values()) {
            out.add(c.match);
        }
    }

    private record Candidate(PiiMatch match, int distance) {
    }

    private static void findIn(String text, Rule rule, Matcher m, Map<Long, Candidate> best) {
        while (m.find()) {
            String raw = m.group();
            // The Finnish century sign is part of the id, not a separator.
            String normalized = rule.kind.equals("fi_hetu") ? raw : stripSeparators(raw);
            if (!rule.validator.test(normalized)) {
                continue;
            }
            boolean needsName = switch (rule.context) {
                case NEVER -> false;
                case ALWAYS -> true;
                case UNLESS_SEPARATED -> normalized.length() == raw.length();
            };
            int distance = needsName ? nameDistance(text, m.start(), rule.names) : 0;
            if (distance < 0) {
                continue;
            }
            long key = ((long) m.start() << 32) | m.end();
            Candidate previous = best.get(key);
            if (previous == null || distance < previous.distance) {
                best.put(key, new Candidate(new PiiMatch(m.start(), m.end(), PiiType.NATIONAL_ID, rule.kind), distance));
            }
        }
    }

    /** Characters between the end of the nearest of {@code names} before {@code start} and {@code start}, or -1. */
    private static int nameDistance(String text, int start, List<String> names) {
        String window = text.substring(Math.max(0, start - CONTEXT_CHARS), start).toLowerCase(Locale.ROOT);
        int nearest = -1;
        for (String name : names) {
            int at = window.lastIndexOf(name);
            if (at >= 0) {
                int distance = window.length() - (at + name.length());
                if (nearest < 0 || distance < nearest) {
                    nearest = distance;
                }
            }
        }
        return nearest;
    }

    /** Removes the separators the patterns allow (space, dot, hyphen, slash, the Swedish centenarian's plus). */
    private static String stripSeparators(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '.' && c != '-' && c != '+' && c != '/') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Maximal runs of A-Z and 0-9 at least 16 long that hold a digit (where a codice fiscale can be), as pairs. */
    private static int[] capitalRuns(String text) {
        List<Integer> runs = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int j = i;
            boolean digit = false;
            while (j < n && (Checksums.isDigit(text.charAt(j)) || (text.charAt(j) >= 'A' && text.charAt(j) <= 'Z'))) {
                digit |= Checksums.isDigit(text.charAt(j));
                j++;
            }
            if (j - i >= 16 && digit) {
                runs.add(i);
                runs.add(j);
            }
            i = j + 1;
        }
        return runs.stream().mapToInt(Integer::intValue).toArray();
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Checksums.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
