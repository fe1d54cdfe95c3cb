package eu.eurocurate.filters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * FineWeb-2's published per-language thresholds and stop words (Penedo et al. 2025; the {@code configs/} files of
 * github.com/huggingface/fineweb-2, ODC-By 1.0), for the mission languages, shipped as
 * {@code /eu/eurocurate/filters/languages/fineweb2.yaml} with its attribution notice.
 *
 * <p>Lookup is by the document's language label ({@code deu_Latn}); a label without a script matches when exactly
 * one entry has that language. Montenegrin ({@code cnr_Latn}), which FineWeb-2 does not have, reads Serbian in Latin
 * script ({@code srp_Latn}), the closest standard with published values. Immutable and thread-safe.
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
    /** Value prefix of {@link #ATTRIBUTE}: FineWeb-2's values for the label that follows. */
    public static final String FINEWEB2_PREFIX = "fineweb2:";

    static final String RESOURCE = "/eu/eurocurate/filters/languages/fineweb2.yaml";
    /** Labels without FineWeb-2 values that read another label's (documented in the module README). */
    static final Map<String, String> FALLBACKS = Map.of("cnr_Latn", "srp_Latn");

    private static final LanguageThresholds FINEWEB2 = load();

    private final Map<String, Entry> byLabel;

    private LanguageThresholds(Map<String, Entry> byLabel) {
        this.byLabel = Collections.unmodifiableMap(new TreeMap<>(byLabel));
    }

    /** FineWeb-2's values as shipped in the jar (loaded once). */
    public static LanguageThresholds fineweb2() {
        return FINEWEB2;
    }

    /** Labels with their own values (fallbacks not included). */
    public Set<String> labels() {
        return byLabel.keySet();
    }

    /** The values for a language label, if FineWeb-2 published some for it (directly or by a documented fallback). */
    public Optional<Entry> forLabel(String label) {
        if (label == null || label.isEmpty()) {
            return Optional.empty();
        }
        Entry e = byLabel.get(label);
        if (e == null && FALLBACKS.containsKey(label)) {
            e = byLabel.get(FALLBACKS.get(label));
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

    private static LanguageThresholds load() {
        try (InputStream in = LanguageThresholds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + RESOURCE);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Entry> entries = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                JsonNode n = field.getValue();
                List<String> stop = new ArrayList<>();
                n.get("stopwords").forEach(w -> stop.add(w.asText()));
                entries.put(field.getKey(), new Entry(field.getKey(), n.get("source").asText(),
                        n.get("dup_line_frac").asDouble(), ngrams(n.get("top_n_grams")), ngrams(n.get("dup_n_grams")),
                        n.get("line_punct_thr").asDouble(), n.get("new_line_ratio").asDouble(),
                        n.get("min_avg_word_length").asDouble(), n.get("max_avg_word_length").asDouble(),
                        n.get("max_non_alpha_words_ratio").asDouble(), List.copyOf(stop)));
            }
            return new LanguageThresholds(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<Integer, Double> ngrams(JsonNode node) {
        Map<Integer, Double> m = new TreeMap<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            m.put(Integer.parseInt(f.getKey()), f.getValue().asDouble());
        }
        return Collections.unmodifiableMap(m);
    }
}
