package eu.eurocurate.filters.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public IP addresses. IPv4: four dotted decimal octets 0-255 without leading zeros, not part of a longer dotted
 * number (version strings like 1.2.3.4.5); kept as they are (not personal data): 0/8, 10/8, 100.64/10 (RFC 6598),
 * 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.0.2/24, 198.51.100/24, 203.0.113/24 (RFC 5737 documentation),
 * 192.168/16, 198.18/15 (benchmarking), 224/4 and above (multicast, reserved, broadcast) — IANA's special-purpose
 * registry (RFC 6890). IPv6: colon-hexadecimal text (RFC 4291 section 2.2, with {@code ::}), masked only when
 * global unicast (2000::/3) and not documentation (2001:db8::/32, RFC 3849; 3fff::/20, RFC 9637).
 *
 * <p>Four single-digit octets ({@code 1.2.1.9}) are not masked: in running text they are section numbers (the
 * precision check in filters/README.md found five such, and no address); the few public addresses of that shape are
 * well-known resolvers ({@code 1.1.1.1}, {@code 8.8.8.8}, {@code 9.9.9.9}), not personal data.
 */
final class IpAddressDetector implements PiiDetector {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])" + OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET + "(?!\\d|\\.\\d)");

    @Override
    public void find(String text, String region, List<PiiMatch> out) {
        int[] windows = DigitWindows.find(text, 4);
        Matcher m = IPV4.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int w = 0; w < windows.length; w += 2) {
            m.region(windows[w], windows[w + 1]);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int c = Integer.parseInt(m.group(3));
                int d = Integer.parseInt(m.group(4));
                boolean sectionNumber = a < 10 && b < 10 && c < 10 && d < 10;
                if (!sectionNumber && isPublicIpv4(a, b, c)) {
                    out.add(new PiiMatch(m.start(), m.end(), PiiType.IP_ADDRESS));
                }
            }
        }
        findIpv6(text, out);
    }

    /** IPv6 candidates: maximal runs of hex digits and colons with at least two colons, not inside a word. */
    private static void findIpv6(String text, List<PiiMatch> out) {
        int colon = text.indexOf(':');
        int n = text.length();
        while (colon >= 0) {
            int start = colon;
            while (start > 0 && isHexOrColon(text.charAt(start - 1))) {
                start--;
            }
            int end = colon + 1;
            int colons = 1;
            while (end < n && isHexOrColon(text.charAt(end))) {
                if (text.charAt(end) == ':') {
                    colons++;
                }
                end++;
            }
            boolean inWord = (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'))
                    || (end < n && Character.isLetterOrDigit(text.charAt(end)));
            if (colons >= 2 && colons <= 7 && !inWord) {
                int[] groups = parseIpv6(text.substring(start, end));
                if (groups != null && isPublicIpv6(groups)) {
                    out.add(new PiiMatch(start, end, PiiType.IP_ADDRESS));
                }
            }
            colon = text.indexOf(':', end);
        }
    }

    private static boolean isHexOrColon(char c) {
        return c == ':' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isPublicIpv4(int a, int b, int c) {
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && b >= 64 && b <= 127)
                || (a == 169 && b == 254)
                || (a == 172 && b >= 16 && b <= 31)
                || (a == 192 && b == 168)
                || (a == 192 && b == 0 && (c == 0 || c == 2))
                || (a == 198 && (b == 18 || b == 19))
                || (a == 198 && b == 51 && c == 100)
                || (a == 203 && b == 0 && c == 113));
    }

    static boolean isPublicIpv6(int[] g) {
        return (g[0] & 0xE000) == 0x2000
                && !(g[0] == 0x2001 && g[1] == 0x0db8)
                && !((g[0] & 0xFFFF) == 0x3fff && (g[1] & 0xF000) == 0);
    }

    /** The eight 16-bit groups of an IPv6 address in text form, or null if it is not one. */
    static int[] parseIpv6(String s) {
        int dc = s.indexOf("::");
        if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) {
            return null;
        }
        String[] head;
        String[] tail;
        if (dc >= 0) {
            head = s.substring(0, dc).isEmpty() ? new String[0] : s.substring(0, dc).split(":", -1);
            tail = s.substring(dc + 2).isEmpty() ? new String[0] : s.substring(dc + 2).split(":", -1);
            if (head.length + tail.length > 7) {
                return null;
            }
        } else {
            head = s.split(":", -1);
            tail = new String[0];
            if (head.length != 8) {
                return null;
            }
        }
        int[] groups = new int[8];
        for (int i = 0; i < head.length; i++) {
            if (!fill(groups, i, head[i])) {
                return null;
            }
        }
        for (int i = 0; i < tail.length; i++) {
            if (!fill(groups, 8 - tail.length + i, tail[i])) {
                return null;
            }
        }
        return groups;
    }

    private static boolean fill(int[] groups, int i, String hex) {
        if (hex.isEmpty() || hex.length() > 4) {
            return false;
        }
        groups[i] = Integer.parseInt(hex, 16);
        return true;
    }
}
