package eu.eurocurate.licensing;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A robots.txt path pattern: a path prefix with {@code *} (any run of characters) and a final {@code $} (end of the
 * path), matched against a URL's path and query (RFC 9309, section 2.2.3 "Special Characters"). The same notation is
 * used by aipref {@code Content-Usage} rules in robots.txt (draft-ietf-aipref-attach, section 4.1: "using the same
 * path prefix matching rules as defined for Allow and Disallow") and by the {@code location} of W3C TDMRep's
 * {@code tdmrep.json} rules (TDMRep Final Community Group Report, "Use of regular expressions").
 *
 * <p>Both sides are normalised before comparison as RFC 9309 section 2.2.2 requires: characters outside US-ASCII are
 * UTF-8 percent-encoded, percent-encoded unreserved characters (RFC 3986 section 2.3) are decoded, and the hex digits
 * of the remaining escapes are upper-cased, so {@code /caf%C3%A9}, {@code /café} and {@code /caf%c3%a9} match.
 * Matching is case-sensitive. Immutable and thread-safe.
 */
public final class PathPattern implements Serializable {

    private final String pattern;
    private final String[] parts;
    private final boolean anchored;

    private PathPattern(String pattern) {
        this.pattern = pattern;
        String p = normalise(pattern);
        boolean end = p.endsWith("$");
        if (end) {
            p = p.substring(0, p.length() - 1);
        }
        this.anchored = end;
        this.parts = p.split("\\*", -1);
    }

    /** The pattern as written (an empty pattern matches every path, as an empty prefix does). */
    public static PathPattern of(String pattern) {
        return new PathPattern(Objects.requireNonNull(pattern, "pattern").strip());
    }

    public String pattern() {
        return pattern;
    }

    /**
     * The length used to pick the most specific of several matching rules: RFC 9309 section 2.2.2 counts "the
     * number of octets" of the pattern; aipref Content-Usage rules follow it.
     */
    public int specificity() {
        return pattern.getBytes(StandardCharsets.UTF_8).length;
    }

    /** True when the path-and-query {@code path} (starting with "/") matches. */
    public boolean matches(String path) {
        String s = normalise(path == null || path.isEmpty() ? "/" : path);
        if (!s.startsWith(parts[0])) {
            return false;
        }
        int at = parts[0].length();
        if (parts.length == 1) {
            return !anchored || at == s.length();
        }
        for (int i = 1; i < parts.length - 1; i++) {
            int found = s.indexOf(parts[i], at);
            if (found < 0) {
                return false;
            }
            at = found + parts[i].length();
        }
        String last = parts[parts.length - 1];
        if (anchored) {
            return s.length() - last.length() >= at && s.endsWith(last);
        }
        return s.indexOf(last, at) >= 0;
    }

    /** The path and query of an absolute URL ({@code /a/b?c=d}); "/" when it has none or cannot be parsed. */
    public static String pathAndQuery(String url) {
        if (url == null) {
            return "/";
        }
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) {
            int q = url.indexOf('?', scheme + 3);
            return q < 0 ? "/" : "/" + stripFragment(url.substring(q));
        }
        return stripFragment(url.substring(start));
    }

    /** The host of an absolute URL, lower case, without port or user info; null when there is none. */
    public static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host != null) {
                return host.toLowerCase(java.util.Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the lenient scan: crawled URLs are not always valid URIs
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            authority = authority.substring(0, colon);
        }
        return authority.isEmpty() ? null : authority.toLowerCase(java.util.Locale.ROOT);
    }

    private static String stripFragment(String s) {
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    /** RFC 9309 section 2.2.2 normalisation (see the class comment). */
    static String normalise(String s) {
        StringBuilder out = null;
        final int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < n && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                int value = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
                if (out == null) {
                    out = new StringBuilder(n + 8).append(s, 0, i);
                }
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(Character.toUpperCase(s.charAt(i + 1)))
                            .append(Character.toUpperCase(s.charAt(i + 2)));
                }
                i += 2;
            } else if (c > 0x7e || c < 0x21) {
                if (out == null) {
                    out = new StringBuilder(n + 16).append(s, 0, i);
                }
                int cp = s.codePointAt(i);
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
                i += Character.charCount(cp) - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** RFC 3986 section 2.3: ALPHA / DIGIT / "-" / "." / "_" / "~". */
    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathPattern p && p.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
