package eu.eurocurate.langid;

/**
 * Turns Lingua's relative confidence into a probability that the best guess is right.
 *
 * <p>Lingua 1.2.2 has no absolute confidence: {@code computeLanguageConfidenceValues} gives the most likely language
 * 1.0 and every other language the ratio of the two languages' summed n-gram log-probabilities, so the only signal
 * is how far the runner-up trails, the <em>margin</em> {@code 1 - confidence(runner-up)} (1 when Lingua's rules left
 * a single candidate). The same margin means different things at different lengths: 0.03 is a coin toss on two
 * words and near-certain on a paragraph, while Bosnian and Croatian stay within 0.03 of each other however long the
 * text. So the score is a logistic regression on the margin {@code m} and the number of letters {@code n} (Platt
 * scaling, Platt 1999):
 *
 * <pre>  score = 1 / (1 + exp(-(a + b·m + c·ln n + d·m·ln n)))</pre>
 *
 * <p>fitted by maximum likelihood, separately for Lingua's two accuracy modes, on every item of Lingua's own test
 * set for our 35 languages (single words, word pairs, sentences, and runs of 2, 4 and 8 sentences: 135,625 items per
 * mode) with the detector restricted to those 35 languages. {@code n} is clamped to the 5..1000 letters that data
 * covers, so nothing is extrapolated: above 1,000 letters the score no longer grows, which keeps a long
 * Bosnian/Croatian near-tie at about 0.66 instead of drifting to 1. The coefficients, the command that refits them
 * ({@code LangIdAccuracyReport --calibrate}) and the reliability of the fit are in this module's README. With a
 * smaller language set than the 35, margins widen and scores are optimistic.
 */
public final class MarginCalibration {

    /** The fit's range of letter counts; lengths outside it are clamped to it. */
    static final int MIN_LETTERS = 5;
    static final int MAX_LETTERS = 1000;

    /** Low-accuracy mode (trigrams only). Fitted with LangIdAccuracyReport --calibrate; see README. */
    public static final MarginCalibration LOW = new MarginCalibration(-1.7816, -11.4295, 0.3565, 10.7373);
    /** High-accuracy mode (1- to 5-grams below 120 characters, trigrams above). Fitted the same way. */
    public static final MarginCalibration HIGH = new MarginCalibration(-1.2240, 1.7575, 0.2750, 7.6626);

    /**
     * {@link NgramLanguageIdentifier}: the margin is the per-letter log-likelihood lead (nats) of the best language
     * over the runner-up, capped at 1. Fitted the same way on the same 135,625 items (LangIdEvaluation --calibrate --no-hybrid); see README.
     */
    public static final MarginCalibration NGRAM = new MarginCalibration(-2.3404, -3.7748, 0.6075, 5.0750);

    private final double intercept;
    private final double marginWeight;
    private final double lengthWeight;
    private final double interactionWeight;

    public MarginCalibration(double intercept, double marginWeight, double lengthWeight, double interactionWeight) {
        this.intercept = intercept;
        this.marginWeight = marginWeight;
        this.lengthWeight = lengthWeight;
        this.interactionWeight = interactionWeight;
    }

    /** The calibration of an accuracy mode ({@code high} or {@code low}, as in {@code langid.accuracy}). */
    public static MarginCalibration forAccuracy(String accuracy) {
        return "low".equals(accuracy) ? LOW : HIGH;
    }

    /**
     * @param margin  1 minus the runner-up's relative confidence, in [0, 1]
     * @param letters letters in the classified text
     * @return the probability, in [0, 1], that the best guess is the text's language
     */
    public double probability(double margin, int letters) {
        double m = Math.max(0.0, Math.min(1.0, margin));
        double lnN = Math.log(Math.max(MIN_LETTERS, Math.min(MAX_LETTERS, letters)));
        double z = intercept + marginWeight * m + lengthWeight * lnN + interactionWeight * m * lnN;
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** {a, b, c, d} of the formula above, for the report and the tests. */
    double[] coefficients() {
        return new double[] {intercept, marginWeight, lengthWeight, interactionWeight};
    }
}
