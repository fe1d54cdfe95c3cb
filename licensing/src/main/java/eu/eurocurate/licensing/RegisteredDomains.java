package eu.eurocurate.licensing;

import crawlercommons.domains.EffectiveTldFinder;

import java.net.IDN;
import java.util.Locale;

/**
 * The registered domain of a host ({@code www.bbc.co.uk} gives {@code bbc.co.uk}): the public suffix plus one label,
 * by the Public Suffix List (publicsuffix.org) as bundled in crawler-commons 1.5 ({@code effective_tld_names.dat},
 * version 2025-06-26_12-43-24_UTC), through its {@link EffectiveTldFinder}.
 *
 * <p>The private section of the list counts ({@code foo.blogspot.com} stays {@code foo.blogspot.com}): a blog host or a
 * CDN customer is a separate site, which is what an audit of "top domains" and a takedown by domain mean. Hosts
 * without a registrable domain (IP addresses, {@code localhost}, a suffix not in the list) are returned as they are,
 * lower-cased, so the ledger always has a value to group by. Unicode host names are converted to their ASCII
 * (punycode) form first, as WARC URLs carry them. Thread-safe.
 */
public final class RegisteredDomains {

    private RegisteredDomains() {
    }

    /** The registered domain of {@code host}; null for a null or blank host. */
    public static String of(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") || isIpv4(h)) {
            return h;
        }
        try {
            h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return h; // not a valid IDN: keep the host as written
        }
        String assigned = EffectiveTldFinder.getAssignedDomain(h, true, false);
        return assigned == null ? h : assigned;
    }

    /** The registered domain of an URL's host; null when the URL has no host. */
    public static String ofUrl(String url) {
        return of(PathPattern.host(url));
    }

    private static boolean isIpv4(String h) {
        int dots = 0;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots == 3;
    }
}
