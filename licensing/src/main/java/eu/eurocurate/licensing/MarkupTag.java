package eu.eurocurate.licensing;

import java.util.Map;

/**
 * One start tag that can carry a licence or opt-out signal ({@code meta}, {@code link}, {@code a}, {@code area},
 * JSON-LD {@code script}), as found by {@link MarkupScanner}.
 *
 * @param name       lower-case element name
 * @param attributes the attributes the detectors read (lower-case names, entity-decoded values); first occurrence wins,
 *                   as in the HTML tokenizer
 * @param inHead     true when the tag came before {@code </head>} and before the first body element
 * @param inFooter   true when the tag is inside the page footer ({@code <footer>}, or a footer div)
 * @param text       the element's text for a JSON-LD {@code script}; null for other tags
 */
public record MarkupTag(String name, Map<String, String> attributes, boolean inHead, boolean inFooter, String text) {

    public MarkupTag {
        attributes = Map.copyOf(attributes);
    }

    public MarkupTag(String name, Map<String, String> attributes, boolean inHead) {
        this(name, attributes, inHead, false, null);
    }

    /** {@code <script type="application/ld+json">}. */
    public boolean isJsonLd() {
        return name.equals("script") && text != null;
    }

    /** The attribute's value, or null when absent. */
    public String attribute(String lowerCaseName) {
        return attributes.get(lowerCaseName);
    }

    public boolean isMeta() {
        return name.equals("meta");
    }

    /** {@code link}, {@code a} and {@code area}: the elements that create hyperlinks with a {@code rel}. */
    public boolean isHyperlink() {
        return name.equals("link") || name.equals("a") || name.equals("area");
    }
}
