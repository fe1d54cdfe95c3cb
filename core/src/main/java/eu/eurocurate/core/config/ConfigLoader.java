package eu.eurocurate.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.eurocurate.core.DocumentIds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads {@link PipelineConfig}: the defaults shipped in the jar (a copy of {@code conf/pipeline.yaml}), then the user's
 * YAML deep-merged over them, then {@code key.path=value} overrides from the command line. Binding rejects unknown
 * keys, missing keys and nulls, and {@link PipelineConfig#validate()} checks ranges, so every mistake fails at
 * start-up with a message naming the key instead of silently falling back to a default.
 */
public final class ConfigLoader {

    /** Classpath location of the shipped defaults. */
    public static final String DEFAULTS_RESOURCE = "/eurocurate/pipeline.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ConfigLoader() {
    }

    /** The shipped defaults, unchanged. */
    public static PipelineConfig defaults() {
        return load(null, List.of());
    }

    /**
     * @param userYaml  the user's YAML text, or null for none
     * @param overrides {@code dotted.key=value} strings; the value is parsed as YAML ({@code 20}, {@code true},
     *                  {@code [deu_Latn, fra_Latn]})
     */
    public static PipelineConfig load(String userYaml, List<String> overrides) {
        ObjectNode tree = defaultsTree();
        if (userYaml != null && !userYaml.isBlank()) {
            JsonNode user = readTree(userYaml, "the configuration file");
            if (!user.isObject()) {
                throw new ConfigException("(root)", "the configuration file must be a YAML mapping of sections");
            }
            merge(tree, (ObjectNode) user, "");
        }
        for (String o : overrides) {
            applyOverride(tree, o);
        }
        return bind(tree).validate();
    }

    /** A short, stable hash of the effective configuration (canonical JSON, keys sorted), recorded in the manifest. */
    public static String hash(PipelineConfig config) {
        return HexFormat.of().formatHex(DocumentIds.sha256().digest(toCanonicalJson(config).getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    /** The effective configuration as canonical JSON (what the manifest records). */
    public static String toCanonicalJson(PipelineConfig config) {
        try {
            JsonNode node = CANONICAL_JSON.valueToTree(config);
            return CANONICAL_JSON.writeValueAsString(sortKeys(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sortKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = CANONICAL_JSON.createObjectNode();
            List<String> names = iterable(node.fieldNames()).stream().sorted().collect(Collectors.toList());
            for (String n : names) {
                sorted.set(n, sortKeys(node.get(n)));
            }
            return sorted;
        }
        return node;
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static ObjectNode defaultsTree() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the classpath; build core with Maven");
            }
            return (ObjectNode) readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String yaml, String what) {
        try {
            JsonNode n = YAML.readTree(yaml);
            return n == null ? YAML.createObjectNode() : n;
        } catch (JsonProcessingException e) {
            throw new ConfigException("(syntax)", what + " is not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static void merge(ObjectNode base, ObjectNode user, String prefix) {
        for (Map.Entry<String, JsonNode> e : iterable(user.fields())) {
            JsonNode existing = base.get(e.getKey());
            if (existing != null && existing.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) e.getValue(), prefix + e.getKey() + ".");
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    private static void applyOverride(ObjectNode tree, String override) {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException(override, "an override must look like section.key=value");
        }
        String key = override.substring(0, eq).trim();
        String raw = override.substring(eq + 1);
        String[] path = key.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = node.get(path[i]);
            if (child == null || !child.isObject()) {
                throw new ConfigException(key, "unknown configuration key (no section '" + String.join(".", java.util.Arrays.copyOf(path, i + 1)) + "')");
            }
            node = (ObjectNode) child;
        }
        String leaf = path[path.length - 1];
        if (!node.has(leaf)) {
            throw new ConfigException(key, "unknown configuration key; known keys here: " + iterable(node.fieldNames()));
        }
        JsonNode value = raw.isEmpty() ? NullNode.getInstance() : readTree(raw, "the value of --set " + key);
        node.set(leaf, value);
    }

    private static PipelineConfig bind(JsonNode tree) {
        try {
            return YAML.treeToValue(tree, PipelineConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(path(e), "unknown configuration key; known keys here: "
                    + e.getKnownPropertyIds(), e);
        } catch (JsonMappingException e) {
            throw new ConfigException(path(e), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException("(root)", e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("(root)", e.getMessage(), e);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(root)" : sb.toString();
    }
}
