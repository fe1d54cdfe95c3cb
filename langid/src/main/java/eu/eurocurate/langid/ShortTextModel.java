package eu.eurocurate.langid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lingua 1.2.2's high-accuracy scoring for short texts, over compact primitive tables: for each language, the 1- to
 * 5-gram conditional frequencies of Lingua's own model files ({@code /language-models/<code>/<order>s.json} in the
 * Lingua jar, Apache-2.0), one open-addressing table of 64-bit n-gram hashes and {@code float} log-probabilities.
 *
 * <p>Why: below 120 characters Lingua's high-accuracy mode scores 1- to 5-grams, which is what makes it better than
 * any trigram model on word pairs and single words. Calling Lingua for those texts costs its Kotlin maps (about 1 GB
 * of heap for our languages, 10-90 s to load) and its per-call overhead (a fork-join task per n-gram order). The same
 * numbers in flat arrays take 2-6 MB per language and about 0.1 s to build (warm JIT; LangIdBenchmark prints the
 * times), lazily, the first time a language is a candidate for a short text; with them {@code accuracy: high} does
 * about 30,000 of Lingua's test sentences per CPU-second, 32 times Lingua high (README.md, "Measurements").
 *
 * <p>The algorithm is Lingua 1.2.2's ({@code LanguageDetector.computeLanguageConfidenceValues}): the text is
 * lower-cased, punctuation and digits removed; for each order n = 1..5 the <em>set</em> of distinct n-grams made of
 * letters only; each n-gram contributes the log of its frequency under the language, or of its longest prefix's when
 * the language has not seen it (stupid back-off to the prefix, as Lingua's {@code rangeOfLowerOrderNgrams}), nothing
 * when not even its first letter is known; the sum over all orders is divided by the number of the text's distinct
 * letters the language knows. Higher (closer to zero) is better. Priors and candidate selection are the caller's
 * ({@link NgramLanguageIdentifier}).
 *
 * <p>Thread-safe: tables are built once per language ({@link ConcurrentHashMap#computeIfAbsent}) and never change.
 */
final class ShortTextModel {

    /** Longest n-gram Lingua models. */
    static final int MAX_ORDER = 5;
    private static final String[] FILES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};
    private static final ShortTextModel SHARED = new ShortTextModel();
    /**
     * Field names are the frequencies ("31/353"), tens of thousands per file: Jackson's default interning of field
     * names ({@code String.intern}) made loading a language take 2 s instead of a tenth of that.
     */
    private static final JsonFactory JSON = JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
    /** Log-probabilities are stored as -ln p in steps of this many nats, one byte each (Lingua's go to about -12). */
    static final double QUANTUM = 0.05;

    private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();

    private ShortTextModel() {
    }

    static ShortTextModel shared() {
        return SHARED;
    }

    /** Whether Lingua ships a model for this ISO 639-1 code (checked without loading it). */
    static boolean has(String code) {
        return ShortTextModel.class.getResource(path(code, 0)) != null;
    }

    /** Languages loaded so far (for tests and the benchmark's heap figure). */
    int loaded() {
        return tables.size();
    }

    /** The text as Lingua 1.2.2 cleans it: lower case, letters and single spaces only. */
    static String clean(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(Character.toLowerCase(cp));
            } else if (Character.isWhitespace(cp)) {
                space = true;
            }
            // punctuation, digits and symbols are dropped without a space, as Lingua's regex replacement does
        }
        return b.toString();
    }

    /**
     * The distinct letter n-grams of a cleaned text, per order: {@code prefixes()[n-1][i]} holds, for the i-th
     * distinct n-gram, the hashes of its 1- to n-letter prefixes (the last one is the n-gram itself), for the back-off.
     */
    static Grams grams(String cleaned) {
        long[][][] prefixes = new long[MAX_ORDER][][];
        for (int n = 1; n <= MAX_ORDER; n++) {
            LinkedHashMap<Long, long[]> distinct = new LinkedHashMap<>();
            for (int i = 0; i + n <= cleaned.length(); i++) {
                boolean letters = true;
                for (int j = i; j < i + n && letters; j++) {
                    letters = cleaned.charAt(j) != ' ';
                }
                if (!letters) {
                    continue;
                }
                long[] p = new long[n];
                for (int k = 0; k < n; k++) {
                    p[k] = hash(cleaned, i, k + 1);
                }
                distinct.putIfAbsent(p[n - 1], p);
            }
            prefixes[n - 1] = distinct.values().toArray(new long[0][]);
        }
        return new Grams(prefixes);
    }

    /** Distinct n-grams of one text (see {@link #grams}). */
    record Grams(long[][][] prefixes) {
        boolean isEmpty() {
            return prefixes[0].length == 0;
        }

        /** Number of distinct n-grams of order {@code n}. */
        int count(int n) {
            return prefixes[n - 1].length;
        }
    }

    /**
     * Lingua's high-accuracy value of the text for one language: the summed log-probabilities of all orders divided
     * by the number of the text's letters the language knows; {@code NaN} when it knows none. {@code priorNats}, the
     * language's prior cost, is subtracted from the sum before the division.
     */
    double score(String code, Grams grams, double priorNats) {
        Table t = tables.computeIfAbsent(code, ShortTextModel::load);
        double sum = 0;
        int known = 0;
        for (int n = 1; n <= MAX_ORDER; n++) {
            long[][] prefixes = grams.prefixes()[n - 1];
            for (long[] p : prefixes) {
                for (int k = n - 1; k >= 0; k--) {
                    float v = t.get(p[k]);
                    if (!Float.isNaN(v)) {
                        sum += v;
                        if (n == 1) {
                            known++;
                        }
                        break;
                    }
                }
            }
        }
        return known == 0 ? Double.NaN : (sum - priorNats) / known;
    }

    private static String path(String code, int order) {
        return "/language-models/" + code.toLowerCase(Locale.ROOT) + "/" + FILES[order] + ".json";
    }

    /**
     * Builds the table of one language (no caching: {@link #score} keeps one per language). Lingua ships unigrams
     * only for Greek and Georgian (their scripts identify them): a missing order is empty, every n-gram of it backs
     * off to the unigram, as in Lingua.
     */
    static Table load(String code) {
        if (!has(code)) {
            throw new IllegalStateException("Lingua has no model for '" + code + "'");
        }
        Entries table = new Entries();
        for (int order = 0; order < MAX_ORDER; order++) {
            try (InputStream in = ShortTextModel.class.getResourceAsStream(path(code, order))) {
                if (in == null) {
                    continue;
                }
                read(in, table);
            } catch (IOException e) {
                throw new UncheckedIOException("reading Lingua's " + FILES[order] + " model for '" + code + "'", e);
            }
        }
        return new Table(table.hashes, table.values, table.size);
    }

    /** {"language": ..., "ngrams": {"31/353": "ofag ...", ...}}: each key is a frequency shared by the n-grams listed. */
    private static void read(InputStream in, Entries table) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken tok;
            while ((tok = p.nextToken()) != null) {
                if (tok == JsonToken.FIELD_NAME && "ngrams".equals(p.currentName())) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String fraction = p.currentName();
                        int slash = fraction.indexOf('/');
                        double freq = Double.parseDouble(fraction.substring(0, slash))
                                / Double.parseDouble(fraction.substring(slash + 1));
                        double log = Math.log(freq);
                        p.nextToken();
                        String list = p.getText();
                        int start = 0;
                        for (int i = 0; i <= list.length(); i++) {
                            if (i == list.length() || list.charAt(i) == ' ') {
                                if (i > start) {
                                    table.add(hash(list, start, i - start), log);
                                }
                                start = i + 1;
                            }
                        }
                    }
                }
            }
        }
    }

    /** 64-bit hash of {@code s[from, from+len)}: FNV-1a over the UTF-16 units, finished with murmur3's fmix64. */
    static long hash(CharSequence s, int from, int len) {
        long h = 0xcbf29ce484222325L ^ len;
        for (int i = from; i < from + len; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /**
     * Open addressing with linear probing: the slot comes from the low bits of the 64-bit n-gram hash, the stored
     * fingerprint from its high 32 bits (0 means empty, so a fingerprint of 0 is stored as 1), the value is -ln p in
     * {@link #QUANTUM} steps as an unsigned byte: 5 bytes per slot, at most 3/4 full, about 2.5 MB for a language of
     * 350,000 n-grams. A false match needs a 32-bit fingerprint collision within one probe run (about 1 in a billion
     * lookups), harmless for a sum of dozens of log-probabilities.
     */
    static final class Table {
        private final int[] prints;
        private final byte[] costs;

        /** All n-grams of a language at once: the fingerprints cannot be rehashed, so the table never grows. */
        Table(long[] hashes, byte[] values, int n) {
            int capacity = Integer.highestOneBit(Math.max(16, n * 4 / 3)) * 2;
            prints = new int[capacity];
            costs = new byte[capacity];
            int mask = capacity - 1;
            for (int k = 0; k < n; k++) {
                int print = print(hashes[k]);
                int i = (int) hashes[k] & mask;
                while (prints[i] != 0 && prints[i] != print) {
                    i = (i + 1) & mask;
                }
                prints[i] = print;
                costs[i] = values[k];
            }
        }

        private static int print(long hash) {
            int p = (int) (hash >>> 32);
            return p == 0 ? 1 : p;
        }

        float get(long hash) {
            int print = print(hash);
            int mask = prints.length - 1;
            int i = (int) hash & mask;
            int p;
            while ((p = prints[i]) != 0) {
                if (p == print) {
                    return (float) (-(costs[i] & 0xFF) * QUANTUM);
                }
                i = (i + 1) & mask;
            }
            return Float.NaN;
        }
    }

    /** The n-grams of one language as read, before the table is sized. */
    private static final class Entries {
        long[] hashes = new long[1 << 16];
        byte[] values = new byte[1 << 16];
        int size;

        void add(long hash, double logProbability) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            hashes[size] = hash;
            values[size++] = (byte) Math.min(255, Math.round(-logProbability / QUANTUM));
        }
    }
}
