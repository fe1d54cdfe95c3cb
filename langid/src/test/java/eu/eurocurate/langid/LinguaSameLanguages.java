package eu.eurocurate.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain Lingua 1.2.2 in high-accuracy mode over every language it shares with {@link NgramModel}: our targets and
 * the non-target languages (Russian, Belarusian, Latin, Afrikaans, ...), as a pipeline built on Lingua alone would
 * have to run it to keep non-target text out of target labels. The like-for-like baseline of the evaluation:
 * {@code LinguaLanguageIdentifier} restricted to the targets is easier on target text (it can never answer Russian
 * for Bulgarian) but forces two thirds of non-target text into a target label (ACCURACY.md).
 *
 * <p>A non-target answer is {@code und} ({@code not_target}) with the language as best guess, like ours; no score
 * (1 for a label, 0 for {@code und}): only the labels are compared.
 */
final class LinguaSameLanguages implements LanguageIdentifier {

    private final LanguageDetector detector;
    private final int languages;

    LinguaSameLanguages() {
        NgramModel model = NgramModel.shared();
        List<Language> list = new ArrayList<>();
        for (int l = 0; l < model.size(); l++) {
            for (Language language : Language.values()) {
                if (language != Language.UNKNOWN && "lingua-1.2.2".equals(model.sources().get(l))
                        && language.getIsoCode639_1().toString().equalsIgnoreCase(model.codes().get(l))) {
                    list.add(language);
                }
            }
        }
        this.languages = list.size();
        this.detector = LanguageDetectorBuilder.fromLanguages(list.toArray(new Language[0]))
                .withPreloadedLanguageModels().build();
    }

    /** How many languages the detector chooses among (59 with the shipped model). */
    int languages() {
        return languages;
    }

    @Override
    public LanguageResult identify(CharSequence text) {
        Scripts.Profile profile = Scripts.profileOfCounts(Scripts.counts(text));
        Map<Language, Double> values = detector.computeLanguageConfidenceValues(text.toString());
        if (values.isEmpty()) {
            return LanguageResult.undetermined(LanguageResult.Undetermined.NO_CANDIDATE, LanguageLabels.UNDETERMINED,
                    0, null, 0, profile.script(), profile.letters());
        }
        Language best = values.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String code = best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        var target = LanguageLabels.iso639_3(code);
        String iso3 = target.orElse(best.getIsoCode639_3().toString().toLowerCase(Locale.ROOT));
        String label = LanguageLabels.label(iso3, profile.script());
        return target.isPresent()
                ? LanguageResult.identified(label, 1.0, null, 0, profile.script(), profile.letters())
                : LanguageResult.undetermined(LanguageResult.Undetermined.NOT_TARGET, label, 0, null, 0,
                        profile.script(), profile.letters());
    }

    @Override
    public String id() {
        return "lingua-" + LinguaLanguageIdentifier.LINGUA_VERSION + "-high-" + languages;
    }
}
