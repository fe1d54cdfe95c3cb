package eu.eurocurate.core.config;

import java.util.List;

/**
 * {@code blocklist:} section: URL/domain block lists the user supplies (e.g. adult-content lists), each recorded by
 * name and version on the documents it removes.
 */
public record BlocklistConfig(List<ListFile> lists) implements java.io.Serializable {

    /**
     * One list file: one entry per line, a domain ({@code example.com}, blocking its subdomains too) or a URL prefix
     * without scheme ({@code example.com/adult/}); {@code #} starts a comment; {@code .gz} is decompressed.
     *
     * @param name    short name recorded in the ledger (e.g. {@code ut1-adult})
     * @param version the list's version or date, recorded with the name
     * @param path    where to read it: any Hadoop FileSystem path, read once per executor
     */
    public record ListFile(String name, String version, String path) implements java.io.Serializable {
    }

    void validate(String p) {
        if (lists == null) {
            throw new ConfigException(p + "lists", "must be a list (empty: no block list)");
        }
        for (int i = 0; i < lists.size(); i++) {
            ListFile l = lists.get(i);
            String k = p + "lists[" + i + "].";
            if (l == null) {
                throw new ConfigException(p + "lists[" + i + "]", "must be a mapping with name, version and path");
            }
            Check.notBlank(k + "name", l.name());
            Check.notBlank(k + "version", l.version());
            Check.notBlank(k + "path", l.path());
        }
    }
}
