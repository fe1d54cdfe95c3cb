package eu.eurocurate.dedup;

/**
 * Every reason code of the {@code dedup} stage, in one place. Each is documented in this module's README.md.
 */
public final class Reasons {

    /** Stage name: the prefix of every code below. */
    public static final String STAGE = "dedup";

    /**
     * Removed: its normalised text ({@link TextNormalizer#normalize}) is identical to the kept document's.
     * Measured value: similarity 1.0.
     */
    public static final String EXACT = "dedup.exact";

    /**
     * Removed: connected to the kept document through MinHash LSH candidate pairs (each confirmed by the Jaccard
     * check when one is configured). Measured value: the estimated Jaccard similarity with the kept document.
     */
    public static final String MINHASH = "dedup.minhash";

    /**
     * Removed: duplicates a document of an earlier release, found in one of {@code dedup.reference_indexes}: the same
     * exact key, or a shared LSH band and (with {@code jaccard_threshold > 0}) an estimated Jaccard similarity reaching
     * the threshold. Measured value: the estimated Jaccard similarity with the released document (1.0 for an exact
     * match); the released document's id and its index are named in the ledger detail.
     */
    public static final String RELEASE = "dedup.release";

    /** Kept: the representative of a cluster of two or more documents. Measured value: the cluster size. */
    public static final String REPRESENTATIVE = "dedup.representative";

    /** Kept: the document is in no cluster. Assigned by the job to documents absent from every dedup output. */
    public static final String UNIQUE = "dedup.unique";

    /** Kept: both {@code exact} and {@code minhash} are off; deduplication did not run. */
    public static final String DISABLED = "dedup.disabled";

    private Reasons() {
    }
}
