package eu.eurocurate.filters.pii;

import static eu.eurocurate.filters.pii.Checksums.allDigits;
import static eu.eurocurate.filters.pii.Checksums.isDate;
import static eu.eurocurate.filters.pii.Checksums.twoDigits;
import static eu.eurocurate.filters.pii.Checksums.weightedSum;

/**
 * Validators of national identifiers. Each takes the candidate with separators removed and letters in upper case,
 * checks its length, its check digit or letter, and the birth date where the id encodes one, and returns whether it
 * is valid. The algorithm of each is cited from the issuing authority's specification.
 */
public final class NationalIds {

    private NationalIds() {
    }

    /**
     * Belgian national register number (Rijksregisternummer / numéro de registre national): YYMMDD SSS CC, where
     * CC = 97 - (YYMMDDSSS mod 97), with a leading 2 prepended for people born from 2000 (Koninklijk Besluit of
     * 3 April 1984; the 2000 rule since 2000). Month + 20 or + 40 for "bis" numbers; month or day 00 is allowed
     * for an unknown birth date.
     */
    public static boolean beNationalNumber(String s) {
        if (s.length() != 11 || !allDigits(s)) {
            return false;
        }
        int month = twoDigits(s, 2) % 20;
        int day = twoDigits(s, 4);
        if (twoDigits(s, 2) > 52 || month > 12 || day > 31) {
            return false;
        }
        long base = Long.parseLong(s.substring(0, 9));
        int check = twoDigits(s, 9);
        return 97 - (int) (base % 97) == check || 97 - (int) ((2_000_000_000L + base) % 97) == check;
    }

    /**
     * German tax identification number (steuerliche Identifikationsnummer, § 139b AO): 11 digits, the first not 0;
     * in the first ten exactly one digit occurs two or three times and no digit more often; the eleventh is the
     * ISO 7064 MOD 11,10 check digit (Bundeszentralamt für Steuern, specification of the IdNr).
     */
    public static boolean deSteuerId(String s) {
        if (s.length() != 11 || !allDigits(s) || s.charAt(0) == '0') {
            return false;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[s.charAt(i) - '0']++;
        }
        int repeated = 0;
        for (int c : counts) {
            if (c > 3) {
                return false;
            }
            if (c >= 2) {
                repeated++;
            }
        }
        return repeated == 1 && Checksums.iso7064Mod11_10(s);
    }

    /**
     * Danish CPR number: DDMMYY-SSSS, the century given by the seventh digit and the year (CPR-kontoret, "Personnummer
     * med og uden kontrolciffer", 2008). The mod-11 check digit was abandoned in 2007, so only the date validates it;
     * the detector therefore also requires the word "CPR" in front.
     */
    public static boolean dkCpr(String s) {
        if (s.length() != 10 || !allDigits(s)) {
            return false;
        }
        int day = twoDigits(s, 0);
        int month = twoDigits(s, 2);
        int yy = twoDigits(s, 4);
        int seventh = s.charAt(6) - '0';
        int century;
        if (seventh <= 3) {
            century = 1900;
        } else if (seventh == 4 || seventh == 9) {
            century = yy <= 36 ? 2000 : 1900;
        } else {
            century = yy <= 57 ? 2000 : 1800;
        }
        return isDate(century + yy, month, day);
    }

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    /** Spanish DNI: 8 digits and the letter {@code TRWAGMYFPDXBNJZSQVHLCKE[number mod 23]} (Real Decreto 1553/2005). */
    public static boolean esDni(String s) {
        if (s.length() != 9 || !allDigits(s.substring(0, 8))) {
            return false;
        }
        return DNI_LETTERS.charAt(Integer.parseInt(s.substring(0, 8)) % 23) == s.charAt(8);
    }

    /** Spanish NIE (foreigners): X, Y or Z (read as 0, 1, 2), 7 digits and the DNI check letter. */
    public static boolean esNie(String s) {
        if (s.length() != 9) {
            return false;
        }
        int prefix = "XYZ".indexOf(s.charAt(0));
        if (prefix < 0 || !allDigits(s.substring(1, 8))) {
            return false;
        }
        return DNI_LETTERS.charAt(Integer.parseInt(prefix + s.substring(1, 8)) % 23) == s.charAt(8);
    }

