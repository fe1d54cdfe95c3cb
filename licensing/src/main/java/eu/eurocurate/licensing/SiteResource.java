package eu.eurocurate.licensing;

import java.io.Serializable;

/**
 * One capture of a site-wide resource ({@code /robots.txt} or {@code /.well-known/tdmrep.json}): what the crawl
 * received, and which copy it was, so every decision based on it can name its evidence.
 *
 * @param body       the payload decoded as UTF-8 (RFC 9309 section 2.3: robots.txt is UTF-8), or null when the
 *                   capture has none
 * @param httpStatus the HTTP status of the capture; 0 when unknown (a file from our own crawler store)
 * @param source     which copy: e.g. {@code <warc file>@<offset>}; recorded as is
 * @param fetchTime  when it was fetched, ISO-8601 UTC (the WARC-Date); may be null
 */
public record SiteResource(String body, int httpStatus, String source, String fetchTime) implements Serializable {

    /** {@code <status> <source> <fetch time>}, as recorded in the document's attributes. */
    public String provenance() {
        return (httpStatus == 0 ? "status=unknown" : "status=" + httpStatus)
                + (source == null ? "" : " " + source) + (fetchTime == null ? "" : " " + fetchTime);
    }
}
