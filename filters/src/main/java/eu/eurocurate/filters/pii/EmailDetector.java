package eu.eurocurate.filters.pii;

import java.util.List;
import java.util.Set;

/**
 * E-mail addresses: from each {@code @}, the longest run of local-part characters to the left and of domain characters
 * to the right, validated by RFC 5321's limits (local part at most 64 characters, domain at most 253, labels 1-63
 * characters not starting or ending with a hyphen, no empty label) and a top-level domain of 2-24 letters that is
 * not an image or script file extension (retina image names like {@code logo@2x.png} are not addresses).
 * Internationalised addresses (letters of any script) are accepted.
 */
final class EmailDetector implements PiiDetector {

    private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp",
            "ico", "js", "css", "avif", "tif", "tiff");

    @Override
    public void find(String text, String region, List<PiiMatch> out) {
        int at = text.indexOf('@');
        int lastEnd = 0;
        while (at >= 0) {
            int start = at;
            while (start > lastEnd && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < text.length() && isDomainChar(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            end = dropSentenceStart(text, at, end);
            if (start < at && end > at + 1 && valid(text, start, at, end)) {
                out.add(new PiiMatch(start, end, PiiType.EMAIL));
                lastEnd = end;
            }
            at = text.indexOf('@', Math.max(at + 1, end));
        }
    }

    /**
     * A last label in title case after two others ({@code kansliet@dhb.se.De kan ...}) is the next sentence's first
     * word glued on by a missing space: top-level domains are written in lower or upper case.
     */
    private static int dropSentenceStart(String text, int at, int end) {
        int lastDot = text.lastIndexOf('.', end - 1);
        if (lastDot <= at || text.lastIndexOf('.', lastDot - 1) <= at || end - lastDot < 3) {
            return end;
        }
        if (!Character.isUpperCase(text.charAt(lastDot + 1))) {
            return end;
        }
        for (int i = lastDot + 2; i < end; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return end;
            }
        }
        return lastDot;
    }

    private static boolean valid(String text, int start, int at, int end) {
        String local = text.substring(start, at);
        String domain = text.substring(at + 1, end);
        if (local.length() > 64 || domain.length() > 253 || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        String tld = labels[labels.length - 1];
        if (tld.length() < 2 || tld.length() > 24 || FILE_EXTENSIONS.contains(tld.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < tld.length(); i++) {
            if (!Character.isLetter(tld.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }
}
