package eu.eurocurate.filters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.eurocurate.core.config.ConfigException;
import eu.eurocurate.core.config.QualityConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Per-language thresholds and stop words: FineWeb-2's published values (Penedo et al. 2025; the {@code configs/} files
 * of github.com/huggingface/fineweb-2, ODC-By 1.0) for the mission languages, from {@code conf/language-thresholds.yaml}
 * (shipped in the jar, with its attribution notice) or from the user's copy named by
 * {@code quality.per_language_thresholds_file}. That file documents the format; {@link #parse} checks every entry and
 * key and names the one that is wrong.
 *
 * <p>Lookup is by the document's language label ({@code deu_Latn}); a label listed under {@code aliases} reads another
 * label's values (shipped: Montenegrin {@code cnr_Latn}, which FineWeb-2 does not have, reads Serbian in Latin script,
 * {@code srp_Latn}); a label without a script matches when exactly one entry has that language. Immutable and
 * thread-safe.
 */
public final class LanguageThresholds {

    /** One language's values, named as in FineWeb-2's configs. */
    public record Entry(
            String label,
            String source,
            double dupLineFrac,
            Map<Integer, Double> topNgrams,
            Map<Integer, Double> dupNgrams,
            double linePunctThr,
            double newLineRatio,
            double minAvgWordLength,
            double maxAvgWordLength,
            double maxNonAlphaWordsRatio,
            List<String> stopWords) {
    }

    /** Attribute the quality stage writes: the threshold set a document was measured against. */
    public static final String ATTRIBUTE = "quality.thresholds";
    /** Value of {@link #ATTRIBUTE}: the {@code quality:} section's own values. */
    public static final String DEFAULT_SET = "default";
    /** Value prefix of {@link #ATTRIBUTE}: the table's values for the label that follows. */
    public static final String FINEWEB2_PREFIX = "fineweb2:";

    /** The shipped copy of {@code conf/language-thresholds.yaml}. */
    static final String RESOURCE = "/eu/eurocurate/filters/languages/language-thresholds.yaml";
    /** The configuration key naming a user's table (for error messages). */
    static final String FILE_KEY = "quality.per_language_thresholds_file";

    private static final Set<String> ENTRY_KEYS = Set.of("source", "dup_line_frac", "top_n_grams", "dup_n_grams",
            "line_punct_thr", "new_line_ratio", "min_avg_word_length", "max_avg_word_length",
            "max_non_alpha_words_ratio", "stopwords");
    private static final Pattern LABEL = Pattern.compile("[a-z]{3}_[A-Z][a-z]{3}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final LanguageThresholds SHIPPED = loadShipped();
    /** Users' tables by path, read once per JVM (each executor builds its stages from the same file). */
    private static final Map<String, LanguageThresholds> FILES = new ConcurrentHashMap<>();

    private final Map<String, Entry> byLabel;
    private final Map<String, String> aliases;

    private LanguageThresholds(Map<String, Entry> byLabel, Map<String, String> aliases) {
        this.byLabel = Collections.unmodifiableMap(new TreeMap<>(byLabel));
        this.aliases = Collections.unmodifiableMap(new TreeMap<>(aliases));
    }

    /** The shipped table: FineWeb-2's values as in {@code conf/language-thresholds.yaml} (loaded once). */
    public static LanguageThresholds fineweb2() {
        return SHIPPED;
    }

    /**
     * The table a configuration names: the shipped one when {@code per_language_thresholds_file} is empty, else that
     * file (read and checked once per JVM and path).
     *
     * @throws ConfigException if the file cannot be read or an entry is invalid; the message names the key
     */
    public static LanguageThresholds of(QualityConfig config) {
        String file = config.perLanguageThresholdsFile();
        if (file == null || file.isEmpty()) {
            return SHIPPED;
        }
        return FILES.computeIfAbsent(file, f -> fromFile(Path.of(f)));
    }

    /** Reads and checks a table file. */
    public static LanguageThresholds fromFile(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(FILE_KEY, "cannot read '" + file + "': " + e.getMessage(), e);
        }
        return parse(yaml, file.toString());
    }

