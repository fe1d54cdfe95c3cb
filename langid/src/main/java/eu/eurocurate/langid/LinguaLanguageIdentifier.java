package eu.eurocurate.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import eu.eurocurate.core.config.ConfigException;
import eu.eurocurate.core.config.LangIdConfig;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language identification with Lingua 1.2.2 (pemistahl/lingua: character 1- to 5-gram models trained on the Leipzig
 * corpora, plus rules on characters unique to one language), restricted to the languages of
 * {@code langid.languages}.
 *
 * <p>Lingua 1.2.2 has no model for Maltese ({@code mt}), Montenegrin ({@code cnr}), Galician ({@code gl}) or
 * Luxembourgish ({@code lb}): they are accepted in the configuration and ignored here ({@link #unsupportedLanguages()}),
 * so such text gets the label of the closest language Lingua knows, or {@code und}. Lingua also models Serbian only
 * in Cyrillic and Bosnian and Croatian only in Latin, so it never answers Serbian for Latin text nor Bosnian for
 * Cyrillic text; the script of the label is still measured on the text ({@link Scripts}), so a detector that knows
 * better needs no change elsewhere.
 *
 * <p>Heavy: in high-accuracy mode the 35 languages' models take about 1 GB of heap and 10-30 s to load (README). They
 * are loaded eagerly, once per JVM and configuration, by {@link #shared(LangIdConfig)}; Lingua's detector is
 * thread-safe (it keeps its models in static maps and holds no per-call state), so one instance serves every task
 * thread of an executor. It is not {@link java.io.Serializable}: ship the {@link LangIdConfig} and call
 * {@code shared} on the executor.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {

    /** The Lingua release this class is written and calibrated against (its jar carries no version). */
    public static final String LINGUA_VERSION = "1.2.2";

    private static final Map<String, Language> LINGUA_BY_CODE = new HashMap<>();
    private static final Map<Key, LinguaLanguageIdentifier> SHARED = new ConcurrentHashMap<>();

    static {
        for (Language language : Language.values()) {
            if (language != Language.UNKNOWN) {
                LINGUA_BY_CODE.put(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT), language);
            }
        }
    }

    private final String accuracy;
    private final double minScore;
    private final int minChars;
    private final int maxChars;
    private final Map<Language, String> iso639_3;
    private final Set<String> unsupported;
    private final MarginCalibration calibration;
    private final LanguageDetector detector;

    private LinguaLanguageIdentifier(Key key) {
        this.accuracy = key.accuracy();
        this.minScore = key.minScore();
        this.minChars = key.minChars();
        this.maxChars = key.maxChars();
        Map<Language, String> codes = new EnumMap<>(Language.class);
        Set<String> missing = new LinkedHashSet<>();
        for (String code : key.languages()) {
            Language language = LINGUA_BY_CODE.get(code);
            String iso3 = LanguageLabels.iso639_3(code)
                    .or(() -> Optional.ofNullable(language)
                            .map(l -> l.getIsoCode639_3().toString().toLowerCase(Locale.ROOT)))
                    .orElseThrow(() -> new ConfigException("langid.languages", "unknown language code '" + code
                            + "' (expected ISO 639-1, e.g. " + LanguageLabels.configCodes() + ")"));
            if (language == null) {
                missing.add(code);
            } else {
                codes.put(language, iso3);
            }
        }
        if (codes.size() < 2) {
            throw new ConfigException("langid.languages", "Lingua " + LINGUA_VERSION
                    + " needs at least two languages it has models for; of " + key.languages() + " it has " + codes.keySet());
        }
        this.iso639_3 = Collections.unmodifiableMap(codes);
        this.unsupported = Collections.unmodifiableSet(missing);
        this.calibration = MarginCalibration.forAccuracy(accuracy);
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(codes.keySet().toArray(new Language[0]))
                .withPreloadedLanguageModels();
        if ("low".equals(accuracy)) {
            builder = builder.withLowAccuracyMode();
        }
        this.detector = builder.build();
    }

    /**
     * The identifier for this configuration, built (and its models loaded) on first use and shared by every caller in
     * the JVM afterwards. Only the keys that change identification count ({@code accuracy}, {@code languages},
     * {@code min_score}, {@code min_chars}, {@code max_chars}); {@code drop_undetermined} and {@code keep_languages}
     * are the stage's business.
     *
     * @throws ConfigException if a language code is unknown or fewer than two languages have Lingua models
     */
    public static LinguaLanguageIdentifier shared(LangIdConfig config) {
        Key key = Key.of(config);
        LinguaLanguageIdentifier existing = SHARED.get(key);
        if (existing != null) {
            return existing;
        }
        // computeIfAbsent blocks concurrent callers with the same key until the models are loaded: exactly one load.
        return SHARED.computeIfAbsent(key, LinguaLanguageIdentifier::new);
    }

    @Override
    public LanguageResult identify(CharSequence text) {
        String prefix = prefix(text, maxChars);
        Scripts.Profile profile = Scripts.profile(prefix);
        Map<Language, Double> values = profile.letters() == 0
                ? Map.of() : detector.computeLanguageConfidenceValues(prefix);
        return interpret(values, profile);
    }

    /**
     * Turns Lingua's relative confidence values (best language 1.0, the others the ratio of log-likelihoods) into a
     * result: margin to the runner-up, calibrated score, and the {@code und} rules in order of precedence: too short,
     * no candidate, tie (Lingua's {@code detectLanguageOf} answers UNKNOWN then too), score below {@code min_score}.
     */
    LanguageResult interpret(Map<Language, Double> values, Scripts.Profile profile) {
        String script = profile.script();
        int letters = profile.letters();
        Language best = null;
        Language second = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        double secondValue = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            double v = e.getValue();
            if (!iso639_3.containsKey(e.getKey()) || Double.isNaN(v)) {
                continue;
            }
            if (best == null || v > bestValue || (v == bestValue && e.getKey().compareTo(best) < 0)) {
                second = best;
                secondValue = bestValue;
                best = e.getKey();
                bestValue = v;
            } else if (second == null || v > secondValue || (v == secondValue && e.getKey().compareTo(second) < 0)) {
                second = e.getKey();
                secondValue = v;
            }
        }
        if (best == null) {
            return LanguageResult.undetermined(letters < minChars ? LanguageResult.Undetermined.TOO_SHORT
                    : LanguageResult.Undetermined.NO_CANDIDATE, LanguageLabels.UNDETERMINED, 0.0, null, 0.0, script, letters);
        }
        double margin = second == null ? 1.0 : Math.max(0.0, Math.min(1.0, bestValue - secondValue));
        String bestGuess = LanguageLabels.label(iso639_3.get(best), script);
        String runnerUp = second == null ? null : LanguageLabels.label(iso639_3.get(second), script);
        double score = calibration.probability(margin, letters);
        LanguageResult.Undetermined cause = null;
        if (letters < minChars) {
            cause = LanguageResult.Undetermined.TOO_SHORT;
        } else if (second != null && secondValue == bestValue) {
            cause = LanguageResult.Undetermined.TIE;
        } else if (score < minScore) {
            cause = LanguageResult.Undetermined.LOW_SCORE;
        }
        return cause == null ? LanguageResult.identified(bestGuess, score, runnerUp, margin, script, letters)
                : LanguageResult.undetermined(cause, bestGuess, score, runnerUp, margin, script, letters);
    }

    /** The first {@code maxChars} characters, never ending inside a surrogate pair; "" for null. */
    static String prefix(CharSequence text, int maxChars) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), maxChars);
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(0, end).toString();
    }

    @Override
    public String id() {
        return "lingua-" + LINGUA_VERSION + "-" + accuracy;
    }

    /** ISO 639-3 codes of the languages this identifier can answer with. */
    public Set<String> languages() {
        return Collections.unmodifiableSet(new TreeSet<>(iso639_3.values()));
    }

    /** Configured languages Lingua has no model for (with the shipped defaults: mt, cnr, gl, lb). */
    public Set<String> unsupportedLanguages() {
        return unsupported;
    }

    @Override
    public String toString() {
        return "LinguaLanguageIdentifier[" + id() + ", " + iso639_3.size() + " languages, ignored " + unsupported + "]";
    }

    /** What identification depends on; the cache key of {@link #shared}. Languages are normalised and ordered. */
    private record Key(String accuracy, List<String> languages, double minScore, int minChars, int maxChars) {
        static Key of(LangIdConfig config) {
            if (!LangIdConfig.ACCURACY_MODES.contains(config.accuracy())) {
                throw new ConfigException("langid.accuracy", "must be one of " + LangIdConfig.ACCURACY_MODES
                        + ", got '" + config.accuracy() + "'");
            }
            if (config.languages() == null) {
                throw new ConfigException("langid.languages", "must list at least two languages");
            }
            Set<String> codes = new TreeSet<>();
            for (String code : config.languages()) {
                codes.add(code.trim().toLowerCase(Locale.ROOT));
            }
            return new Key(config.accuracy(), List.copyOf(codes), config.minScore(), config.minChars(), config.maxChars());
        }
    }
}
