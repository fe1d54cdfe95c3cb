package eu.eurocurate.core.config;

import java.util.List;
import java.util.Set;

/**
 * {@code dedup:} section. Defaults follow FineWeb (word 5-grams, 14 bands x 8 rows = 112 hashes).
 *
 * <p>{@code qualityScore}: name of a key of the documents' score map (higher is better) that decides which member of
 * a cluster is kept before fetch time and id; empty for none. {@code referenceIndexes}: paths (any Hadoop scheme) of
 * dedup indexes written by earlier runs; new documents that duplicate a document of one of them are removed.
 * {@code writeIndex}: write this run's index (signatures of the documents it keeps) next to its output.
 * {@code minLength}: documents with fewer shingle units (words, or code points with {@code shingle: char}) get no
 * MinHash signature and take part in exact deduplication only; 0 for no minimum.
 */
public record DedupConfig(
        boolean exact,
        boolean minhash,
        String shingle,
        int ngramSize,
        int bands,
        int rows,
        long seed,
        String scope,
        double jaccardThreshold,
        boolean writeClusters,
        String qualityScore,
        List<String> referenceIndexes,
        boolean writeIndex,
        int minLength) implements java.io.Serializable {

    /** The section as it was before quality scores and release indexes: none of either, no index written. */
    public DedupConfig(boolean exact, boolean minhash, String shingle, int ngramSize, int bands, int rows, long seed,
                       String scope, double jaccardThreshold, boolean writeClusters) {
        this(exact, minhash, shingle, ngramSize, bands, rows, seed, scope, jaccardThreshold, writeClusters, "", List.of(),
                false, 0);
    }

    /** The section as it was before {@code min_length}: no minimum length for MinHash. */
    public DedupConfig(boolean exact, boolean minhash, String shingle, int ngramSize, int bands, int rows, long seed,
                       String scope, double jaccardThreshold, boolean writeClusters, String qualityScore,
                       List<String> referenceIndexes, boolean writeIndex) {
        this(exact, minhash, shingle, ngramSize, bands, rows, seed, scope, jaccardThreshold, writeClusters, qualityScore,
                referenceIndexes, writeIndex, 0);
    }

    public static final Set<String> SHINGLES = Set.of("word", "char");
    public static final Set<String> SCOPES = Set.of("language", "global");

    public int numHashes() {
        return bands * rows;
    }

    void validate(String p) {
        Check.oneOf(p + "shingle", shingle, SHINGLES);
        Check.range(p + "ngram_size", ngramSize, 1, 64);
        Check.range(p + "bands", bands, 1, 1024);
        Check.range(p + "rows", rows, 1, 1024);
        Check.oneOf(p + "scope", scope, SCOPES);
        Check.range(p + "jaccard_threshold", jaccardThreshold, 0.0, 1.0);
        Check.range(p + "min_length", minLength, 0, 1_000_000);
        if (qualityScore == null) {
            throw new ConfigException(p + "quality_score", "must be a score name or \"\" for none");
        }
        if (referenceIndexes == null) {
            throw new ConfigException(p + "reference_indexes", "must be a list (empty: no earlier release)");
        }
        for (String path : referenceIndexes) {
            Check.notBlank(p + "reference_indexes", path);
        }
    }
}
