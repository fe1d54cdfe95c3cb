package eu.eurocurate.langid;

/**
 * A {@link LanguageIdentifier} that also reads a document paragraph by paragraph: {@link LangIdStage} uses
 * {@link #identifyDocument} when its identifier implements this interface, and {@link #identify} otherwise.
 */
public interface DocumentLanguageIdentifier extends LanguageIdentifier {

    /** Per-paragraph identification, language shares and the majority language of the document. */
    DocumentLanguage identifyDocument(CharSequence text);
}
