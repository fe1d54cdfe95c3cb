package eu.eurocurate.langid;

import java.util.Objects;

/**
 * What a {@link LanguageIdentifier} found in one text.
 *
 * @param label          the language label ({@code deu_Latn}, {@code srp_Cyrl}), or {@code und} when no language is
 *                       credible (then {@link #undetermined()} says why)
 * @param score          confidence in {@code label}, in [0, 1]: the best guess's score when the label is a
 *                       language, 0 when it is {@code und}
 * @param bestGuess      the most likely language whether credible or not, as a label; {@code und} when the detector
 *                       had no candidate at all (no letters, or only letters of scripts none of its languages use)
 * @param bestGuessScore the probability, in [0, 1], that {@code bestGuess} is right (0 without a candidate)
 * @param runnerUp       the second most likely language as a label, or null when there was no second candidate
 * @param margin         how far the best guess leads the runner-up in the detector's own units, in [0, 1]
 *                       (1 without a runner-up, 0 without a best guess)
 * @param script         ISO 15924 code of the text's dominant script ({@code Zyyy} when it has no letters)
 * @param letters        letters in the classified part of the text
 * @param undetermined   why the label is {@code und}, or null when it is a language
 */
public record LanguageResult(String label, double score, String bestGuess, double bestGuessScore, String runnerUp,
                             double margin, String script, int letters, Undetermined undetermined) {

    /** Why a text got the label {@code und}. */
    public enum Undetermined {
        /** Fewer letters than {@code langid.min_chars} (the best guess, if any, is still reported). */
        TOO_SHORT("too_short"),
        /** The detector had no candidate: no letters it could use, or only scripts none of its languages use. */
        NO_CANDIDATE("no_candidate"),
        /** The two most likely languages were exactly as likely (Lingua's own "cannot decide" rule). */
        TIE("tie"),
        /** The best guess scored below {@code langid.min_score}. */
        LOW_SCORE("low_score"),
        /**
         * The best guess is a language the project does not target (Russian, Latin, Esperanto, Occitan, ...): such
         * text must not be forced into a target label. Only detectors that model non-target languages give it.
         */
        NOT_TARGET("not_target");

        private final String code;

        Undetermined(String code) {
            this.code = code;
        }

        /** Stable lower-case code, written to the attribute {@code langid.und_cause}. */
        public String code() {
            return code;
        }
    }

    public LanguageResult {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(bestGuess, "bestGuess");
        Objects.requireNonNull(script, "script");
        checkUnit("score", score);
        checkUnit("bestGuessScore", bestGuessScore);
        checkUnit("margin", margin);
        if (letters < 0) {
            throw new IllegalArgumentException("letters must not be negative: " + letters);
        }
        if (label.equals(LanguageLabels.UNDETERMINED) != (undetermined != null)) {
            throw new IllegalArgumentException("label 'und' goes with a cause, and only it: " + label + ", " + undetermined);
        }
        if (undetermined == null && !label.equals(bestGuess)) {
            throw new IllegalArgumentException("a credible label is the best guess: " + label + " vs " + bestGuess);
        }
    }

    /** A credible language: label and best guess coincide. */
    public static LanguageResult identified(String label, double score, String runnerUp, double margin, String script,
                                            int letters) {
        return new LanguageResult(label, score, label, score, runnerUp, margin, script, letters, null);
    }

    /** No credible language; the best guess (possibly {@code und}) is kept for auditing. */
    public static LanguageResult undetermined(Undetermined cause, String bestGuess, double bestGuessScore,
                                              String runnerUp, double margin, String script, int letters) {
        return new LanguageResult(LanguageLabels.UNDETERMINED, 0.0, bestGuess, bestGuessScore, runnerUp, margin, script,
                letters, Objects.requireNonNull(cause, "cause"));
    }

    /** True when the label is {@code und}. */
    public boolean isUndetermined() {
        return undetermined != null;
    }

    private static void checkUnit(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
