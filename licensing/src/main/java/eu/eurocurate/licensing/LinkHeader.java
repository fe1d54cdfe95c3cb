package eu.eurocurate.licensing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an HTTP {@code Link} header (RFC 8288, section 3): {@code <target>; rel="a b"; title="x", <target2>; rel=c}.
 * Repeated {@code Link} headers are expected joined with commas, which is how HTTP combines repeated fields
 * (RFC 9110, section 5.3); newlines are accepted as separators too. Lenient: a malformed link-value is skipped.
 */
final class LinkHeader {

    private LinkHeader() {
    }

    /** Targets of the link-values whose {@code rel} contains one of {@code relations} (lower case). */
    static List<String> targets(String header, Set<String> relations) {
        List<String> out = new ArrayList<>();
        final int n = header.length();
        int i = 0;
        while (i < n) {
            int open = header.indexOf('<', i);
            if (open < 0) {
                break;
            }
            int close = header.indexOf('>', open + 1);
            if (close < 0) {
                break;
            }
            String target = header.substring(open + 1, close).strip();
            // Parameters run to the next comma or newline outside a quoted string.
            int p = close + 1;
            boolean quoted = false;
            int paramsStart = p;
            while (p < n) {
                char c = header.charAt(p);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\\' && quoted) {
                    p++;
                } else if (!quoted && (c == ',' || c == '\n')) {
                    break;
                }
                p++;
            }
            String params = header.substring(paramsStart, Math.min(p, n));
            if (!target.isEmpty() && hasRelation(params, relations)) {
                out.add(target);
            }
            i = p + 1;
        }
        return out;
    }

    private static boolean hasRelation(String params, Set<String> relations) {
        for (String param : params.split(";")) {
            int eq = param.indexOf('=');
            if (eq < 0 || !param.substring(0, eq).strip().equalsIgnoreCase("rel")) {
                continue;
            }
            String value = param.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            for (String rel : value.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (relations.contains(rel)) {
                    return true;
                }
            }
            return false; // RFC 8288 3.3: only the first rel parameter counts
        }
        return false;
    }
}
