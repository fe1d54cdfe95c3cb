package eu.eurocurate.licensing;

/**
 * Where a licence statement was found, in the order the detector trusts them: statements about the whole response
 * (HTTP header, the document head, top-level JSON-LD) before the footer, before the rest of the body, which may be
 * about one embedded work (a photo credit, a quoted text) rather than the page.
 */
public enum LicenceSource {
    /** {@code Link: <...>; rel="license"} response header (RFC 8288; relation registered by RFC 4946). */
    HTTP_HEADER("http_header", "high"),
    /** {@code <link rel="license">} (or {@code <a>}) before {@code </head>}. */
    HEAD_LINK("head_link", "high"),
    /** A licence {@code <meta>} before {@code </head>}. */
    HEAD_META("head_meta", "high"),
    /**
     * schema.org {@code license} of a top-level node of a JSON-LD block (the root object, a root array's members, or
     * {@code @graph} members): the page's own metadata, as search engines read it.
     */
    JSON_LD("json_ld", "high"),
    /** A licence link in the page footer, where sites state the licence of their content. */
    FOOTER_LINK("footer_link", "medium"),
    /** A licence {@code <meta>} (microdata) in the page footer. */
    FOOTER_META("footer_meta", "medium"),
    /** {@code <a rel="license">} elsewhere in the body: what Creative Commons' licence chooser produces. */
    BODY_LINK("body_link", "low"),
    /** A licence {@code <meta>} elsewhere in the body (microdata {@code itemprop="license"} mostly). */
    BODY_META("body_meta", "low"),
    /** {@code license} of a nested JSON-LD node (an embedded image, a quoted work): about a part of the page. */
    JSON_LD_NESTED("json_ld_nested", "low");

    private final String label;
    private final String confidence;

    LicenceSource(String label, String confidence) {
        this.label = label;
        this.confidence = confidence;
    }

    /** Stable label written in the evidence attribute. */
    public String label() {
        return label;
    }

    /**
     * How strongly the statement says the whole page is under the licence: {@code high} for statements about the
     * response or the page (header, head, top-level JSON-LD), {@code medium} for the footer (site-wide boilerplate
     * that usually covers the content), {@code low} for a bare link in the body or nested metadata, which may be
     * about one embedded work.
     */
    public String confidence() {
        return confidence;
    }
}
