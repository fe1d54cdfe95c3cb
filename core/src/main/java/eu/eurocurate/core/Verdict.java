package eu.eurocurate.core;

/** What a stage decided about a document. */
public enum Verdict {
    /** The document passed this stage. */
    KEEP,
    /** The document is removed from the corpus; the decision's reason says why. */
    DROP,
    /** The document stays, but the stage marked something worth auditing (e.g. a licence of unknown class). */
    FLAG
}
