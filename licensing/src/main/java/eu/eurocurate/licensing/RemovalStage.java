package eu.eurocurate.licensing;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.LicensingConfig;
import eu.eurocurate.core.config.LicensingConfig.RemovalRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stage {@code removal}: applies takedown and removal requests from the configuration ({@code licensing.removals}) so
 * that a removed document leaves the corpus but stays in the ledger with the request that removed it.
 *
 * <p>A request names an exact URL ({@code url}: compared after lower-casing scheme and host, dropping the default
 * port and the fragment), an URL prefix ({@code prefix}: scheme and a leading {@code www.} ignored on both sides,
 * host compared case-insensitively) or a domain ({@code domain}: the host is the domain or one of its subdomains;
 * meant for registered domains, see {@link RegisteredDomains}). Lookups are hash-based (exact URLs, each parent
 * domain of the host, prefixes grouped by host), so a list of many thousands of requests costs a few map lookups per
 * document.
 *
 * <p>Decision: DROP {@code removal.request} when at least one request matches (value: number of matching requests;
 * detail: the id of the first in configuration order; attribute {@code removal.request_ids}: all of them), else KEEP
 * {@code removal.ok} (value 0). Thread-safe; immutable after construction.
 */
public final class RemovalStage implements Stage {

    public static final String NAME = "removal";
    public static final String VERSION = "1";
    public static final String ATTR_REQUEST_IDS = "removal.request_ids";

    private final Map<String, List<Integer>> urls = new HashMap<>();
    private final Map<String, List<Integer>> domains = new HashMap<>();
    /** Prefixes (normalised, without scheme) grouped by their host. */
    private final Map<String, List<Integer>> prefixesByHost = new HashMap<>();
    private final Map<Integer, String> prefixes = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    public RemovalStage(LicensingConfig config) {
        this(config.removals());
    }

    public RemovalStage(List<RemovalRequest> requests) {
        for (RemovalRequest r : requests) {
            int index = ids.size();
            ids.add(r.id());
            String value = r.value().strip();
            switch (r.kind().toLowerCase(Locale.ROOT)) {
                case "url" -> urls.computeIfAbsent(normaliseUrl(value), k -> new ArrayList<>()).add(index);
                case "domain" -> domains.computeIfAbsent(domain(value), k -> new ArrayList<>()).add(index);
                case "prefix" -> {
                    String p = withoutScheme(value);
                    prefixes.put(index, p);
                    prefixesByHost.computeIfAbsent(hostOf(p), k -> new ArrayList<>()).add(index);
                }
                default -> throw new IllegalArgumentException("licensing.removals: unknown kind '" + r.kind()
                        + "', expected one of " + LicensingConfig.REMOVAL_KINDS);
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void process(Document document) {
        Set<Integer> hits = matches(document.url());
        if (hits.isEmpty()) {
            document.decide(Decision.keep(NAME, VERSION, Reasons.REMOVAL_OK, 0.0));
            return;
        }
        List<String> matched = new ArrayList<>(hits.size());
        for (int i : hits) {
            matched.add(ids.get(i));
        }
        document.attribute(ATTR_REQUEST_IDS, String.join(",", matched));
        document.decide(new Decision(NAME, VERSION, Verdict.DROP, Reasons.REMOVAL_REQUEST, (double) hits.size(),
                matched.get(0)));
    }

    /** Indexes of the requests matching the URL, in configuration order. */
    private Set<Integer> matches(String url) {
        Set<Integer> out = new java.util.TreeSet<>();
        if (url == null || url.isBlank()) {
            return out;
        }
        List<Integer> exact = urls.get(normaliseUrl(url.strip()));
        if (exact != null) {
            out.addAll(exact);
        }
        String host = PathPattern.host(url);
        if (host != null) {
            String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            for (String d = h; d != null; d = parent(d)) {
                List<Integer> hit = domains.get(d);
                if (hit != null) {
                    out.addAll(hit);
                }
            }
            String bare = withoutScheme(url.strip());
            List<Integer> candidates = prefixesByHost.get(hostOf(bare));
            if (candidates != null) {
                for (int i : candidates) {
                    if (bare.startsWith(prefixes.get(i))) {
                        out.add(i);
                    }
                }
            }
        }
        return out;
    }

    private static String parent(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? null : domain.substring(dot + 1);
    }

    private static String domain(String value) {
        String d = value.toLowerCase(Locale.ROOT);
        if (d.contains("://")) {
            String h = PathPattern.host(d);
            d = h == null ? d : h;
        }
        if (d.startsWith("*.")) {
            d = d.substring(2);
        }
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    /** Scheme, default port and fragment normalised; path and query as written. */
    static String normaliseUrl(String url) {
        String u = url;
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        int scheme = u.indexOf("://");
        if (scheme < 0) {
            return u;
        }
        int pathStart = u.indexOf('/', scheme + 3);
        int queryStart = u.indexOf('?', scheme + 3);
        int end = pathStart < 0 ? (queryStart < 0 ? u.length() : queryStart)
                : (queryStart < 0 ? pathStart : Math.min(pathStart, queryStart));
        String schemePart = u.substring(0, scheme).toLowerCase(Locale.ROOT);
        String authority = u.substring(scheme + 3, end).toLowerCase(Locale.ROOT);
        if ((schemePart.equals("http") && authority.endsWith(":80"))
                || (schemePart.equals("https") && authority.endsWith(":443"))) {
            authority = authority.substring(0, authority.lastIndexOf(':'));
        }
        String rest = u.substring(end);
        if (rest.isEmpty() || rest.startsWith("?")) {
            rest = "/" + rest;
        }
        return schemePart + "://" + authority + rest;
    }

    /** {@code https://www.Example.org/a} gives {@code example.org/a}. */
    private static String withoutScheme(String url) {
        String u = url;
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            u = u.substring(scheme + 3);
        }
        int slash = u.indexOf('/');
        String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return slash < 0 ? host : host + u.substring(slash);
    }

    private static String hostOf(String withoutScheme) {
        int end = withoutScheme.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = withoutScheme.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return withoutScheme.substring(0, end);
    }
}
