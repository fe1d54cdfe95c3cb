package eu.eurocurate.filters.pii;

import java.util.List;

/**
 * IBANs, compact ({@code DE89370400440532013000}) or in the printed form with single spaces
 * ({@code DE89 3704 0044 0532 0130 00}): a country code and two check digits start a candidate, then exactly as many
 * characters as the SWIFT registry gives for that country are read (skipping single spaces), and the ISO 13616
 * mod-97 check must give 1 ({@link Checksums#iban}).
 */
final class IbanDetector implements PiiDetector {

    @Override
    public void find(String text, String region, List<PiiMatch> out) {
        int n = text.length();
        // A candidate starts with two capital letters and two digits, not preceded by a letter or digit; scanning for
        // the digit pair is much cheaper than a regular expression tried at every position.
        for (int d = 2; d + 1 < n; d++) {
            if (!Checksums.isDigit(text.charAt(d)) || !Checksums.isDigit(text.charAt(d + 1))) {
                continue;
            }
            int start = d - 2;
            if (!isCapital(text.charAt(start)) || !isCapital(text.charAt(start + 1))
                    || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
                continue;
            }
            Integer length = Checksums.IBAN_LENGTHS.get(text.substring(start, start + 2));
            if (length == null) {
                continue;
            }
            StringBuilder iban = new StringBuilder(length).append(text, start, d + 2);
            int i = d + 2;
            while (iban.length() < length && i < n) {
                char c = text.charAt(i);
                if (isIbanChar(c)) {
                    iban.append(c);
                    i++;
                } else if (c == ' ' && i + 1 < n && isIbanChar(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            boolean endsHere = i >= n || !Character.isLetterOrDigit(text.charAt(i));
            if (iban.length() == length && endsHere && Checksums.iban(iban)) {
                out.add(new PiiMatch(start, i, PiiType.IBAN));
                d = i;
            }
        }
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isIbanChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
}
