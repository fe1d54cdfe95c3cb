package eu.eurocurate.langid;

/**
 * Identifies the language and script of a text. Implementations are thread-safe, deterministic, hold their models
 * for the life of the JVM, and never throw on odd input (null, empty, binary junk): such text is {@code und}.
 *
 * <p>{@link LinguaLanguageIdentifier} is the first implementation; detectors for the languages Lingua lacks plug in
 * behind this interface without touching {@link LangIdStage}.
 */
public interface LanguageIdentifier {

    /** The language of the text (only its first {@code langid.max_chars} characters are read). */
    LanguageResult identify(CharSequence text);

    /**
     * Names the detector, its version and its settings (e.g. {@code lingua-1.2.2-high}); part of the stage version
     * recorded in the ledger, because a different detector gives different labels.
     */
    String id();
}
