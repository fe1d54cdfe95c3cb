package eu.eurocurate.ingest;

/**
 * The last touch on every extracted text, whatever produced it (HTML, Tika, a WET record): line ends unified, control
 * characters removed, trailing spaces cut, at most one blank line in a row, no leading or trailing blank lines. Also
 * the cap on text length, cut at a paragraph boundary so that no stage sees half a sentence.
 */
final class TextNormalizer {

    /**
     * A cut is made at the last paragraph break (blank line) before the limit, or failing that the last line break,
     * provided it keeps at least this fraction of the allowed length; otherwise at the last space, then anywhere.
     * Half is the point where throwing away text to get a clean boundary stops being worth it.
     */
    private static final double MIN_KEPT_FRACTION = 0.5;

    private TextNormalizer() {
    }

    static String tidy(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        int newlines = 0;
        int n = in.length();
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && in.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || c == '\u0085') {
                trimTrailingBlanks(out);
                if (out.length() > 0 && newlines < 2) {
                    out.append('\n');
                }
                newlines++;
                continue;
            }
            if (c == '\t') {
                out.append(c);
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFEFF') {
                continue; // NUL, escape sequences, stray BOMs: noise to every later stage
            }
            if (c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == '\n')) {
                // At a line start, two or more spaces look like code or poetry indentation and are kept; a single
                // space is a layout artefact.
                int run = 1;
                while (i + run < n && in.charAt(i + run) == ' ') {
                    run++;
                }
                if (run >= 2) {
                    out.append(" ".repeat(run));
                }
                i += run - 1;
                continue;
            }
            newlines = 0;
            out.append(c);
        }
        trimTrailingBlanks(out);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static void trimTrailingBlanks(StringBuilder out) {
        int len = out.length();
        while (len > 0 && (out.charAt(len - 1) == ' ' || out.charAt(len - 1) == '\t')) {
            len--;
        }
        out.setLength(len);
    }

    /**
     * Cuts {@code text} to at most {@code max} characters at the best boundary (see {@link #MIN_KEPT_FRACTION});
     * returns the text unchanged when it is short enough. Never splits a surrogate pair.
     */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int floor = (int) (max * MIN_KEPT_FRACTION);
        int cut = text.lastIndexOf("\n\n", max);
        if (cut < floor) {
            cut = text.lastIndexOf('\n', max);
        }
        if (cut < floor) {
            cut = text.lastIndexOf(' ', max);
        }
        if (cut < floor) {
            cut = max;
            if (Character.isLowSurrogate(text.charAt(cut)) && cut > 0) {
                cut--;
            }
        }
        return tidy(text.substring(0, cut));
    }
}