    private static final String HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /**
     * Finnish personal identity code (henkilötunnus): DDMMYY, a century sign ({@code +} 1800s; {@code -} or
     * {@code U-Y} 1900s; {@code A-F} 2000s), individual number 002-899, and the check character
     * {@code 0123456789ABCDEFHJKLMNPRSTUVWXY[DDMMYYNNN mod 31]} (Digital and Population Data Services Agency;
     * Government decree 128/2010, signs added 2023).
     */
    public static boolean fiHetu(String s) {
        if (s.length() != 11 || !allDigits(s.substring(0, 6)) || !allDigits(s.substring(7, 10))) {
            return false;
        }
        char sign = s.charAt(6);
        int century;
        if (sign == '+') {
            century = 1800;
        } else if (sign == '-' || (sign >= 'U' && sign <= 'Y')) {
            century = 1900;
        } else if (sign >= 'A' && sign <= 'F') {
            century = 2000;
        } else {
            return false;
        }
        int individual = Integer.parseInt(s.substring(7, 10));
        if (individual < 2 || !isDate(century + twoDigits(s, 4), twoDigits(s, 2), twoDigits(s, 0))) {
            return false;
        }
        int n = Integer.parseInt(s.substring(0, 6) + s.substring(7, 10));
        return HETU_CHECK.charAt(n % 31) == s.charAt(10);
    }

    /**
     * French social security number (NIR, numéro d'inscription au répertoire): sex (1, 2; 3, 4, 7, 8 for
     * provisional numbers), YY, MM (01-12, or 20-42 / 50-99 when the month is unknown), department (2A and 2B read as
     * 19 and 18 for Corsica), commune, order number, and the key 97 - (first 13 digits mod 97) (INSEE).
     */
    public static boolean frNir(String s) {
        if (s.length() != 15 || "123478".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        String digits = s;
        if (s.startsWith("2A", 5)) {
            digits = s.substring(0, 5) + "19" + s.substring(7);
        } else if (s.startsWith("2B", 5)) {
            digits = s.substring(0, 5) + "18" + s.substring(7);
        }
        if (!allDigits(digits)) {
            return false;
        }
        int month = twoDigits(digits, 3);
        if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) {
            return false;
        }
        return 97 - Checksums.mod(digits.substring(0, 13), 97) == twoDigits(digits, 13);
    }

    private static final String PPSN_CHECK = "WABCDEFGHIJKLMNOPQRSTUV";

