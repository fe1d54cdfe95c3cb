package eu.eurocurate.dedup;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test fixtures (see src/test/resources/SOURCE.txt) and the controlled edits the tests apply to them. */
public final class Fixtures {

    /** One MRPC line: quality (1 = paraphrase), the two sentences. */
    public record Pair(int quality, String first, String second) {
    }

    private Fixtures() {
    }

    /** Text of src/test/resources/articles/{name}.txt. */
    public static String article(String name) {
        return resource("/articles/" + name + ".txt");
    }

    /**
     * Twelve hard pairs of the Microsoft Research Paraphrase Corpus test file (Dolan &amp; Brockett 2005): six
     * paraphrases and six non-paraphrases sharing many words. MRPC's licence allows research use only, so the corpus is
     * not copied into this repository: the pairs are read, by their MRPC ids, from the shared data set next to the
     * checkout ({@code ../shared/data/neardup-mrpc}), and the tests that use them are skipped where it is absent.
     */
    public static List<Pair> mrpcPairs() {
        Assumptions.assumeTrue(mrpcFile() != null, "MRPC is not shipped (research-only licence); ../shared/data/neardup-mrpc absent");
        return mrpcPairsIfPresent();
    }

    /** The pairs, or an empty list where the shared data set is absent. */
    public static List<Pair> mrpcPairsIfPresent() {
        return mrpcPairsIfPresent(MRPC_IDS);
    }

    /**
     * Eight MRPC test pairs of sentences (13 to 28 words) that differ by a word or two at one end (word 5-gram
     * Jaccard 0.64 to 0.82): MinHash with 14 x 8 bands and the 0.7 check merges each of them when no minimum length
     * applies. Read like {@link #mrpcPairs()}; an empty list where the shared data set is absent.
     */
    public static List<Pair> mrpcNearIdenticalPairsIfPresent() {
        return mrpcPairsIfPresent(MRPC_NEAR_IDENTICAL_IDS);
    }

    private static List<Pair> mrpcPairsIfPresent(List<String> ids) {
        Path file = mrpcFile();
        if (file == null) {
            return List.of();
        }
        Map<String, Pair> byIds = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cols = line.replace("\uFEFF", "").split("\t");
                if (cols.length == 5 && !cols[0].startsWith("Quality")) {
                    byIds.put(cols[1] + "/" + cols[2], new Pair(Integer.parseInt(cols[0]), cols[3], cols[4]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Pair> pairs = new ArrayList<>();
        for (String pairIds : ids) {
            pairs.add(Objects.requireNonNull(byIds.get(pairIds), "MRPC pair " + pairIds));
        }
        return pairs;
    }

    private static Path mrpcFile() {
        return MRPC_DIRS.stream().map(d -> d.resolve("msr_paraphrase_test.txt")).filter(Files::isRegularFile)
                .findFirst().orElse(null);
    }

    /** The selected pairs' ids (#1 ID/#2 ID columns of msr_paraphrase_test.txt). */
    private static final List<String> MRPC_IDS = List.of("1611763/1611723", "61262/61282", "2553134/2553332",
            "2375777/2375808", "843200/843043", "2795276/2795258", "635287/635027", "514453/514688", "3285323/3285347",
            "826609/826468", "2637189/2637368", "2996850/2996734");

    private static final List<String> MRPC_NEAR_IDENTICAL_IDS = List.of("279643/279573", "349050/349247",
            "615871/615961", "3048010/3047982", "2788684/2788896", "2746767/2746373", "434568/434535", "655501/655394");

    /** Where the shared data sits relative to the module directory (a checkout next to shared/). */
    private static final List<Path> MRPC_DIRS = List.of(Path.of("..", "..", "shared", "data", "neardup-mrpc"),
            Path.of("..", "shared", "data", "neardup-mrpc"));

    /**
     * Replaces {@code k} words, spread evenly over the first or the second half of the text's words, with
     * {@code tag + j}: each replaced word changes at most n shingles, so the Jaccard similarity drops by a known amount.
     */
    public static String replaceWords(String text, boolean secondHalf, int k, String tag) {
        String[] words = text.split("\\s+");
        int half = words.length / 2;
        int from = secondHalf ? half : 0;
        for (int j = 0; j < k; j++) {
            words[from + (j * half) / k + 3] = tag + j;
        }
        return String.join(" ", words);
    }

    /** Exact Jaccard similarity of the two texts' shingle sets. */
    public static double trueJaccard(Shingler shingler, String a, String b) {
        Set<Long> x = set(shingler.shingleSet(a));
        Set<Long> y = set(shingler.shingleSet(b));
        Set<Long> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 0.0 : (double) x.size() / union.size();
    }

    /** Number of bands on which two signatures agree (the pair is a candidate when it is at least 1). */
    public static int sharedBands(MinHasher hasher, long[] a, long[] b) {
        long[] ka = hasher.bandKeys(a);
        long[] kb = hasher.bandKeys(b);
        int shared = 0;
        for (int i = 0; i < Math.min(ka.length, kb.length); i++) {
            if (ka[i] == kb[i]) {
                shared++;
            }
        }
        return shared;
    }

    private static Set<Long> set(long[] values) {
        Set<Long> s = new HashSet<>();
        for (long v : values) {
            s.add(v);
        }
        return s;
    }

    private static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
