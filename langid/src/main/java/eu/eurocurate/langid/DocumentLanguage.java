package eu.eurocurate.langid;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The language of a whole document, identified paragraph by paragraph.
 *
 * @param result       the document's language: the label of the majority of its (sampled) letters, scored on all
 *                     the paragraphs that carry it; {@code und} when no paragraph has a credible language
 * @param shares       label to share of the sampled letters in paragraphs with that label ({@code und} included);
 *                     sums to 1 when any letter was sampled, empty otherwise
 * @param variants     for Bosnian, Croatian, Montenegrin and Serbian text: ISO 639-3 code to the probability of each
 *                     standard given that the text is one of them (empty for other languages)
 * @param segments     paragraphs (or runs of short lines) classified
 * @param sampled      true when the document was longer than {@code langid.max_chars} and only a spread-out sample
 *                     of its paragraphs was read
 */
public record DocumentLanguage(LanguageResult result, Map<String, Double> shares, Map<String, Double> variants,
                               int segments, boolean sampled) {

    public DocumentLanguage {
        Objects.requireNonNull(result, "result");
        shares = Collections.unmodifiableMap(new TreeMap<>(shares));
        variants = Collections.unmodifiableMap(new TreeMap<>(variants));
    }
}