    /**
     * Parses and checks a table in the format of {@code conf/language-thresholds.yaml}.
     *
     * @param origin where the text comes from, for error messages
     * @throws ConfigException naming the first wrong key, e.g. {@code languages.mlt_Latn.dup_line_frac}
     */
    public static LanguageThresholds parse(String yaml, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ConfigException(FILE_KEY, origin + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(FILE_KEY, origin + " must be a mapping with 'languages' (and optional 'aliases')");
        }
        for (Map.Entry<String, JsonNode> top : root.properties()) {
            if (!top.getKey().equals("languages") && !top.getKey().equals("aliases")) {
                throw new ConfigException(top.getKey(), unknown(origin, "languages, aliases"));
            }
        }
        JsonNode languages = root.get("languages");
        if (languages == null || !languages.isObject() || languages.isEmpty()) {
            throw new ConfigException("languages", in(origin) + "must be a non-empty mapping of language labels");
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : languages.properties()) {
            String label = field.getKey();
            String key = "languages." + label;
            checkLabel(key, label, origin);
            entries.put(label, entry(key, label, field.getValue(), origin));
        }
        Map<String, String> aliases = new TreeMap<>();
        JsonNode aliasNode = root.get("aliases");
        if (aliasNode != null && !aliasNode.isNull()) {
            if (!aliasNode.isObject()) {
                throw new ConfigException("aliases", in(origin) + "must be a mapping of label to label");
            }
            for (Map.Entry<String, JsonNode> a : aliasNode.properties()) {
                String key = "aliases." + a.getKey();
                checkLabel(key, a.getKey(), origin);
                String target = a.getValue().isTextual() ? a.getValue().asText() : null;
                if (target == null || !entries.containsKey(target)) {
                    throw new ConfigException(key, in(origin) + "must name a label under 'languages', got " + a.getValue());
                }
                if (entries.containsKey(a.getKey())) {
                    throw new ConfigException(key, in(origin) + "has its own entry under 'languages'; remove one");
                }
                aliases.put(a.getKey(), target);
            }
        }
        return new LanguageThresholds(entries, aliases);
    }

    /** Labels with their own values (aliases not included). */
    public Set<String> labels() {
        return byLabel.keySet();
    }

    /** Labels that read another label's values, and that label. */
    public Map<String, String> aliases() {
        return aliases;
    }

    /** The values for a language label, if the table has some for it (directly or through an alias). */
    public Optional<Entry> forLabel(String label) {
        if (label == null || label.isEmpty()) {
            return Optional.empty();
        }
        Entry e = byLabel.get(label);
        if (e == null && aliases.containsKey(label)) {
            e = byLabel.get(aliases.get(label));
        }
        if (e == null && label.indexOf('_') < 0) {
            Entry only = null;
            for (Map.Entry<String, Entry> candidate : byLabel.entrySet()) {
                if (candidate.getKey().startsWith(label + "_")) {
                    if (only != null) {
                        return Optional.empty();
                    }
                    only = candidate.getValue();
                }
            }
            e = only;
        }
        return Optional.ofNullable(e);
    }

