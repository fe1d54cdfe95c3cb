package eu.eurocurate.langid;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the character n-gram model of {@link NgramModel} (the files under
 * {@code src/main/resources/eu/eurocurate/langid/ngrams/}) from two Apache-2.0 sources already on every developer's
 * machine as Maven artifacts; not a unit test, run by hand (command in README.md "Model"):
 * <ul>
 *   <li>Lingua 1.2.2's own models ({@code language-models/<iso639-1>/{unigrams,bigrams,trigrams}.json} inside
 *       {@code com.github.pemistahl:lingua:1.2.2}): relative frequencies written as fractions, P(c) for unigrams and
 *       the conditional P(c_n | c_1..c_{n-1}) for longer n-grams, trained by Lingua on the Leipzig news corpora;</li>
 *   <li>Optimaize language-detector 0.6's profiles ({@code languages/<code>} inside
 *       {@code com.optimaize.languagedetector:language-detector:0.6}): absolute 1- to 3-gram counts (with word
 *       boundaries as spaces) from Wikipedia, for the languages Lingua lacks (Galician, Maltese) and Occitan-like
 *       neighbours we do not target (Occitan, Asturian, Aragonese, Breton), so that their text has a home other
 *       than a target label.</li>
 *   <li>Luxembourgish, which neither has: the word list inside Tesseract's {@code ltz.traineddata} (tessdata_fast,
 *       Apache-2.0; Debian package {@code tesseract-ocr-ltz} 1:4.1.0-2), 89,911 word forms Google collected from
 *       Luxembourgish web text, extracted with {@code combine_tessdata -u} and {@code dawg2wordlist}. A word list has
 *       no frequencies, so its n-grams are counted once per word form (type counts), see {@link #wordListTables}.</li>
 *   <li>Galician additionally: the running text of LibreOffice's Galician help (Debian package
 *       {@code libreoffice-help-gl} 4:7.4.7-1+deb12u14, {@code usr/share/libreoffice/help/gl/text/}, MPL-2.0), mixed
 *       into the Optimaize counts ({@link #helpText}, {@link #mix}): the Wikipedia profile alone is pruned to 3,000
 *       trigrams and lost 18% of held-out Galician to Portuguese and Spanish.</li>
 * </ul>
 * Every n-gram's log-probability is quantised to one byte ({@link NgramModel#QUANTUM} nats per step), one gzip file
 * per language. Deterministic: same jars, same bytes.
 *
 * <pre>NgramModelBuilder &lt;lingua-1.2.2.jar&gt; &lt;language-detector-0.6.jar&gt; &lt;ltz.words&gt; &lt;gl-help-dir&gt;
 * &lt;output-dir&gt;</pre>
 */
public final class NgramModelBuilder {

    /** Lingua languages: our targets it models, then non-target languages written in Latin or Cyrillic script. */
    static final List<String> FROM_LINGUA = List.of(
            "bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt", "pl",
            "pt", "ro", "sk", "sl", "es", "sv", "sq", "bs", "sr", "mk", "tr", "uk", "ka", "nb", "nn", "is", "ca", "eu",
            // not targeted: they must not be forced into a target label
            "af", "az", "cy", "eo", "id", "la", "lg", "mi", "ms", "sn", "so", "st", "sw", "tl", "tn", "ts", "vi",
            "xh", "yo", "zu", "be", "kk", "mn", "ru");
    /** Optimaize profiles: targets Lingua lacks, and Romance neighbours of Catalan/Spanish/Galician we do not target. */
    static final List<String> FROM_OPTIMAIZE = List.of("gl", "mt", "oc", "ast", "an", "br");
    /** ISO 639-3 codes of the languages outside {@link LanguageLabels} (used as best guess labels). */
    static final Map<String, String> OTHER_ISO3 = Map.ofEntries(
            Map.entry("af", "afr"), Map.entry("az", "aze"), Map.entry("cy", "cym"), Map.entry("eo", "epo"),
            Map.entry("id", "ind"), Map.entry("la", "lat"), Map.entry("lg", "lug"), Map.entry("mi", "mri"),
            Map.entry("ms", "msa"), Map.entry("sn", "sna"), Map.entry("so", "som"), Map.entry("st", "sot"),
            Map.entry("sw", "swa"), Map.entry("tl", "tgl"), Map.entry("tn", "tsn"), Map.entry("ts", "tso"),
            Map.entry("vi", "vie"), Map.entry("xh", "xho"), Map.entry("yo", "yor"), Map.entry("zu", "zul"),
            Map.entry("be", "bel"), Map.entry("kk", "kaz"), Map.entry("mn", "mon"), Map.entry("ru", "rus"),
            Map.entry("oc", "oci"), Map.entry("ast", "ast"), Map.entry("an", "arg"), Map.entry("br", "bre"));

    private static final Pattern LINGUA_ENTRY = Pattern.compile("\"(\\d+)/(\\d+)\":\"([^\"]*)\"");
    private static final Pattern OPTIMAIZE_ENTRY = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)+)\":(\\d+)");

    private NgramModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: NgramModelBuilder <lingua-1.2.2.jar> <language-detector-0.6.jar> <ltz.words>"
                    + " <libreoffice-help-gl text dir> <output-dir>");
            System.exit(2);
        }
        Path out = Path.of(args[4]);
        Files.createDirectories(out);
        List<String> index = new ArrayList<>();
        try (ZipFile lingua = new ZipFile(args[0])) {
            for (String code : FROM_LINGUA) {
                List<Map<String, Double>> orders = new ArrayList<>();
                for (String name : new String[] {"unigrams", "bigrams", "trigrams"}) {
                    // Greek and Georgian: Lingua ships unigrams only (their scripts identify them)
                    ZipEntry entry = lingua.getEntry("language-models/" + code + "/" + name + ".json");
                    orders.add(entry == null ? Map.of() : linguaTable(read(lingua, entry.getName())));
                }
                write(out, code, "lingua-1.2.2", orders);
                index.add(code);
            }
        }
        try (ZipFile optimaize = new ZipFile(args[1])) {
            for (String code : FROM_OPTIMAIZE) {
                if (code.equals("gl")) {
                    List<Map<String, Long>> counts = mix(optimaizeCounts(read(optimaize, "languages/gl")),
                            textCounts(helpText(Path.of(args[3]))), HELP_WEIGHT);
                    write(out, code, "optimaize-0.6+libreoffice-help-gl-7.4.7", conditionals(counts));
                } else {
                    write(out, code, "optimaize-0.6", optimaizeTables(read(optimaize, "languages/" + code)));
                }
                index.add(code);
            }
        }
        write(out, "lb", "tessdata-ltz-4.1.0", wordListTables(Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)));
        index.add("lb");
        Files.writeString(out.resolve("index.txt"), String.join("\n", index) + "\n", StandardCharsets.UTF_8);
    }

    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("missing " + name + " in " + zip.getName());
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Lingua's {"fraction": "ngram ngram ..."} map to n-gram -> probability. */
    static Map<String, Double> linguaTable(String json) {
        Map<String, Double> table = new TreeMap<>();
        Matcher m = LINGUA_ENTRY.matcher(json);
        while (m.find()) {
            double p = Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
            for (String ngram : m.group(3).split(" ")) {
                if (!ngram.isEmpty()) {
                    table.put(ngram, p);
                }
            }
        }
        return table;
    }

    /**
     * Optimaize counts (mixed case, word boundaries as spaces) to Lingua's form: lower case, letters only, P(c) for
     * unigrams and P(last | prefix) = count(n-gram) / count(prefix) for bigrams and trigrams, capped at 1 (the
     * profiles are pruned, so a prefix can be rarer than its extensions' sum).
     */
    static List<Map<String, Double>> optimaizeTables(String json) {
        return conditionals(optimaizeCounts(json));
    }

    /** Optimaize's 1- to 3-gram counts, lower-cased, Latin letters only (see {@link #optimaizeTables}). */
    static List<Map<String, Long>> optimaizeCounts(String json) {
        List<Map<String, Long>> counts = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        Matcher m = OPTIMAIZE_ENTRY.matcher(json);
        while (m.find()) {
            String gram = unescape(m.group(1)).toLowerCase(Locale.ROOT);
            int n = gram.codePointCount(0, gram.length());
            // letters only, and Latin only: Wikipedia profiles carry foreign-script letters (Greek, Cyrillic) that
            // would let Breton or Occitan compete for Greek or Russian text
            if (n < 1 || n > 3 || !gram.codePoints().allMatch(c -> Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                continue;
            }
            counts.get(n - 1).merge(gram, Long.parseLong(m.group(2)), Long::sum);
        }
        return counts;
    }

    /**
     * Share of the Galician counts that comes from the help text ({@link #mix}). Chosen on the even-numbered lines
     * of the held-out UD Galician file: weight 0 / 0.1 / 0.2 / 0.3 / 0.4 / 0.5 gave 82.1 / 81.9 / 84.7 / 85.6 / 87.0 /
     * 86.3% right; on the odd-numbered lines, not used for the choice, 82.3% (Optimaize alone) becomes 86.5%. More
     * weight makes it a software-manual model.
     */
    static final double HELP_WEIGHT = 0.4;
    /** English function words (not Galician words: "as", "a", "o", "e" are left out); see {@link #helpText}. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "is", "in", "for", "that", "with",
            "this", "you", "are", "be", "on", "or", "by", "an", "it", "from", "which", "can", "not");
    private static final Pattern PARAGRAPH = Pattern.compile("(?is)<p\\b[^>]*>(.*?)</p>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    /**
     * The paragraphs ({@code <p>}) of every HTML file under the help directory, in path order, tags removed,
     * entities decoded, white space folded; each distinct paragraph of six words or more once. The help is partly
     * untranslated: a paragraph where at least a fifth of the words are English function words is left out (about
     * half of them; a fixed word list, not a language identifier, so the build does not depend on the model it
     * builds).
     */
    static List<String> helpText(Path dir) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        Set<String> paragraphs = new LinkedHashSet<>();
        for (Path f : files) {
            Matcher m = PARAGRAPH.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                String text = decode(TAG.matcher(m.group(1)).replaceAll("")).replaceAll("\\s+", " ").strip();
                String[] words = text.toLowerCase(Locale.ROOT).split(" ");
                long english = Arrays.stream(words).filter(ENGLISH::contains).count();
                if (words.length >= 6 && english * 5 < words.length) {
                    paragraphs.add(text);
                }
            }
        }
        return List.copyOf(paragraphs);
    }

    private static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Token counts of the 1- to 3-grams of running text, within runs of Latin letters, lower-cased. */
    static List<Map<String, Long>> textCounts(List<String> lines) {
        List<Map<String, Long>> counts = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (String line : lines) {
            addRuns(line, counts);
        }
        return counts;
    }

    /**
     * {@code (1 - weight) * a + weight * b} per n-gram, after scaling {@code b} to {@code a}'s number of letters, in
     * thousandths (the counts stay integers): the two sources count on different scales (Wikipedia vs 230,000 words).
     */
    static List<Map<String, Long>> mix(List<Map<String, Long>> a, List<Map<String, Long>> b, double weight) {
        double scale = a.get(0).values().stream().mapToLong(Long::longValue).sum()
                / (double) b.get(0).values().stream().mapToLong(Long::longValue).sum();
        List<Map<String, Long>> mixed = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (int n = 0; n < 3; n++) {
            for (Map.Entry<String, Long> e : a.get(n).entrySet()) {
                mixed.get(n).merge(e.getKey(), Math.round(e.getValue() * (1 - weight) * 1000), Long::sum);
            }
            for (Map.Entry<String, Long> e : b.get(n).entrySet()) {
                mixed.get(n).merge(e.getKey(), Math.round(e.getValue() * scale * weight * 1000), Long::sum);
            }
            mixed.get(n).values().removeIf(v -> v == 0);
        }
        return mixed;
    }

    /** Counts of 1-, 2- and 3-grams to P(c) and P(last | prefix), capped at 1. */
    private static List<Map<String, Double>> conditionals(List<Map<String, Long>> counts) {
        long total = counts.get(0).values().stream().mapToLong(Long::longValue).sum();
        List<Map<String, Double>> tables = new ArrayList<>();
        Map<String, Double> uni = new TreeMap<>();
        counts.get(0).forEach((g, c) -> uni.put(g, c / (double) total));
        tables.add(uni);
        for (int n = 2; n <= 3; n++) {
            Map<String, Long> prefixes = counts.get(n - 2);
            Map<String, Double> table = new TreeMap<>();
            counts.get(n - 1).forEach((g, c) -> {
                Long prefix = prefixes.get(g.substring(0, g.offsetByCodePoints(0, g.codePointCount(0, g.length()) - 1)));
                if (prefix != null) {
                    table.put(g, Math.min(1.0, c / (double) prefix));
                }
            });
            tables.add(table);
        }
        return tables;
    }

    /**
     * A word list to the same form as {@link #optimaizeTables}: every word form is lower-cased and split into runs of
     * Latin letters (so {@code d'Unzuel} gives {@code d} and {@code unzuel}, as the scorer splits text), and each
     * run adds one to the count of each of its 1-, 2- and 3-grams; P(c) and P(last | prefix) follow from the counts
     * as for Optimaize's. Counting each form once over-weights rare forms against running text, but every form is
     * real Luxembourgish spelling, which is what sets it apart from German (ë, é, ä in ee/ue/ie/éi/ou clusters).
     * Forms with a letter of another script, and runs in ALL CAPS of the list (headings) are kept: case is folded.
     */
    static List<Map<String, Double>> wordListTables(List<String> words) {
        List<Map<String, Long>> counts = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (String word : words) {
            addRuns(word.strip(), counts);
        }
        return conditionals(counts);
    }

    /** Adds one for each 1-, 2- and 3-gram within each run of Latin letters of the lower-cased text. */
    private static void addRuns(String text, List<Map<String, Long>> counts) {
        int[] cps = text.toLowerCase(Locale.ROOT).codePoints().toArray();
        int start = 0;
        for (int i = 0; i <= cps.length; i++) {
            boolean letter = i < cps.length && Character.isLetter(cps[i])
                    && Character.UnicodeScript.of(cps[i]) == Character.UnicodeScript.LATIN;
            if (letter) {
                continue;
            }
            for (int a = start; a < i; a++) {
                for (int n = 1; n <= 3 && a + n <= i; n++) {
                    counts.get(n - 1).merge(new String(cps, a, n), 1L, Long::sum);
                }
            }
            start = i + 1;
        }
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                if (e == 'u' && i + 4 < s.length()) {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void write(Path dir, String code, String source, List<Map<String, Double>> orders) throws IOException {
        String iso3 = LanguageLabels.iso639_3(code).orElseGet(() -> OTHER_ISO3.get(code));
        if (iso3 == null) {
            throw new IllegalStateException("no ISO 639-3 code for " + code);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(dir.resolve(code + ".bin.gz")))))) {
            out.writeInt(NgramModel.MAGIC);
            out.writeUTF(code);
            out.writeUTF(iso3);
            out.writeUTF(source);
            for (Map<String, Double> table : orders) {
                out.writeInt(table.size());
                for (Map.Entry<String, Double> e : table.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeByte(NgramModel.quantise(Math.log(e.getValue())));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s %s %s: %d/%d/%d n-grams%n", code, iso3, source, orders.get(0).size(),
                orders.get(1).size(), orders.get(2).size());
    }
}
