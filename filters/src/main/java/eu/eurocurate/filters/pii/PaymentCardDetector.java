package eu.eurocurate.filters.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers (ISO/IEC 7812): 13 to 19 digits, compact or in groups of 3-6 digits separated by one kind of
 * separator (space or hyphen), whose length fits the issuer range their first digits fall in, and that pass the Luhn
 * check. Issuer ranges and lengths: Visa 4 (13, 16, 19); Mastercard 51-55 and 2221-2720 (16); American Express 34, 37
 * (15); Diners Club 300-305, 36, 38-39 (14-19); Discover 6011, 644-649, 65 (16-19); JCB 3528-3589 (16-19);
 * UnionPay 62 (16-19); Maestro 50, 56-58, 63, 67 (12-19) — the published IIN tables of the schemes.
 */
final class PaymentCardDetector implements PiiDetector {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}+\\-.,])\\d{3,6}(?:[ -]?\\d{1,6}){1,5}(?![\\p{L}\\p{N}]|[.,-]\\d)");

    @Override
    public void find(String text, String region, List<PiiMatch> out) {
        int[] windows = DigitWindows.find(text, 12);
        Matcher m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int w = 0; w < windows.length; w += 2) {
            m.region(windows[w], windows[w + 1]);
            while (m.find()) {
                String digits = digitsIfWellGrouped(m.group());
                if (digits != null && issuerAccepts(digits) && Checksums.luhn(digits)) {
                    out.add(new PiiMatch(m.start(), m.end(), PiiType.PAYMENT_CARD));
                }
            }
        }
    }

    /** The digits if the candidate is compact or uses one separator between groups of 3-6 digits; null otherwise. */
    static String digitsIfWellGrouped(String raw) {
        StringBuilder digits = new StringBuilder(19);
        char separator = 0;
        int group = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Checksums.isDigit(c)) {
                digits.append(c);
                group++;
            } else {
                if ((separator != 0 && c != separator) || group < 3 || group > 6) {
                    return null;
                }
                separator = c;
                group = 0;
            }
        }
        if (separator != 0 && (group < 3 || group > 6)) {
            return null;
        }
        int n = digits.length();
        return n >= 12 && n <= 19 ? digits.toString() : null;
    }

    /** Whether the number's leading digits belong to a card scheme that issues numbers of its length. */
    static boolean issuerAccepts(String d) {
        int n = d.length();
        int p1 = d.charAt(0) - '0';
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        if (p1 == 4) {
            return n == 13 || n == 16 || n == 19;
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return n == 16;
        }
        if (p2 == 34 || p2 == 37) {
            return n == 15;
        }
        if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) {
            return n >= 14 && n <= 19;
        }
        if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p4 >= 3528 && p4 <= 3589) || p2 == 62) {
            return n >= 16 && n <= 19;
        }
        if (p2 == 50 || (p2 >= 56 && p2 <= 58) || p2 == 63 || p2 == 67) {
            return n >= 12 && n <= 19;
        }
        return false;
    }
}
