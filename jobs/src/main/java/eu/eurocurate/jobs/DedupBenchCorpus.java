package eu.eurocurate.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The corpus of {@code curate bench-dedup}: real text with near duplicates made by controlled edits, the same for a
 * given size and seed on every machine.
 *
 * <p>Base documents are the 181 article bodies of the scrapinghub article-extraction benchmark
 * ({@code html-extraction-scrapinghub/ground-truth.json}, English) and then documents assembled from the Lingua test
 * sentences ({@code lid-lingua-testdata/sentences/<lang>.txt}, 35 languages, 1,000 sentences each): 12 to 30 random
 * sentences of one language in paragraphs of 2 to 5. Each base document gets a site template (a header and a footer
 * shared with the other documents of one of 60 sites: web boilerplate). A share of the base documents get a family
 * of 1 to 6 variants, each made by one edit at one strength (the share of sentences or words touched):
 * insertion of sentences of the same language, deletion of sentences, reordering of paragraphs, a changed site
 * template with added advertisement lines, or substituted words. Strengths span 2% to 50%, so variants fall at
 * every Jaccard level; the ground truth is measured on the texts, never assumed from the edit. An optional skewed
 * family gives one article thousands of lightly edited copies (one huge cluster).
 */
final class DedupBenchCorpus {

    /** One generated document; {@code family} is the index of its base document, {@code edit} what was done to it. */
    record Doc(String id, String text, String language, String fetchTime, int family, String edit) {
    }

