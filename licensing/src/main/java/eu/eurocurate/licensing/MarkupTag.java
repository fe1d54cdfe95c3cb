package eu.eurocurate.licensing;

import java.util.Map;

/**
 * One start tag that can carry a licence or opt-out signal ({@code meta}, {@code link}, {@code a}, {@code area}), as
 * found by {@link MarkupScanner}.
 *
 * @param name       lower-case element name
 * @param attributes the attributes the detectors read (lower-case names, entity-decoded values); first occurrence wins,
 *                   as in the HTML tokenizer
 * @param inHead     true when the tag came before {@code </head>} and before the first body element
 */
public record MarkupTag(String name, Map<String, String> attributes, boolean inHead) {

    public MarkupTag {
        attributes = Map.copyOf(attributes);
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
