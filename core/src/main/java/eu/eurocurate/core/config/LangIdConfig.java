package eu.eurocurate.core.config;

import java.util.List;
import java.util.Set;

/** {@code langid:} section. */
public record LangIdConfig(
        String accuracy,
        List<String> languages,
        double minScore,
        int minChars,
        int maxChars,
        boolean dropUndetermined,
        List<String> keepLanguages) implements java.io.Serializable {

    public static final Set<String> ACCURACY_MODES = Set.of("high", "low");

    void validate(String p) {
        Check.oneOf(p + "accuracy", accuracy, ACCURACY_MODES);
        if (languages == null || languages.isEmpty()) {
            throw new ConfigException(p + "languages", "must list at least one language");
        }
        Check.range(p + "min_score", minScore, 0.0, 1.0);
        Check.range(p + "min_chars", minChars, 0, 1_000_000);
        Check.range(p + "max_chars", maxChars, Math.max(1, minChars), Integer.MAX_VALUE);
        if (keepLanguages == null) {
            throw new ConfigException(p + "keep_languages", "must be a list (empty keeps every language)");
        }
    }
}
