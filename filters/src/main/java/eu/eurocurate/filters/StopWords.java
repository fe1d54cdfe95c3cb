package eu.eurocurate.filters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stop-word lists per language, for the Gopher stop-word rule. Gopher's rule is English-only ("at least two of the,
 * be, to, of, and, that, have, with"); applied to other languages with the English list it would drop every
 * non-English page. So the rule uses the list of the document's language, and is skipped for a language without one.
 *
 * <p>Shipped lists (resources under {@code /eu/eurocurate/filters/stopwords/}, one {@code <iso639-3>.txt} each):
 * English is Gopher's own eight words; German, Finnish, French, Italian and Spanish are the Snowball project's lists
 * (BSD licence, see {@code SNOWBALL-LICENSE.txt} there), copied unmodified as Apache Lucene ships them. The Snowball
 * lists are longer than Gopher's eight words, so for those languages the rule is easier to pass. Every other mission
 * language has FineWeb-2's list ({@link LanguageThresholds}, ODC-By; the most frequent words of each language, 8 to
 * 21 of them, like Gopher's eight), keyed by the ISO 639-3 code langid writes ({@code ekk}, {@code lvs}, {@code als});
 * Serbian merges its Cyrillic and Latin lists, and Montenegrin ({@code cnr}) uses the Serbian Latin list.
 *
 * <p>Immutable and thread-safe.
 */
public final class StopWords {

    /** ISO 639-3 codes of the Gopher and Snowball lists in the jar. */
    public static final Set<String> BUNDLED_LANGUAGES = Set.of("eng", "deu", "fin", "fra", "ita", "spa");
    /** ISO 639-3 codes with FineWeb-2's list (the mission languages without a Gopher or Snowball list). */
    public static final Set<String> FINEWEB2_LANGUAGES = Set.of("als", "bos", "bul", "ces", "cnr", "dan", "ekk", "ell",
            "gle", "hrv", "hun", "kat", "lit", "lvs", "mkd", "mlt", "nld", "pol", "por", "ron", "slk", "slv", "srp",
            "swe", "tur", "ukr");

    private static final String RESOURCE_DIR = "/eu/eurocurate/filters/stopwords/";
    private static final StopWords BUNDLED = loadBundled();

    private final Map<String, Set<String>> byLanguage;
    private final Map<String, StopWordTable> tables;

    private StopWords(Map<String, Set<String>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
        Map<String, StopWordTable> t = new HashMap<>();
        byLanguage.forEach((language, words) -> t.put(language, StopWordTable.of(words)));
        this.tables = Map.copyOf(t);
    }

    /** The lists shipped in the jar (loaded once). */
    public static StopWords bundled() {
        return BUNDLED;
    }

    /** Lists given directly, keyed by ISO 639-3 code; words are lower-cased. */
    public static StopWords of(Map<String, ? extends Set<String>> lists) {
        Map<String, Set<String>> copy = new TreeMap<>();
        lists.forEach((language, words) -> {
            HashSet<String> lower = new HashSet<>();
            for (String w : words) {
                lower.add(w.toLowerCase(Locale.ROOT));
            }
            copy.put(language, Set.copyOf(lower));
        });
        return new StopWords(copy);
    }

    /**
     * The list for a document language label such as {@code deu_Latn} or {@code eng} (the part before {@code _} is
     * the ISO 639-3 code); empty for {@code und}, null, or a language without a list.
     */
    public Optional<Set<String>> forLanguage(String label) {
        return Optional.ofNullable(byLanguage.get(languageCode(label)));
    }

    /** The lookup table for a document language label, or null when there is no list. */
    StopWordTable table(String label) {
        return tables.get(languageCode(label));
    }

    private static String languageCode(String label) {
        if (label == null || label.isEmpty()) {
            return "";
        }
        int underscore = label.indexOf('_');
        String code = underscore < 0 ? label : label.substring(0, underscore);
        return code.toLowerCase(Locale.ROOT);
    }

    /** ISO 639-3 codes that have a list. */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    private static StopWords loadBundled() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String language : BUNDLED_LANGUAGES) {
            String resource = RESOURCE_DIR + language + ".txt";
            try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("stop-word list missing from the jar: " + resource);
                }
                lists.put(language, parseSnowball(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        LanguageThresholds fineweb2 = LanguageThresholds.fineweb2();
        Set<String> labels = new java.util.TreeSet<>(fineweb2.labels());
        labels.addAll(fineweb2.aliases().keySet());
        for (String label : labels) {
            String code = label.substring(0, label.indexOf('_'));
            if (FINEWEB2_LANGUAGES.contains(code)) {
                fineweb2.forLabel(label).ifPresent(e -> lists.merge(code, Set.copyOf(e.stopWords()), (a, b) -> {
                    HashSet<String> both = new HashSet<>(a);
                    both.addAll(b);
                    return Set.copyOf(both);
                }));
            }
        }
        return of(lists);
    }

    /**
     * Reads the Snowball list format: everything after {@code |} on a line is a comment; the rest holds zero or more
     * whitespace-separated words (the Finnish list puts a whole declension on one line).
     */
    static Set<String> parseSnowball(InputStream in) throws IOException {
        HashSet<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int bar = line.indexOf('|');
                String content = bar < 0 ? line : line.substring(0, bar);
                for (String w : content.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return Set.copyOf(words);
    }
}
