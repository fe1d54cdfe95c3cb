package eu.eurocurate.licensing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schema.org {@code license} statements of one JSON-LD block ({@code <script type="application/ld+json">}).
 *
 * <p>schema.org's {@code license} ("A license document that applies to this content, typically indicated by URL") is
 * an URL or a {@code CreativeWork}; for the latter its {@code @id}, {@code url} or {@code name} is taken. The
 * property is read under the names JSON-LD documents use in practice: {@code license}, {@code schema:license},
 * {@code http(s)://schema.org/license}. A statement on a top-level node (the root object, a root array's members,
 * {@code @graph} members) is about the page; deeper ones (an article's {@code image}) are about a part of it, and are
 * reported as such. Malformed JSON (common: trailing commas, HTML comments) gives no statement. Thread-safe.
 */
final class JsonLdLicences {

    /** Upper bound on statements taken from one block. */
    static final int MAX_FOUND = 8;
    /** Nesting depth followed: page metadata is shallow; this bounds work on adversarial input. */
    static final int MAX_DEPTH = 12;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private static final List<String> PROPERTIES = List.of(
            "license", "schema:license", "http://schema.org/license", "https://schema.org/license");

    /** One statement: the value, and whether it sits on a top-level node. */
    record Found(String value, boolean topLevel) {
    }

    private JsonLdLicences() {
    }

    static List<Found> find(String json) {
        List<Found> out = new ArrayList<>(2);
        if (json == null) {
            return out;
        }
        String text = json.strip();
        if (text.startsWith("<!--")) { // legacy wrapping of script contents
            text = text.substring(4);
            int end = text.lastIndexOf("-->");
            if (end >= 0) {
                text = text.substring(0, end);
            }
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException | RuntimeException e) {
            return out; // malformed JSON-LD is common and never fatal
        }
        if (root == null) {
            return out;
        }
        if (root.isArray()) {
            for (JsonNode n : root) {
                node(n, true, 0, out);
            }
        } else {
            node(root, true, 0, out);
        }
        return out;
    }

    private static void node(JsonNode n, boolean topLevel, int depth, List<Found> out) {
        if (n == null || !n.isObject() || depth > MAX_DEPTH || out.size() >= MAX_FOUND) {
            return;
        }
        for (String p : PROPERTIES) {
            JsonNode v = n.get(p);
            if (v != null) {
                values(v, topLevel, out);
            }
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (PROPERTIES.contains(e.getKey())) {
                continue;
            }
            boolean graph = e.getKey().equals("@graph");
            JsonNode child = e.getValue();
            if (child.isArray()) {
                for (JsonNode c : child) {
                    node(c, graph && topLevel, depth + 1, out);
                }
            } else {
                node(child, graph && topLevel, depth + 1, out);
            }
        }
    }

    private static void values(JsonNode v, boolean topLevel, List<Found> out) {
        if (v.isArray()) {
            for (JsonNode item : v) {
                values(item, topLevel, out);
            }
            return;
        }
        String value = null;
        if (v.isTextual()) {
            value = v.asText();
        } else if (v.isObject()) {
            for (String key : new String[] {"@id", "url", "name"}) {
                JsonNode k = v.get(key);
                if (k != null && k.isTextual() && !k.asText().isBlank()) {
                    value = k.asText();
                    break;
                }
            }
        }
        if (value != null && !value.isBlank() && out.size() < MAX_FOUND) {
            out.add(new Found(value.strip(), topLevel));
        }
    }
}
