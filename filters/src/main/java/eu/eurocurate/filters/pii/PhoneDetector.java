package eu.eurocurate.filters.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers, found and validated by Google's libphonenumber ({@code PhoneNumberUtil.findNumbers} with leniency
 * {@code VALID}: the number must be a valid number of its region per libphonenumber's metadata, and its grouping
 * must be plausible). National numbers are read in the region guessed by {@link RegionGuess}; with region
 * {@code ZZ} only numbers written with their international prefix ({@code +33 ...}) are found.
 *
 * <p>libphonenumber accepts some digit groups that are valid numbers of a region but, in running text, are almost
 * always something else; the precision check on the shared test data (filters/README.md) found dates
 * ({@code 04.02.2001}, {@code 28/03-2014}, {@code 08. 09. 2013}), year ranges ({@code 2010 - 2012}), issue numbers
 * ({@code 37/2000}) and thousands ({@code 349.000}). Those shapes, and numbers of fewer than 7 digits (shorter than
 * any subscriber number in the mission countries once the area code is written), are not masked. An unbalanced
 * opening parenthesis that libphonenumber includes in the match is left outside the span.
 */
final class PhoneDetector implements PiiDetector {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    static final int MIN_DIGITS = 7;
    private static final Pattern NOT_A_PHONE = Pattern.compile(
            "\\(?(?:\\d{1,2}[./-] ?\\d{1,2}[./-] ?\\d{2,4}"     // day.month.year in any separator mix
            + "|(?:19|20)\\d{2} ?[-\u2013/] ?(?:19|20)?\\d{2}"      // year range 2010 - 2012, 2011-12
            + "|\\d{1,3}/(?:19|20)\\d{2}"                            // issue/year 37/2000
            + "|\\d{1,3}(?:\\.\\d{3})+)\\)?");                         // thousands 349.000, 1.234.567

    @Override
    public void find(String text, String region, List<PiiMatch> out) {
        // libphonenumber's matcher is slow on long texts; it only needs to see the digit runs and their neighbours.
        int[] windows = DigitWindows.find(text, MIN_DIGITS);
        for (int w = 0; w < windows.length; w += 2) {
            findIn(text, windows[w], windows[w + 1], region, out);
        }
    }

    private static void findIn(String text, int from, int to, String region, List<PiiMatch> out) {
        String window = text.substring(from, to);
        for (PhoneNumberMatch match : UTIL.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            int start = from + match.start();
            String raw = match.rawString();
            if (raw.startsWith("(") && raw.indexOf(')') < 0) {
                start++;
                raw = raw.substring(1);
            }
            if (digits(raw) < MIN_DIGITS || NOT_A_PHONE.matcher(raw).matches()) {
                continue;
            }
            out.add(new PiiMatch(start, from + match.end(), PiiType.PHONE));
        }
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Checksums.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
