package eu.eurocurate.filters.pii;

import java.util.Map;

/**
 * The check-digit algorithms that confirm a candidate before it is masked. Each method takes the candidate with its
 * separators already removed and returns whether it is valid; none throws on malformed input (it returns false).
 */
public final class Checksums {

    private Checksums() {
    }

    /** Luhn (ISO/IEC 7812-1 annex B): payment cards, Swedish personnummer. */
    public static boolean luhn(CharSequence digits) {
        int n = digits.length();
        if (n < 2) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = n - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /**
     * IBAN lengths per country, from the SWIFT IBAN registry (release 99, 2024). An IBAN whose length differs from its
     * country's is rejected before the mod-97 check.
     */
    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28),
            Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27),
            Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24),
            Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24),
            Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23),
            Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24),
            Map.entry("XK", 20));

    /**
     * IBAN check (ISO 13616-1, ISO 7064 MOD 97-10): the country's registered length, then the first four characters
     * moved to the end, letters replaced by 10..35, and the number mod 97 must be 1.
     */
    public static boolean iban(CharSequence iban) {
        int n = iban.length();
        if (n < 5) {
            return false;
        }
        Integer expected = IBAN_LENGTHS.get(iban.subSequence(0, 2).toString());
        if (expected == null || expected != n || !isDigit(iban.charAt(2)) || !isDigit(iban.charAt(3))) {
            return false;
        }
        int mod = 0;
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (isDigit(c)) {
                mod = (mod * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                mod = (mod * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return mod == 1;
    }

    /** ISO 7064 MOD 11,10 (pure system, used by the German Steuer-ID): the last digit checks the others. */
    public static boolean iso7064Mod11_10(CharSequence digits) {
        int product = 10;
        int n = digits.length();
        for (int i = 0; i < n - 1; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return check == digits.charAt(n - 1) - '0';
    }

    /** Weighted digit sum: {@code sum(digit[i] * weights[i])} over the first {@code weights.length} digits. */
    static int weightedSum(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** The remainder of a decimal string of any length modulo {@code m}. */
    static int mod(CharSequence digits, int m) {
        int r = 0;
        for (int i = 0; i < digits.length(); i++) {
            r = (r * 10 + (digits.charAt(i) - '0')) % m;
        }
        return r;
    }

    static boolean allDigits(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return s.length() > 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Two digits at {@code i} as a number. */
    static int twoDigits(CharSequence s, int i) {
        return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
    }

    /** Whether year/month/day is a calendar date (proleptic Gregorian). */
    static boolean isDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }
}
