package eu.eurocurate.licensing;

/**
 * Where a licence statement was found, in the order the detector trusts them: statements about the whole response
 * (HTTP header, then the document head) before statements in the body, which may be about one embedded work (a photo
 * credit, a quoted text) rather than the page.
 */
public enum LicenceSource {
    /** {@code Link: <...>; rel="license"} response header (RFC 8288; relation registered by RFC 4946). */
    HTTP_HEADER("http_header"),
    /** {@code <link rel="license">} (or {@code <a>}) before {@code </head>}. */
    HEAD_LINK("head_link"),
    /** A licence {@code <meta>} before {@code </head>}. */
    HEAD_META("head_meta"),
    /** {@code <a rel="license">} in the body: what Creative Commons' licence chooser produces. */
    BODY_LINK("body_link"),
    /** A licence {@code <meta>} after {@code <body>} (microdata {@code itemprop="license"} mostly). */
    BODY_META("body_meta");

    private final String label;

    LicenceSource(String label) {
        this.label = label;
    }

    /** Stable label written in the evidence attribute. */
    public String label() {
        return label;
    }
}
