package eu.eurocurate.licensing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the licence statements of a document in its markup and HTTP headers, and identifies them through
 * {@link LicenceCatalogue}s.
 *
 * <p>Statements read:
 * <ul>
 *   <li>{@code <link>}, {@code <a>}, {@code <area>} whose {@code rel} contains {@code license} (WHATWG HTML, link type
 *       "license"), its historical synonym {@code copyright} (which the HTML standard tells user agents to treat like
 *       {@code license}) or ccREL's {@code cc:license}; and the same elements with schema.org's
 *       {@code itemprop="license"};</li>
 *   <li>{@code <meta>} whose {@code name} is {@code license}, {@code licence}, {@code dc.rights}, {@code dc.license},
 *       {@code dcterms.rights} or {@code dcterms.license} (Dublin Core in HTML, any case), whose {@code property} is
 *       {@code cc:license}, {@code dc:rights}, {@code dc:license}, {@code dcterms:rights} or {@code dcterms:license}
 *       (RDFa), or whose {@code itemprop} is {@code license} (schema.org microdata);</li>
 *   <li>{@code Link} response headers with {@code rel="license"} (RFC 8288; the relation is registered by RFC 4946);</li>
 *   <li>schema.org {@code license} properties in {@code <script type="application/ld+json">} blocks
 *       ({@link JsonLdLicences}).</li>
 * </ul>
 * Links and meta tags inside the page footer are {@link LicenceSource#FOOTER_LINK} / {@link LicenceSource#FOOTER_META}.
 * Statements are returned ordered by {@link LicenceSource} (header, head, JSON-LD, footer, body), then document order; duplicates (same
 * source, same value) are reported once, and at most {@value #MAX_STATEMENTS} are kept so a page with a licence link on
 * every thumbnail cannot bloat the ledger.
 *
 * <p>Stateless and thread-safe.
 */
public final class LicenceDetector {

    /** Upper bound on statements kept per document. */
    public static final int MAX_STATEMENTS = 16;

    private static final Set<String> LICENCE_RELS = Set.of("license", "copyright", "cc:license");
    private static final Set<String> LICENCE_META_NAMES = Set.of(
            "license", "licence", "dc.rights", "dc.license", "dcterms.rights", "dcterms.license");
    private static final Set<String> LICENCE_META_PROPERTIES = Set.of(
            "cc:license", "dc:rights", "dc:license", "dcterms:rights", "dcterms:license");

    private final List<LicenceCatalogue> catalogues;

    public LicenceDetector(List<? extends LicenceCatalogue> catalogues) {
        this.catalogues = List.copyOf(catalogues);
    }

    /** A detector that knows Creative Commons licences and public-domain tools. */
    public static LicenceDetector creativeCommons() {
        return new LicenceDetector(List.of(new CreativeCommonsCatalogue()));
    }

    /** A detector that knows Creative Commons and the EU open licences ({@link EuOpenLicenceCatalogue}). */
    public static LicenceDetector standard() {
        return new LicenceDetector(List.of(new CreativeCommonsCatalogue(), new EuOpenLicenceCatalogue()));
    }

    /**
     * The licence statements of a document.
     *
     * @param markup  raw HTML, or null for a document without markup (then only the headers are read)
     * @param headers HTTP response headers with lower-case names
     */
    public List<LicenceStatement> detect(String markup, Map<String, String> headers) {
        return detect(MarkupScanner.scan(markup), headers);
    }

    /** As {@link #detect(String, Map)}, on tags already scanned (the licensing stage scans once for both detectors). */
    public List<LicenceStatement> detect(List<MarkupTag> tags, Map<String, String> headers) {
        List<LicenceStatement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String link = headers == null ? null : headers.get("link");
        if (link != null) {
            for (String target : LinkHeader.targets(link, LICENCE_RELS)) {
                add(out, seen, LicenceSource.HTTP_HEADER, target);
            }
        }
        for (MarkupTag tag : tags) {
            if (tag.isHyperlink() && isLicenceHyperlink(tag)) {
                String href = tag.attribute("href");
                if (href != null && !href.isBlank()) {
                    add(out, seen, tag.inHead() ? LicenceSource.HEAD_LINK
                            : tag.inFooter() ? LicenceSource.FOOTER_LINK : LicenceSource.BODY_LINK, href.strip());
                }
            } else if (tag.isMeta() && isLicenceMeta(tag)) {
                String content = tag.attribute("content");
                if (content != null && !content.isBlank()) {
                    add(out, seen, tag.inHead() ? LicenceSource.HEAD_META
                            : tag.inFooter() ? LicenceSource.FOOTER_META : LicenceSource.BODY_META, content.strip());
                }
            } else if (tag.isJsonLd()) {
                for (JsonLdLicences.Found f : JsonLdLicences.find(tag.text())) {
                    add(out, seen, f.topLevel() ? LicenceSource.JSON_LD : LicenceSource.JSON_LD_NESTED, f.value());
                }
            }
        }
        out.sort(Comparator.comparing(LicenceStatement::source)); // stable: document order within a source
        return out;
    }

    /**
     * The statement whose licence the document is under: the first identified one in trust order (sources ranked as
     * {@link LicenceSource} lists them).
     */
    public static Optional<LicenceStatement> primary(List<LicenceStatement> statements) {
        for (LicenceStatement s : statements) {
            if (s.licence() != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private void add(List<LicenceStatement> out, Set<String> seen, LicenceSource source, String value) {
        if (out.size() >= MAX_STATEMENTS || !seen.add(source.label() + ' ' + value)) {
            return;
        }
        out.add(new LicenceStatement(source, value, identify(value)));
    }

    private Licence identify(String value) {
        for (LicenceCatalogue catalogue : catalogues) {
            Optional<Licence> licence = catalogue.identify(value);
            if (licence.isPresent()) {
                return licence.get();
            }
        }
        return null;
    }

    private static boolean isLicenceHyperlink(MarkupTag tag) {
        String rel = tag.attribute("rel");
        if (rel != null) {
            for (String token : rel.toLowerCase(Locale.ROOT).split("[ \t\n\r\f]+")) {
                if (LICENCE_RELS.contains(token)) {
                    return true;
                }
            }
        }
        return "license".equalsIgnoreCase(strip(tag.attribute("itemprop")));
    }

    private static boolean isLicenceMeta(MarkupTag tag) {
        String name = strip(tag.attribute("name"));
        if (name != null && LICENCE_META_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String property = strip(tag.attribute("property"));
        if (property != null && LICENCE_META_PROPERTIES.contains(property.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return "license".equalsIgnoreCase(strip(tag.attribute("itemprop")));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