    private static final double[] STRENGTHS = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5};
    private static final String[] EDITS = {"insert", "delete", "reorder", "boilerplate", "substitute"};
    private static final int SITES = 60;

    private final List<List<List<String>>> articles = new ArrayList<>();
    private final Map<String, List<String>> sentences = new TreeMap<>();
    private final List<String> languages;

    /** @param data the shared data directory ({@code ../shared/data} next to a checkout) */
    DedupBenchCorpus(Path data) {
        try {
            JsonNode truth = new ObjectMapper().readTree(data.resolve("html-extraction-scrapinghub/ground-truth.json").toFile());
            List<String> keys = new ArrayList<>();
            truth.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            for (String k : keys) {
                List<List<String>> paragraphs = new ArrayList<>();
                for (String p : truth.get(k).get("articleBody").asText().split("\\n+")) {
                    if (!p.isBlank()) {
                        paragraphs.add(new ArrayList<>(List.of(p.trim().split("(?<=[.!?])\\s+"))));
                    }
                }
                if (!paragraphs.isEmpty()) {
                    articles.add(paragraphs);
                }
            }
            try (Stream<Path> files = Files.list(data.resolve("lid-lingua-testdata/sentences"))) {
                for (Path f : files.sorted().toList()) {
                    String lang = f.getFileName().toString().replace(".txt", "");
                    sentences.put(lang, Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                            .map(String::strip).filter(s -> !s.isEmpty()).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark sources under " + data, e);
        }
        languages = new ArrayList<>(sentences.keySet());
    }

    /**
     * @param n          documents to generate
     * @param seed       the random seed: same n, seed and sources give the same documents
     * @param familyRate share of base documents that get variants
     * @param skewCopies copies in the one huge family (0: none); counted in n
     */
    List<Doc> generate(int n, long seed, double familyRate, int skewCopies) {
        Random random = new Random(seed);
        List<Doc> docs = new ArrayList<>(n);
        int family = 0;
        if (skewCopies > 0) {
            List<List<String>> base = articles.get(0);
            int site = 0;
            for (int c = 0; c < skewCopies && docs.size() < n; c++) {
                List<List<String>> copy = c == 0 ? base : substitute(base, 0.01, "en", random);
                docs.add(doc(docs.size(), render(copy, site, 0, random), "en", random, family, c == 0 ? "base" : "skew"));
            }
            family++;
        }
        int nextArticle = skewCopies > 0 ? 1 : 0;
        while (docs.size() < n) {
            String lang;
            List<List<String>> base;
            if (nextArticle < articles.size()) {
                base = articles.get(nextArticle++);
                lang = "en";
            } else {
                lang = languages.get(random.nextInt(languages.size()));
                base = sentenceDocument(lang, random);
            }
            int site = random.nextInt(SITES);
            docs.add(doc(docs.size(), render(base, site, 0, random), lang, random, family, "base"));
            int variants = random.nextDouble() < familyRate ? 1 + random.nextInt(6) : 0;
            for (int v = 0; v < variants && docs.size() < n; v++) {
                String edit = EDITS[random.nextInt(EDITS.length)];
                double strength = STRENGTHS[random.nextInt(STRENGTHS.length)];
                List<List<String>> edited = base;
                int variantSite = site;
                int ads = 0;
                switch (edit) {
                    case "insert" -> edited = insert(base, strength, lang, random);
                    case "delete" -> edited = delete(base, strength, random);
                    case "reorder" -> edited = reorder(base, strength, random);
                    case "boilerplate" -> {
                        variantSite = (site + 1 + random.nextInt(SITES - 1)) % SITES;
                        ads = 1 + (int) Math.round(strength * 10);
                    }
                    default -> edited = substitute(base, strength, lang, random);
                }
                docs.add(doc(docs.size(), render(edited, variantSite, ads, random), lang, random, family,
                        String.format(Locale.ROOT, "%s %.2f", edit, strength)));
            }
            family++;
        }
        return docs;
    }

    private Doc doc(int i, String text, String lang, Random random, int family, String edit) {
        String fetched = String.format(Locale.ROOT, "2025-%02d-%02dT%02d:%02d:00Z", 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
        return new Doc(String.format(Locale.ROOT, "d%07d", i), text, lang, fetched, family, edit);
    }

    private List<List<String>> sentenceDocument(String lang, Random random) {
        List<String> pool = sentences.get(lang);
        int count = 12 + random.nextInt(19);
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int size = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            current.add(pool.get(random.nextInt(pool.size())));
            if (current.size() == size) {
                paragraphs.add(current);
                current = new ArrayList<>();
                size = 2 + random.nextInt(4);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    private static int sentenceCount(List<List<String>> doc) {
        return doc.stream().mapToInt(List::size).sum();
    }

    private static List<List<String>> copy(List<List<String>> doc) {
        List<List<String>> c = new ArrayList<>();
        for (List<String> p : doc) {
            c.add(new ArrayList<>(p));
        }
        return c;
    }

    private List<List<String>> insert(List<List<String>> base, double strength, String lang, Random random) {
        List<List<String>> doc = copy(base);
        List<String> pool = sentences.getOrDefault(lang, sentences.get("en"));
        int k = Math.max(1, (int) Math.round(strength * sentenceCount(base)));
        for (int i = 0; i < k; i++) {
            List<String> p = doc.get(random.nextInt(doc.size()));
            p.add(random.nextInt(p.size() + 1), pool.get(random.nextInt(pool.size())));
        }
        return doc;
    }

    private static List<List<String>> delete(List<List<String>> base, double strength, Random random) {
        List<List<String>> doc = copy(base);
        int k = Math.max(1, (int) Math.round(strength * sentenceCount(base)));
        for (int i = 0; i < k && sentenceCount(doc) > 1; i++) {
            List<String> p = doc.get(random.nextInt(doc.size()));
            if (!p.isEmpty()) {
                p.remove(random.nextInt(p.size()));
            }
            doc.removeIf(List::isEmpty);
        }
        return doc;
    }

    private static List<List<String>> reorder(List<List<String>> base, double strength, Random random) {
        List<List<String>> doc = copy(base);
        int swaps = 1 + (int) Math.round(strength * doc.size());
        for (int i = 0; i < swaps && doc.size() > 1; i++) {
            int a = random.nextInt(doc.size());
            int b = random.nextInt(doc.size());
            List<String> t = doc.get(a);
            doc.set(a, doc.get(b));
            doc.set(b, t);
        }
        return doc;
    }

    private List<List<String>> substitute(List<List<String>> base, double strength, String lang, Random random) {
        List<String> pool = sentences.getOrDefault(lang, sentences.get("en"));
        List<List<String>> doc = new ArrayList<>();
        for (List<String> p : base) {
            List<String> out = new ArrayList<>();
            for (String sentence : p) {
                String[] words = sentence.split(" ");
                for (int w = 0; w < words.length; w++) {
                    if (random.nextDouble() < strength) {
                        String[] donor = pool.get(random.nextInt(pool.size())).split(" ");
                        words[w] = donor[random.nextInt(donor.length)];
                    }
                }
                out.add(String.join(" ", words));
            }
            doc.add(out);
        }
        return doc;
    }

    /** Header, paragraphs, advertisement lines, footer: the page text an extractor would leave. */
    private static String render(List<List<String>> doc, int site, int ads, Random random) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Home | News | Sport | Culture | Site %d Magazine | Contact | Login%n%n", site));
        Iterator<List<String>> it = doc.iterator();
        while (it.hasNext()) {
            b.append(String.join(" ", it.next())).append("\n\n");
        }
        for (int i = 0; i < ads; i++) {
            b.append(String.format(Locale.ROOT, "Advertisement: offer %d of partner %d, click here to learn more.%n%n",
                    random.nextInt(1000), random.nextInt(100)));
        }
        b.append(String.format(Locale.ROOT, "Copyright %d Site %d Media Group. All rights reserved. Privacy policy | "
                + "Terms of use | Cookie settings | Newsletter", 2015 + site % 10, site));
        return b.toString();
    }
}