    private static LanguageThresholds loadShipped() {
        try (InputStream in = LanguageThresholds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + RESOURCE + " (copied from conf/ by the build)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "the shipped " + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Entry entry(String key, String label, JsonNode n, String origin) {
        if (n == null || !n.isObject()) {
            throw new ConfigException(key, in(origin) + "must be a mapping of the keys " + new java.util.TreeSet<>(ENTRY_KEYS));
        }
        for (Map.Entry<String, JsonNode> f : n.properties()) {
            if (!ENTRY_KEYS.contains(f.getKey())) {
                throw new ConfigException(key + "." + f.getKey(), unknown(origin, String.join(", ", new java.util.TreeSet<>(ENTRY_KEYS))));
            }
        }
        for (String required : ENTRY_KEYS) {
            if (n.get(required) == null || n.get(required).isNull()) {
                throw new ConfigException(key + "." + required, in(origin) + "is missing");
            }
        }
        JsonNode source = n.get("source");
        if (!source.isTextual() || source.asText().isBlank()) {
            throw new ConfigException(key + ".source", in(origin) + "must name where the values come from");
        }
        double minLength = number(key, n, "min_avg_word_length", 0, 1000, origin);
        double maxLength = number(key, n, "max_avg_word_length", minLength, 1000, origin);
        JsonNode stop = n.get("stopwords");
        if (!stop.isArray() || stop.isEmpty()) {
            throw new ConfigException(key + ".stopwords", in(origin) + "must be a non-empty list of words");
        }
        List<String> words = new ArrayList<>();
        for (JsonNode w : stop) {
            if (!w.isTextual() || w.asText().isBlank()) {
                throw new ConfigException(key + ".stopwords", in(origin) + "holds a non-word: " + w);
            }
            words.add(w.asText());
        }
        return new Entry(label, source.asText(),
                number(key, n, "dup_line_frac", 0, 1, origin),
                ngrams(key + ".top_n_grams", n.get("top_n_grams"), origin),
                ngrams(key + ".dup_n_grams", n.get("dup_n_grams"), origin),
                number(key, n, "line_punct_thr", -1, 1, origin), // FineWeb-2 writes -1 for "off" (srp_Latn)
                number(key, n, "new_line_ratio", 0, 1000, origin),
                minLength, maxLength,
                number(key, n, "max_non_alpha_words_ratio", 0, 1, origin),
                List.copyOf(words));
    }

    private static double number(String entryKey, JsonNode n, String name, double min, double max, String origin) {
        JsonNode v = n.get(name);
        String key = entryKey + "." + name;
        if (!v.isNumber()) {
            throw new ConfigException(key, in(origin) + "must be a number, got " + v);
        }
        double d = v.asDouble();
        if (!(d >= min && d <= max)) {
            throw new ConfigException(key, in(origin) + "must be between " + min + " and " + max + ", got " + d);
        }
        return d;
    }

    private static Map<Integer, Double> ngrams(String key, JsonNode node, String origin) {
        if (!node.isObject() || node.isEmpty()) {
            throw new ConfigException(key, in(origin) + "must be a mapping of n-gram size to fraction, e.g. {2: 0.2}");
        }
        Map<Integer, Double> m = new TreeMap<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            int size;
            try {
                size = Integer.parseInt(f.getKey());
            } catch (NumberFormatException e) {
                throw new ConfigException(key + "." + f.getKey(), in(origin) + "n-gram size must be a whole number");
            }
            if (size < 1 || size > 64) {
                throw new ConfigException(key + "." + f.getKey(), in(origin) + "n-gram size must be between 1 and 64");
            }
            JsonNode v = f.getValue();
            if (!v.isNumber() || !(v.asDouble() >= 0 && v.asDouble() <= 1)) {
                throw new ConfigException(key + "." + f.getKey(), in(origin) + "must be a fraction between 0 and 1, got " + v);
            }
            m.put(size, v.asDouble());
        }
        return Collections.unmodifiableMap(m);
    }

    private static void checkLabel(String key, String label, String origin) {
        if (!LABEL.matcher(label).matches()) {
            throw new ConfigException(key, in(origin) + "'" + label
                    + "' is not a language label (ISO 639-3 code, '_', ISO 15924 script: deu_Latn)");
        }
    }

    private static String in(String origin) {
        return "in " + origin + ": ";
    }

    private static String unknown(String origin, String allowed) {
        return in(origin) + "unknown key (allowed: " + allowed + ")";
    }
}
