package eu.eurocurate.filters.pii;

import java.util.Arrays;

/**
 * The few stretches of a text where a number-shaped identifier can be: runs of digits joined by at most
 * {@value #MAX_GAP} separator characters ({@code space . - / + ( )}, no-break space, en dash), holding at least a given
 * number of digits, widened by {@value #PAD} characters on each side (for a leading {@code +} or NIE letter, a
 * trailing check letter). Running the detectors' regular expressions only inside these windows (with transparent
 * bounds, so look-arounds still see the neighbours) instead of at every position of the text is what makes the
 * stage fast on prose, which has few long digit runs.
 */
final class DigitWindows {

    static final int MAX_GAP = 3;
    static final int PAD = 6;

    private DigitWindows() {
    }

    /** Flat array of [start, end) pairs, ascending and non-overlapping. */
    static int[] find(String text, int minDigits) {
        int n = text.length();
        int[] out = new int[8];
        int size = 0;
        int i = 0;
        while (i < n) {
            if (!Checksums.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int digits = 0;
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (Checksums.isDigit(c)) {
                    digits++;
                    j++;
                    end = j;
                } else if (isSeparator(c) && j - end < MAX_GAP) {
                    j++;
                } else {
                    break;
                }
            }
            if (digits >= minDigits) {
                int ws = Math.max(0, start - PAD);
                int we = Math.min(n, end + PAD);
                if (size > 0 && ws <= out[size - 1]) {
                    out[size - 1] = we;
                } else {
                    if (size + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[size++] = ws;
                    out[size++] = we;
                }
            }
            i = Math.max(end, i + 1);
        }
        return Arrays.copyOf(out, size);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '/' || c == '+' || c == '(' || c == ')' || c == '\u00A0'
                || c == '\u2013';
    }
}
