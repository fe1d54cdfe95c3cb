package eu.eurocurate.licensing;

import java.io.Serializable;

/**
 * The site-wide resources captured for one origin, as the Spark job gathers them before judging that origin's pages.
 *
 * @param origin     {@code scheme://host[:port]} of the pages these resources govern (robots.txt and tdmrep.json apply
 *                   per origin: RFC 9309 section 2.3, RFC 8615)
 * @param robotsTxt  the capture of {@code /robots.txt}, or null when the crawl has none
 * @param tdmrepJson the capture of {@code /.well-known/tdmrep.json}, or null when the crawl has none
 */
public record SiteResources(String origin, SiteResource robotsTxt, SiteResource tdmrepJson) implements Serializable {

    /** An origin for which nothing was captured. */
    public static SiteResources none(String origin) {
        return new SiteResources(origin, null, null);
    }
}
