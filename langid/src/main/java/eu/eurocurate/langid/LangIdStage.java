package eu.eurocurate.langid;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.config.LangIdConfig;

import java.util.Objects;
import java.util.Set;

/**
 * Pipeline stage {@code langid}: labels each document with its language and script ({@code deu_Latn},
 * {@code srp_Cyrl}, or {@code und}) and keeps, drops or flags it.
 *
 * <p>Writes {@code Document.language(label, score)}, the attributes {@code langid.best_guess},
 * {@code langid.script}, {@code langid.runner_up} (when there is one) and {@code langid.und_cause} (when the label
 * is {@code und}), the scores {@code langid.best_guess_score}, {@code langid.margin} and {@code langid.letters},
 * for a {@link DocumentLanguageIdentifier} also the language shares {@code langid.share.<label>}, the
 * Serbo-Croatian variant probabilities {@code langid.variant.<iso639-3>}, {@code langid.segments} and the attribute
 * {@code langid.sampled}, and one decision (see {@link Reasons}):
 * <ul>
 *   <li>{@code und} gives {@link Reasons#UNDETERMINED}: DROP when {@code langid.drop_undetermined}, FLAG
 *       otherwise, whatever {@code keep_languages} says;</li>
 *   <li>a language missing from a non-empty {@code langid.keep_languages} gives {@link Reasons#NOT_KEPT} (DROP);</li>
 *   <li>any other language gives {@link Reasons#OK} (KEEP).</li>
 * </ul>
 * Measurements are written whatever the verdict (Dolma's "tag first, decide later"), so a re-run with other
 * thresholds can decide from the ledger.
 *
 * <p>Thread-safe: it holds only the configuration and a thread-safe {@link LanguageIdentifier}.
 */
public final class LangIdStage implements Stage {

    public static final String NAME = "langid";
    /** Version of this stage's logic; the identifier's id is appended (a different detector gives other labels). */
    static final String LOGIC_VERSION = "1";

    public static final String ATTR_BEST_GUESS = "langid.best_guess";
    public static final String ATTR_SCRIPT = "langid.script";
    public static final String ATTR_RUNNER_UP = "langid.runner_up";
    public static final String ATTR_UND_CAUSE = "langid.und_cause";
    public static final String SCORE_BEST_GUESS = "langid.best_guess_score";
    public static final String SCORE_MARGIN = "langid.margin";
    public static final String SCORE_LETTERS = "langid.letters";
    /** Prefix of the per-label share scores ({@code langid.share.deu_Latn}): share of the document's sampled letters. */
    public static final String SCORE_SHARE_PREFIX = "langid.share.";
    /** Prefix of the Serbo-Croatian variant scores ({@code langid.variant.srp}): probability of each standard. */
    public static final String SCORE_VARIANT_PREFIX = "langid.variant.";
    /** Paragraph segments classified. */
    public static final String SCORE_SEGMENTS = "langid.segments";
    /** {@code true} when a long document was sampled rather than read whole. */
    public static final String ATTR_SAMPLED = "langid.sampled";

    private final LanguageIdentifier identifier;
    private final boolean dropUndetermined;
    private final Set<String> keepLanguages;
    private final String version;

    public LangIdStage(LangIdConfig config, LanguageIdentifier identifier) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.dropUndetermined = config.dropUndetermined();
        this.keepLanguages = Set.copyOf(config.keepLanguages());
        this.version = LOGIC_VERSION + "-" + identifier.id();
    }

    /**
     * The stage with the JVM-wide shared {@link NgramLanguageIdentifier} for this configuration (loads its model on
     * first use, about a second): faster than Lingua by two orders of magnitude and covering Maltese, Galician and
     * Montenegrin (README.md, "Measurements"). For Lingua, use
     * {@code new LangIdStage(config, LinguaLanguageIdentifier.shared(config))}.
     */
    public static LangIdStage create(LangIdConfig config) {
        return new LangIdStage(config, NgramLanguageIdentifier.shared(config));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return version;
    }

    public LanguageIdentifier identifier() {
        return identifier;
    }

    @Override
    public void process(Document document) {
        LanguageResult r;
        if (identifier instanceof DocumentLanguageIdentifier documents) {
            DocumentLanguage d = documents.identifyDocument(document.text());
            r = d.result();
            d.shares().forEach((label, share) -> document.score(SCORE_SHARE_PREFIX + label, share));
            d.variants().forEach((variant, p) -> document.score(SCORE_VARIANT_PREFIX + variant, p));
            document.score(SCORE_SEGMENTS, d.segments());
            document.attribute(ATTR_SAMPLED, Boolean.toString(d.sampled()));
        } else {
            r = identifier.identify(document.text());
        }
        document.language(r.label(), r.score());
        document.attribute(ATTR_BEST_GUESS, r.bestGuess());
        document.attribute(ATTR_SCRIPT, r.script());
        if (r.runnerUp() != null) {
            document.attribute(ATTR_RUNNER_UP, r.runnerUp());
        }
        document.score(SCORE_BEST_GUESS, r.bestGuessScore());
        document.score(SCORE_MARGIN, r.margin());
        document.score(SCORE_LETTERS, r.letters());
        if (r.isUndetermined()) {
            document.attribute(ATTR_UND_CAUSE, r.undetermined().code());
            String detail = r.undetermined().code() + ", best guess " + r.bestGuess();
            document.decide(dropUndetermined
                    ? Decision.drop(NAME, version, Reasons.UNDETERMINED, r.bestGuessScore(), detail)
                    : Decision.flag(NAME, version, Reasons.UNDETERMINED, r.bestGuessScore(), detail));
        } else if (!keepLanguages.isEmpty() && !keepLanguages.contains(r.label())) {
            document.decide(Decision.drop(NAME, version, Reasons.NOT_KEPT, r.score(), r.label()));
        } else {
            document.decide(Decision.keep(NAME, version, Reasons.OK, r.score()));
        }
    }
}
