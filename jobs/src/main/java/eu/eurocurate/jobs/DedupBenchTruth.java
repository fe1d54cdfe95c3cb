package eu.eurocurate.jobs;

import eu.eurocurate.dedup.Shingler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ground truth of {@code curate bench-dedup}: every pair of documents (in the same scope) whose shingle sets have an
 * exact Jaccard similarity of at least {@code minJaccard}, with that similarity.
 *
 * <p>All pairs are covered without comparing all of them, losslessly, by prefix filtering (Chaudhuri, Ganti, Kaushik,
 * "A primitive operator for similarity joins in data cleaning", ICDE 2006; Bayardo, Ma, Srikant, "Scaling up all
 * pairs similarity search", WWW 2007): with the shingles of every set ordered by one global order (rarest first), two
 * sets with Jaccard at least t share a shingle among the first {@code |x| - ceil(t |x|) + 1} of either, and their
 * sizes are within a factor t. Every pair that passes is then compared exactly; the result equals brute force over all
 * pairs (the command checks that on its accuracy corpus with {@code --check-brute-force}).
 */
final class DedupBenchTruth {

    /** One pair, i &lt; j, indexes into the document list. */
    record Pair(int i, int j, double jaccard) {
    }

    private DedupBenchTruth() {
    }

    /** Sorted, distinct shingle hashes of every text. */
    static long[][] shingleSets(List<String> texts, Shingler shingler) {
        long[][] sets = new long[texts.size()][];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = shingler.shingleSet(texts.get(i));
        }
        return sets;
    }

    /** Exact Jaccard of two sorted distinct sets. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /**
     * @param scopes the scope label of every document: only documents with equal labels are paired
     * @return every pair with Jaccard at least minJaccard, sorted by (i, j)
     */
    static List<Pair> pairs(long[][] sets, String[] scopes, double minJaccard) {
        // Global order: document frequency, then value, so that prefixes hold the rarest shingles.
        long[] all = Arrays.stream(sets).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        int distinct = 0;
        long[] values = new long[all.length];
        int[] freq = new int[all.length];
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                values[distinct++] = all[k];
            }
            freq[distinct - 1]++;
        }
        long[] vals = Arrays.copyOf(values, distinct);
        // Each set's prefix: its rarest shingles (by frequency, then value), as indexes into vals.
        int[][] prefixes = new int[sets.length][];
        for (int d = 0; d < sets.length; d++) {
            long[] s = sets[d];
            long[] keys = new long[s.length];
            for (int k = 0; k < s.length; k++) {
                int idx = Arrays.binarySearch(vals, s[k]);
                keys[k] = ((long) freq[idx] << 32) | idx;
            }
            Arrays.sort(keys);
            int prefix = s.length == 0 ? 0 : s.length - (int) Math.ceil(minJaccard * s.length - 1e-9) + 1;
            prefixes[d] = new int[Math.min(prefix, keys.length)];
            for (int k = 0; k < prefixes[d].length; k++) {
                prefixes[d][k] = (int) keys[k];
            }
        }
        // All-pairs with an inverted index of the prefixes seen so far (Bayardo et al., algorithm All-Pairs): each
        // document probes it with its own prefix, every candidate once, then joins it.
        int[][] postings = new int[distinct][];
        int[] postingSizes = new int[distinct];
        int[] mark = new int[sets.length];
        Arrays.fill(mark, -1);
        List<Pair> pairs = new ArrayList<>();
        for (int x = 0; x < sets.length; x++) {
            for (int token : prefixes[x]) {
                int[] list = postings[token];
                for (int k = 0; k < postingSizes[token]; k++) {
                    int y = list[k];
                    if (mark[y] == x) {
                        continue;
                    }
                    mark[y] = x;
                    int small = Math.min(sets[x].length, sets[y].length);
                    int large = Math.max(sets[x].length, sets[y].length);
                    if (!scopes[x].equals(scopes[y]) || small < minJaccard * large) {
                        continue;
                    }
                    double j = jaccard(sets[x], sets[y]);
                    if (j >= minJaccard) {
                        pairs.add(new Pair(y, x, j));
                    }
                }
            }
            for (int token : prefixes[x]) {
                if (postings[token] == null) {
                    postings[token] = new int[2];
                } else if (postingSizes[token] == postings[token].length) {
                    postings[token] = Arrays.copyOf(postings[token], postingSizes[token] * 2);
                }
                postings[token][postingSizes[token]++] = x;
            }
        }
        pairs.sort(java.util.Comparator.comparingInt(Pair::i).thenComparingInt(Pair::j));
        return pairs;
    }

    /** The same result by comparing every pair: the reference {@link #pairs} is checked against. */
    static List<Pair> bruteForce(long[][] sets, String[] scopes, double minJaccard) {
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < sets.length; a++) {
            for (int b = a + 1; b < sets.length; b++) {
                if (scopes[a].equals(scopes[b])) {
                    double j = jaccard(sets[a], sets[b]);
                    if (j >= minJaccard) {
                        pairs.add(new Pair(a, b, j));
                    }
                }
            }
        }
        return pairs;
    }
}
