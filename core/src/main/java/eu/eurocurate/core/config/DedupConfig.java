package eu.eurocurate.core.config;

import java.util.Set;

/** {@code dedup:} section. Defaults follow FineWeb (word 5-grams, 14 bands x 8 rows = 112 hashes). */
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
        boolean writeClusters) implements java.io.Serializable {

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
    }
}