    /**
     * Irish Personal Public Service Number: 7 digits, a check letter and an optional second letter; the check is
     * (digits weighted 8..2 + second letter's value (A=1 ... I=9, W=0) × 9) mod 23, as the letter
     * {@code WABCDEFGHIJKLMNOPQRSTUV[r]} (Department of Social Protection).
     */
    public static boolean iePpsn(String s) {
        if ((s.length() != 8 && s.length() != 9) || !allDigits(s.substring(0, 7))) {
            return false;
        }
        int sum = weightedSum(s, new int[] {8, 7, 6, 5, 4, 3, 2});
        if (s.length() == 9) {
            char second = s.charAt(8);
            if (second == 'W') {
                sum += 0;
            } else if (second >= 'A' && second <= 'I') {
                sum += (second - 'A' + 1) * 9;
            } else {
                return false;
            }
        }
        return PPSN_CHECK.charAt(sum % 23) == s.charAt(7);
    }

    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
            25, 24, 23};
    private static final String CF_OMOCODE = "LMNPQRSTUV";
    private static final String CF_MONTHS = "ABCDEHLMPRST";

    /**
     * Italian codice fiscale: 6 letters (surname, name), YY, month letter ({@code ABCDEHLMPRST}), day (+40 for women),
     * the Belfiore code (letter and 3 digits), and the check letter: characters in odd positions mapped by the odd
     * table, in even positions by their value, sum mod 26 (Decreto ministeriale 12 March 1974, annex). Digits replaced
     * by {@code LMNPQRSTUV} (omocodia) are accepted.
     */
    public static boolean itCodiceFiscale(String s) {
        if (s.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = s.charAt(i);
            boolean digitSlot = (i >= 6 && i <= 7) || (i >= 9 && i <= 10) || (i >= 12 && i <= 14);
            if (digitSlot) {
                if (!Checksums.isDigit(c) && CF_OMOCODE.indexOf(c) < 0) {
                    return false;
                }
            } else if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        if (CF_MONTHS.indexOf(s.charAt(8)) < 0) {
            return false;
        }
        int day = cfDigit(s.charAt(9)) * 10 + cfDigit(s.charAt(10));
        if (day > 40) {
            day -= 40;
        }
        if (day < 1 || day > 31) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = s.charAt(i);
            int v = Checksums.isDigit(c) ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? CF_ODD[v] : v;
        }
        return 'A' + sum % 26 == s.charAt(15);
    }

    private static int cfDigit(char c) {
        return Checksums.isDigit(c) ? c - '0' : CF_OMOCODE.indexOf(c);
    }

    /**
     * Dutch citizen service number (burgerservicenummer): 9 digits passing the "elfproef"
     * 9·d1 + 8·d2 + ... + 2·d8 − d9 ≡ 0 (mod 11), not all zero (Wet algemene bepalingen burgerservicenummer;
     * Logius BSN specification). One random number in 11 passes, so the detector also requires the word "BSN".
     */
    public static boolean nlBsn(String s) {
        if (s.length() != 9 || !allDigits(s) || s.equals("000000000")) {
            return false;
        }
        int sum = weightedSum(s, new int[] {9, 8, 7, 6, 5, 4, 3, 2}) - (s.charAt(8) - '0');
        return sum % 11 == 0;
    }

    /**
     * Polish PESEL: YYMMDD (month + 80 for 1800s, + 20 for 2000s, + 40 for 2100s, + 60 for 2200s), serial, check
     * digit (10 − (digits weighted 1,3,7,9,1,3,7,9,1,3) mod 10) mod 10 (Ustawa o ewidencji ludności, 2010).
     */
    public static boolean plPesel(String s) {
        if (s.length() != 11 || !allDigits(s)) {
            return false;
        }
        int mm = twoDigits(s, 2);
        int century = switch (mm / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        if (!isDate(century + twoDigits(s, 0), mm % 20, twoDigits(s, 4))) {
            return false;
        }
        int sum = weightedSum(s, new int[] {1, 3, 7, 9, 1, 3, 7, 9, 1, 3});
        return (10 - sum % 10) % 10 == s.charAt(10) - '0';
    }

    /**
     * Romanian personal numeric code (CNP): S YYMMDD JJ NNN C, S giving sex and century (1/2: 1900s, 3/4: 1800s,
     * 5/6: 2000s, 7/8/9: residents), JJ the county (01-52), C = (digits weighted 2,7,9,1,4,6,3,5,8,2,7,9) mod 11,
     * with 10 written as 1 (Ordinul MAI 1375/2006).
     */
    public static boolean roCnp(String s) {
        if (s.length() != 13 || !allDigits(s) || s.charAt(0) == '0') {
            return false;
        }
        int sex = s.charAt(0) - '0';
        int yy = twoDigits(s, 1);
        int month = twoDigits(s, 3);
        int day = twoDigits(s, 5);
        boolean date = switch (sex) {
            case 1, 2 -> isDate(1900 + yy, month, day);
            case 3, 4 -> isDate(1800 + yy, month, day);
            case 5, 6 -> isDate(2000 + yy, month, day);
            default -> isDate(1900 + yy, month, day) || isDate(2000 + yy, month, day);
        };
        int county = twoDigits(s, 7);
        if (!date || county < 1 || county > 52) {
            return false;
        }
        int r = weightedSum(s, new int[] {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9}) % 11;
        return (r == 10 ? 1 : r) == s.charAt(12) - '0';
    }

    /**
     * Swedish personal identity number (personnummer, and samordningsnummer with day + 60): [YY]YYMMDD NNNC, C the
     * Luhn check digit over the ten digits YYMMDDNNN (Skatteverket, SKV 704).
     */
    public static boolean sePersonnummer(String s) {
        if ((s.length() != 10 && s.length() != 12) || !allDigits(s)) {
            return false;
        }
        String ten = s.length() == 12 ? s.substring(2) : s;
        int yy = twoDigits(ten, 0);
        int month = twoDigits(ten, 2);
        int day = twoDigits(ten, 4);
        if (day > 60) {
            day -= 60;
        }
        boolean date = s.length() == 12
                ? isDate(Integer.parseInt(s.substring(0, 4)), month, day)
                : isDate(1900 + yy, month, day) || isDate(2000 + yy, month, day);
        return date && Checksums.luhn(ten);
    }

    /**
     * Bulgarian EGN (единен граждански номер): YYMMDD (month + 20 for the 1800s, + 40 for the 2000s), region and
     * order digits, and the check digit (digits weighted 2,4,8,5,10,9,7,3,6) mod 11, 10 written as 0 (Наредба за
     * ЕГН, ГРАО).
     */
    public static boolean bgEgn(String s) {
        if (s.length() != 10 || !allDigits(s)) {
            return false;
        }
        int mm = twoDigits(s, 2);
        int century = mm > 40 ? 2000 : mm > 20 ? 1800 : 1900;
        if (!isDate(century + twoDigits(s, 0), mm % 20, twoDigits(s, 4))) {
            return false;
        }
        int r = weightedSum(s, new int[] {2, 4, 8, 5, 10, 9, 7, 3, 6}) % 11;
        return (r == 10 ? 0 : r) == s.charAt(9) - '0';
    }

    /**
     * Czech and Slovak birth number (rodné číslo) in its ten-digit form (born from 1954): YYMMDD (month + 50 for women,
     * + 20 more since 2004), a serial, and the whole number divisible by 11 (or the first nine mod 11 = 10 with a last
     * digit 0, for numbers issued before 1985) (Zákon 133/2000 Sb., § 13). Nine-digit numbers carry no check and are
     * not matched.
     */
    public static boolean czRodneCislo(String s) {
        if (s.length() != 10 || !allDigits(s)) {
            return false;
        }
        int yy = twoDigits(s, 0);
        int month = twoDigits(s, 2);
        if (month > 50) {
            month -= 50;
        }
        if (month > 20) {
            month -= 20;
        }
        int year = yy >= 54 ? 1900 + yy : 2000 + yy;
        if (!isDate(year, month, twoDigits(s, 4))) {
            return false;
        }
        long n = Long.parseLong(s);
        return n % 11 == 0 || (Long.parseLong(s.substring(0, 9)) % 11 == 10 && s.charAt(9) == '0');
    }

    /**
     * Estonian isikukood and Lithuanian asmens kodas (same scheme): G YYMMDD NNN C, G giving sex and century (1/2:
     * 1800s, 3/4: 1900s, 5/6: 2000s), C = (digits weighted 1..9,1) mod 11, or if that is 10, (weighted 3..9,1,2,3)
     * mod 11, 10 written as 0 (Estonian standard EVS 585:2007; Lithuanian Law on the Population Register).
     */
    public static boolean balticPersonalCode(String s) {
        if (s.length() != 11 || !allDigits(s)) {
            return false;
        }
        int g = s.charAt(0) - '0';
        if (g < 1 || g > 6) {
            return false;
        }
        int century = 1800 + 100 * ((g - 1) / 2);
        if (!isDate(century + twoDigits(s, 1), twoDigits(s, 3), twoDigits(s, 5))) {
            return false;
        }
        int r = weightedSum(s, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 1}) % 11;
        if (r == 10) {
            r = weightedSum(s, new int[] {3, 4, 5, 6, 7, 8, 9, 1, 2, 3}) % 11;
            if (r == 10) {
                r = 0;
            }
        }
        return r == s.charAt(10) - '0';
    }

    /**
     * Croatian personal identification number (OIB, osobni identifikacijski broj): 11 digits, the last an ISO 7064
     * MOD 11,10 check digit (Zakon o osobnom identifikacijskom broju; technical specification of the Tax Administration).
     */
    public static boolean hrOib(String s) {
        return s.length() == 11 && allDigits(s) && Checksums.iso7064Mod11_10(s);
    }
}
