package eu.eurocurate.langid;

/** Every reason code the langid stage writes (documented in this module's README). */
public final class Reasons {

    /** A credible language (label on the document). Verdict KEEP. Value: its score. */
    public static final String OK = "langid.ok";
    /**
     * No credible language (label {@code und}; cause in attribute {@code langid.und_cause}). Verdict DROP when
     * {@code langid.drop_undetermined}, else FLAG. Value: the best guess's score.
     */
    public static final String UNDETERMINED = "langid.und";
    /** A credible language that {@code langid.keep_languages} does not list. Verdict DROP. Value: its score. */
    public static final String NOT_KEPT = "langid.not_kept";

    private Reasons() {
    }
}
