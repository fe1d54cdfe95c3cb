package eu.eurocurate.filters.blocklist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * URL and domain block lists supplied by the user (for example the Université Toulouse 1 Capitole "blacklists"
 * adult category, which ships a {@code domains} and a {@code urls} file per category, the layout C4 and RefinedWeb used
 * for their URL filters). Each list has a name and a version, recorded with every match.
 *
 * <p>List format, one entry per line: {@code #} starts a comment; blank lines are skipped; an entry without {@code /}
 * is a domain and blocks that host and every subdomain ({@code example.com} blocks {@code www.example.com} and
 * {@code a.b.example.com}, not {@code badexample.com}); an entry with {@code /} is a URL prefix without scheme
 * ({@code example.org/adult/}) and blocks URLs whose host and path start with it. Hosts are compared in lower case
 * with a leading {@code www.} and a trailing dot removed; paths are compared as written.
 *
 * <p>Immutable and thread-safe; lookups cost one hash probe per host label.
 */
public final class UrlBlocklist {

    /** Where a list came from: its name and version are recorded with each match. */
    public record ListInfo(String name, String version) {
        public ListInfo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
        }

        @Override
        public String toString() {
            return name + "@" + version;
        }
    }

    /** A blocked URL: the list, the entry that matched, and whether it was a domain or a URL-prefix entry. */
    public record Match(ListInfo list, String entry, boolean domain) {
    }

    private final List<ListInfo> lists;
    private final Map<String, Integer> domains;       // host -> index of the first list holding it
    private final Map<String, List<Prefix>> prefixes; // host -> URL-prefix entries of that host

    private record Prefix(String path, String entry, int list) {
    }

    private UrlBlocklist(List<ListInfo> lists, Map<String, Integer> domains, Map<String, List<Prefix>> prefixes) {
        this.lists = List.copyOf(lists);
        this.domains = Map.copyOf(domains);
        Map<String, List<Prefix>> p = new HashMap<>();
        prefixes.forEach((k, v) -> p.put(k, List.copyOf(v)));
        this.prefixes = Map.copyOf(p);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An empty block list (blocks nothing). */
    public static UrlBlocklist empty() {
        return builder().build();
    }

    /** The lists, in the order they were added (the first match wins). */
    public List<ListInfo> lists() {
        return lists;
    }

    /** Number of domain entries plus URL-prefix entries. */
    public int size() {
        return domains.size() + prefixes.values().stream().mapToInt(List::size).sum();
    }

    /** The first list entry (in list order) that blocks {@code url}, if any. */
    public Optional<Match> match(String url) {
        String[] hostAndPath = hostAndPath(url);
        if (hostAndPath == null) {
            return Optional.empty();
        }
        String host = hostAndPath[0];
        String path = hostAndPath[1];
        Match best = null;
        int bestList = Integer.MAX_VALUE;
        for (String h = host; h != null; h = parent(h)) {
            Integer list = domains.get(h);
            if (list != null && list < bestList) {
                best = new Match(lists.get(list), h, true);
                bestList = list;
            }
        }
        List<Prefix> candidates = prefixes.get(host);
        if (candidates != null) {
            for (Prefix p : candidates) {
                if (p.list < bestList && path.startsWith(p.path)) {
                    best = new Match(lists.get(p.list), p.entry, false);
                    bestList = p.list;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String parent(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? null : host.substring(dot + 1);
    }

    /** {host, path} of a URL (scheme optional), or null if it has no host. */
    static String[] hostAndPath(String url) {
        if (url == null) {
            return null;
        }
        String u = url.trim();
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            u = u.substring(scheme + 3);
        }
        int end = u.length();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String authority = u.substring(0, end);
        String path = end < u.length() ? u.substring(end) : "/";
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (!authority.startsWith("[")) {
            int colon = authority.indexOf(':');
            if (colon >= 0) {
                authority = authority.substring(0, colon);
            }
        }
        String host = normalizeHost(authority);
        return host.isEmpty() ? null : new String[] {host, path};
    }

    static String normalizeHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        return h;
    }

    /** Collects lists; {@link #build()} makes the immutable block list. */
    public static final class Builder {

        private final List<ListInfo> lists = new ArrayList<>();
        private final Map<String, Integer> domains = new HashMap<>();
        private final Map<String, List<Prefix>> prefixes = new HashMap<>();

        private Builder() {
        }

        /** Adds one list given as lines (format in the class comment). */
        public Builder add(String name, String version, Iterable<String> lines) {
            int index = lists.size();
            lists.add(new ListInfo(name, version));
            for (String raw : lines) {
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
                if (line.isEmpty()) {
                    continue;
                }
                int slash = line.indexOf('/');
                if (slash < 0) {
                    domains.putIfAbsent(normalizeHost(line), index);
                } else {
                    String[] hp = hostAndPath(line);
                    if (hp != null) {
                        prefixes.computeIfAbsent(hp[0], k -> new ArrayList<>()).add(new Prefix(hp[1], line, index));
                    }
                }
            }
            return this;
        }

        /** Adds one list read from a UTF-8 file ({@code .gz} is decompressed). */
        public Builder addFile(String name, String version, Path file) {
            try (InputStream in = Files.newInputStream(file);
                 InputStream data = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
                 BufferedReader reader = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
                return add(name, version, reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read block list " + name + " from " + file, e);
            }
        }

        public UrlBlocklist build() {
            return new UrlBlocklist(lists, domains, prefixes);
        }
    }
}
