package eu.eurocurate.export;

/** Every reason code the export stage writes (documented in this module's README). */
public final class Reasons {

    /** The text was tokenized. Value: the number of tokens. */
    public static final String OK = "export.ok";
    /** No text, or text that encodes to no token (only the empty string does). Value: 0. */
    public static final String EMPTY = "export.empty";

    private Reasons() {
    }
}
