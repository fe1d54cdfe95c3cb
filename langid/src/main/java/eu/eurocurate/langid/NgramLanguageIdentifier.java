package eu.eurocurate.langid;

import eu.eurocurate.core.config.ConfigException;
import eu.eurocurate.core.config.LangIdConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fast language identification with the character trigram model {@link NgramModel} (Lingua 1.2.2's own n-gram
 * statistics plus Optimaize profiles for Galician and Maltese), paragraph by paragraph.
 *
 * <p>Per text: every letter is scored under each language's trigram model (naive Bayes over characters, as in
 * Cavnar &amp; Trenkle 1994 and Lingua); the best language among the configured targets <em>and</em> the
 * non-target languages of the model wins. A non-target winner (Russian, Belarusian, Latin, Esperanto, Occitan, ...)
 * gives {@code und} with cause {@code not_target}, so such text is never forced into a target label. The score is
 * {@link MarginCalibration#NGRAM} applied to the per-letter log-likelihood lead over the runner-up.
 *
 * <p>Bosnian, Croatian, Montenegrin and Serbian are one group: the group competes with the other languages as a
 * whole, then the standards are compared with each other ({@link #variants}): Serbian via its Cyrillic model on
 * transliterated text when the text is Latin, Croatian and Bosnian via theirs when it is Cyrillic. The standard is
 * given when its probability within the group reaches {@link #VARIANT_MIN_PROBABILITY}; otherwise the label is the
 * macrolanguage {@code hbs_Latn} / {@code hbs_Cyrl} and the variant probabilities are reported alongside. Montenegrin
 * has no corpus we may ship: it is only given when the text uses the two letters that only Montenegrin's alphabet
 * has (ś, ź; Cyrillic с́, з́), and otherwise falls in the {@code hbs} fallback with the others.
 *
 * <p>Documents ({@link #identifyDocument}): lines are paragraphs; runs of short lines (menus, captions) are pooled
 * into one segment. Each segment gets its label; the document gets the label of the majority of letters, scored on
 * all of that language's segments together, and the share of every label. Documents longer than
 * {@code langid.max_chars} are sampled: paragraphs spread evenly over the whole document, about {@code max_chars}
 * characters in all.
 *
 * <p>{@code langid.accuracy: high} adds Lingua's 1- to 5-gram statistics for hard cases: a text under
 * {@link #SHORT_LETTERS} letters with a close call is rescored by {@link ShortTextModel} (Lingua 1.2.2's
 * high-accuracy scoring over compact tables, loaded lazily per language) among the model's best candidates, priors
 * included (never a paragraph of a document). {@code low} is the n-gram model alone.
 *
 * <p>Thread-safe and immutable; {@link #shared(LangIdConfig)} builds one per JVM and configuration. The model loads
 * in 1-3 s and takes about 25 MB of heap (README.md, "Measurements").
 */
public final class NgramLanguageIdentifier implements DocumentLanguageIdentifier {

    /** Version of the identification logic and model; part of {@link #id()}. */
    public static final String VERSION = "1";
    /**
     * A standard of the Bosnian/Croatian/Montenegrin/Serbian group is given only when it has at least this
     * probability within the group; else {@code hbs}. The within-group probabilities are fitted (maximum
     * likelihood), so 0.8 means "4 to 1 on"; how often the given variants are right is measured in ACCURACY.md.
     */
    public static final double VARIANT_MIN_PROBABILITY = 0.8;
    /**
     * Naive Bayes treats overlapping trigrams as independent and so exaggerates the lead of one standard over
     * another; the per-letter log-likelihood differences between standards are multiplied by this before the
     * softmax. Fitted on Lingua's hr/bs/sr sentences (maximum likelihood, README.md).
     */
    static final double VARIANT_TEMPERATURE = 0.15;
    /**
     * Per-letter bias (nats) added to each standard's cost: {hrv, bos, srp} for Latin text, then the same for
     * Cyrillic text (Croatian unused). Fitted with {@link #VARIANT_TEMPERATURE} by {@code VariantFit} (README.md).
     * For Cyrillic the fit ran to the edge of its grid (Serbian -0.60): Lingua has no Cyrillic Bosnian model and
     * Cyrillic Serbo-Croatian web text is overwhelmingly Serbian, so Serbian gets -1.0 and Bosnian Cyrillic needs a
     * clear lead.
     */
    static final double[] VARIANT_BIAS = {0, -0.02, -0.04, 0, 0.29, -1.0};
    /**
     * Evidence, in nats, that each marker word of {@link BcmsMarkers} adds to the standards it points to (ekavian
     * {@code gdje}/{@code gde}, {@code tko}/{@code ko}, {@code tisuća}/{@code hiljada}, ...), on top of the tempered
     * trigram evidence. Chosen on Lingua's hr/bs/sr sentences (developer data): 0 / 1 / 2 / 3 / 4 nats gave Croatian
     * sentences the standard 3.8 / 9.4 / 13.8 / 15.4 / 15.4% of the time (wrong standard 0.2-0.4%), Bosnian 1.0 /
     * 1.2 / 2.6 / 3.1 / 3.2% (wrong 1.0-1.7%), Serbian 93.5-93.9% (wrong 2.2-2.3%). Held-out UD figures in
     * ACCURACY.md. Most sentences carry no marker, or only ijekavian ones, which do not separate Croatian from
     * Bosnian: they stay {@code hbs}.
     */
    static final double MARKER_NATS = 3.0;

    /**
     * Prior cost, in quantised units of {@link NgramModel#QUANTUM} nats, of every non-target language: European web
     * text is far more often in a target language than in Latin, Esperanto or Asturian, and the profiles of the
     * Optimaize languages are small (pruned Wikipedia counts), which lets them win short texts by chance. Matters
     * for short texts only (a constant against a sum over letters). Chosen on Lingua's test set against the CLD2
     * non-target snippets (README.md).
     */
    static final int NON_TARGET_PRIOR = 30;
    /**
     * Prior cost of a language whose model was counted over a word list rather than running text (Luxembourgish:
     * Tesseract's word list, README.md "Model"). Type counts make a flatter model that wins short texts full of
     * names (lists of places, Irish "Is baile suite i ..." stubs), and such a language is rare in our crawls. 6 nats
     * chosen on Lingua's test set against 167 held-out Luxembourgish clauses (UDHR): 0 / 3 / 6 nats gave 165 / 160 /
     * 153 of the clauses right and labelled 115 / 54 / 27 of the 35,000 other sentences Luxembourgish.
     */
    static final int WORD_LIST_PRIOR = 60;
    /**
     * A line with fewer letters than this is pooled with its short neighbours rather than classified alone: about
     * one sentence (the mean sentence of Lingua's test set has 90 letters), below which a label is unreliable (the
     * word-pair accuracy in ACCURACY.md) and per-segment overhead dominates on menu-heavy pages.
     */
    static final int PARAGRAPH_LETTERS = 50;
    /** No paragraph longer than this share of the budget is read whole: a sample must see several paragraphs. */
    private static final int SEGMENT_SHARE = 4;

    private static final Set<String> BCMS = Set.of("hr", "bs", "sr", "cnr");
    private static final Map<Key, NgramLanguageIdentifier> SHARED = new ConcurrentHashMap<>();
    /**
     * Below this many letters Lingua's high-accuracy mode uses its 1- to 5-gram models (above it, trigrams only,
     * like ours: Lingua 1.2.2 {@code LanguageDetector}, "120 characters"); only there can it add anything.
     */
    static final int SHORT_LETTERS = 120;
    /**
     * A segment stops being read once one language leads every other by 30 nats (checked every 64 letters; see
     * {@link NgramModel#score(CharSequence, int[], int)}): far beyond any lead the calibration needs (sentences
     * with 0.2 nats per letter are right 99.7% of the time). Measured on the 311 benchmark pages and Lingua's
     * 35,000 test sentences against reading everything: 1 page label and 4 sentence labels changed (the page, a
     * Russian menu, from a weak Bulgarian call to Russian), 25% less CPU per page (README.md, "Measurements").
     */
    static final int STOP_LEAD = 300;
    /**
     * A short text whose per-letter lead is below this (nats) is a hard case, see {@link #hybrid}. On Lingua's
     * test set 0.15 caught most of what Lingua can fix, 0.4 all of it (1.0 gave the same accuracy).
     */
    static final double HARD_MARGIN = 0.4;
    /** Candidates rescored for a hard case: the best six of the n-gram model (3 lost 0.5 points). */
    static final int HARD_CANDIDATES = 6;
    /**
     * The priors (non-target, word list) weigh this many times more in a hard case's rescoring than in the trigram
     * model: {@link ShortTextModel} sums the 1- to 5-grams, so each letter's evidence is counted about once per order,
     * and a prior must be scaled alike to keep its weight against the evidence. Without it (the Lingua-backed hard
     * cases of the first version) short Bulgarian, Dutch or Basque texts went to Russian, Afrikaans or Latin: on
     * 300 items per language of Lingua's test set, scale 0 / 1 / 2 / 5 gave word pairs 88.5 / 88.9 / 89.1 / 89.3%
     * and single words 70.7 / 71.5 / 71.9 / 72.2% (sentences 97.3-97.4%; a one-off sweep, README.md).
     */
    static final double SHORT_PRIOR_SCALE = ShortTextModel.MAX_ORDER;

    private final NgramModel model;
    /**
     * {@code langid.accuracy: high}: hard cases (short texts with a close call) are rescored with Lingua's 1- to
     * 5-gram statistics ({@link ShortTextModel}), restricted to the n-gram model's best candidates. {@code low}: the
     * n-gram model alone.
     */
    private final boolean hybrid;
    /** Lingua's model code of each model language whose 1- to 5-grams Lingua ships (null for the others). */
    private final String[] shortModel;
    private final boolean[] active;
    private final boolean[] target;
    private final int[] wordListPrior;
    private final int hr;
    private final int bs;
    private final int sr;
    private final boolean cnr;
    private final double minScore;
    private final int minChars;
    private final int maxChars;
    private final Set<String> unsupported;
    private final Set<String> languages;

    private NgramLanguageIdentifier(Key key, NgramModel model) {
        this.model = model;
        this.hybrid = "high".equals(key.accuracy());
        this.shortModel = new String[model.size()];
        for (int l = 0; l < model.size(); l++) {
            if ("lingua-1.2.2".equals(model.sources().get(l)) && ShortTextModel.has(model.codes().get(l))) {
                shortModel[l] = model.codes().get(l);
            }
        }
        this.minScore = key.minScore();
        this.minChars = key.minChars();
        this.maxChars = key.maxChars();
        int n = model.size();
        this.active = new boolean[n];
        this.target = new boolean[n];
        Set<String> missing = new LinkedHashSet<>();
        Set<String> answers = new TreeSet<>();
        for (String code : key.languages()) {
            String iso3 = LanguageLabels.iso639_3(code).orElseThrow(() -> new ConfigException("langid.languages",
                    "unknown language code '" + code + "' (expected ISO 639-1, e.g. " + LanguageLabels.configCodes() + ")"));
            int index = model.indexOf(code);
            if (index >= 0) {
                target[index] = true;
                answers.add(iso3);
            } else if (!code.equals("cnr")) {
                missing.add(code);
            } else {
                answers.add(iso3);
            }
        }
        this.wordListPrior = new int[n];
        for (int l = 0; l < n; l++) {
            // non-target languages always compete: their text must land on them, not on a target
            active[l] = target[l] || LanguageLabels.iso639_3(model.codes().get(l)).isEmpty();
            wordListPrior[l] = model.sources().get(l).startsWith("tessdata") ? WORD_LIST_PRIOR : 0;
        }
        if (answers.size() < 2) {
            throw new ConfigException("langid.languages", "the n-gram model needs at least two languages it has"
                    + " models for; of " + key.languages() + " it has " + answers);
        }
        this.hr = target(model, "hr");
        this.bs = target(model, "bs");
        this.sr = target(model, "sr");
        this.cnr = key.languages().contains("cnr");
        this.unsupported = Collections.unmodifiableSet(missing);
        this.languages = Collections.unmodifiableSet(answers);
    }

    private int target(NgramModel m, String code) {
        int i = m.indexOf(code);
        return i >= 0 && target[i] ? i : -1;
    }

    /**
     * The identifier for this configuration, built on first use and shared by every caller of the JVM afterwards.
     * Only {@code languages}, {@code min_score}, {@code min_chars} and {@code max_chars} matter ({@code accuracy}
     * is Lingua's setting).
     *
     * @throws ConfigException if a language code is unknown or fewer than two configured languages are modelled
     */
    public static NgramLanguageIdentifier shared(LangIdConfig config) {
        Key key = Key.of(config);
        NgramLanguageIdentifier existing = SHARED.get(key);
        return existing != null ? existing
                : SHARED.computeIfAbsent(key, k -> new NgramLanguageIdentifier(k, NgramModel.shared()));
    }

    @Override
    public String id() {
        return "ngram-" + VERSION
                + (hybrid ? "-short-lingua-" + LinguaLanguageIdentifier.LINGUA_VERSION + "-high" : "");
    }

    /** ISO 639-3 codes this identifier answers with (Montenegrin included when configured). */
    public Set<String> languages() {
        return languages;
    }

    /** Configured languages the model has no data for (Luxembourgish, see README). */
    public Set<String> unsupportedLanguages() {
        return unsupported;
    }

    /** The first {@code max_chars} characters as one text (no paragraph split); see {@link #identifyDocument}. */
    @Override
    public LanguageResult identify(CharSequence text) {
        return classify(LinguaLanguageIdentifier.prefix(text, maxChars)).result;
    }

    /** Like {@link #identify}, with the Bosnian/Croatian/Montenegrin/Serbian variant probabilities. */
    public DocumentLanguage identifyWithVariants(CharSequence text) {
        String prefix = LinguaLanguageIdentifier.prefix(text, maxChars);
        Segment s = classify(prefix);
        Map<String, Double> shares = s.letters == 0 ? Map.of() : Map.of(s.result.label(), 1.0);
        return new DocumentLanguage(s.result, shares, s.variants, 1, prefix.length() < (text == null ? 0 : text.length()));
    }

    @Override
    public DocumentLanguage identifyDocument(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return new DocumentLanguage(classify("").result, Map.of(), Map.of(), 0, false);
        }
        List<CharSequence> parts = sampledParagraphs(text);
        boolean sampled = parts.stream().mapToInt(CharSequence::length).sum() < text.length() - parts.size();
        if (parts.isEmpty()) {
            // no letters at all (digits, punctuation, emoji)
            Segment s = classify(LinguaLanguageIdentifier.prefix(text, maxChars));
            return new DocumentLanguage(s.result, Map.of(), Map.of(), 0, false);
        }
        if (parts.size() == 1) {
            Segment s = classify(parts.get(0));
            Map<String, Double> shares = s.letters == 0 ? Map.of() : Map.of(s.result.label(), 1.0);
            return new DocumentLanguage(s.result, shares, s.variants, 1, sampled);
        }
        List<Segment> segments = new ArrayList<>(parts.size());
        Map<String, Integer> letters = new LinkedHashMap<>();
        Map<String, Integer> groupLetters = new HashMap<>();
        int total = 0;
        for (CharSequence part : parts) {
            // paragraphs are never rescored: menus and captions would make every page a batch of hard cases
            Segment s = interpret(measure(part), false);
            segments.add(s);
            total += s.letters;
            letters.merge(s.result.label(), s.letters, Integer::sum);
            if (!s.result.isUndetermined()) {
                groupLetters.merge(group(s.result.label()), s.letters, Integer::sum);
            }
        }
        Map<String, Double> shares = new HashMap<>();
        if (total > 0) {
            for (Map.Entry<String, Integer> e : letters.entrySet()) {
                if (e.getValue() > 0) {
                    shares.put(e.getKey(), e.getValue() / (double) total);
                }
            }
        }
        // majority of letters, by language (a Bosnian and a Croatian paragraph are one language here); ties go to
        // the alphabetically first label so that the answer is deterministic
        String winner = null;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(groupLetters).entrySet()) {
            if (winner == null || e.getValue() > groupLetters.get(winner)) {
                winner = e.getKey();
            }
        }
        // text identified as a language we do not target, or in a script no model writes, that outweighs the winner
        // makes the document 'und' (a Russian page with an English menu is not English text): the majority of the
        // characters decides, and letters of undecided paragraphs (too short, low score) take no side
        int foreign = 0;
        for (Segment s : segments) {
            foreign += isForeign(s.result) ? s.letters : 0;
        }
        if (foreign > 0 && (winner == null || foreign > groupLetters.get(winner))) {
            Evidence sum = null;
            for (Segment s : segments) {
                if (isForeign(s.result)) {
                    sum = sum == null ? s.evidence.copy() : sum.add(s.evidence);
                }
            }
            LanguageResult r = interpret(sum).result;
            if (!r.isUndetermined()) {
                r = LanguageResult.undetermined(LanguageResult.Undetermined.NOT_TARGET, r.bestGuess(), r.bestGuessScore(),
                        r.runnerUp(), r.margin(), r.script(), r.letters());
            }
            return new DocumentLanguage(r, shares, Map.of(), segments.size(), sampled);
        }
        // the document's result from the evidence of the winning language's paragraphs added up (no paragraph is
        // scored twice); without a credible paragraph, from all of them (many weak signals may add up)
        Evidence sum = null;
        for (Segment s : segments) {
            if (winner == null || (!s.result.isUndetermined() && group(s.result.label()).equals(winner))) {
                sum = sum == null ? s.evidence.copy() : sum.add(s.evidence);
            }
        }
        Segment document = interpret(sum);
        return new DocumentLanguage(document.result, shares, document.variants, segments.size(), sampled);
    }

    /** A paragraph in a language we do not target, or in scripts no model writes. */
    private static boolean isForeign(LanguageResult r) {
        return r.undetermined() == LanguageResult.Undetermined.NOT_TARGET
                || r.undetermined() == LanguageResult.Undetermined.NO_CANDIDATE;
    }

    /** The language part, with the four standards of the Serbo-Croatian group counted as one. */
    private static String group(String label) {
        String language = LanguageLabels.languageOf(label);
        return switch (language) {
            case "bos", "hrv", "srp", "cnr" -> LanguageLabels.SERBO_CROATIAN;
            default -> language;
        };
    }

    /**
     * Lines as paragraphs; consecutive lines with fewer than {@link #PARAGRAPH_LETTERS} letters (menu items,
     * captions, bylines) are pooled into one segment, which is also what makes them long enough to identify.
     */
    List<CharSequence> paragraphs(CharSequence text) {
        List<CharSequence> out = new ArrayList<>();
        for (int[] span : spans(text)) {
            out.add(text.subSequence(span[0], span[1]));
        }
        return out;
    }

    /**
     * The segments of {@link #paragraphs} as {start, end} offsets: a pooled run of short lines is contiguous (a
     * long line ends the run), so no segment is copied before it is sampled.
     */
    private List<int[]> spans(CharSequence text) {
        List<int[]> out = new ArrayList<>();
        int poolStart = -1;
        int poolEnd = -1;
        int n = text.length();
        int start = 0;
        int threshold = Math.max(PARAGRAPH_LETTERS, minChars);
        while (start < n) {
            int end = start;
            int letters = 0;
            char c;
            while (end < n && (c = text.charAt(end)) != '\n' && c != '\r') {
                if (Letters.LOWER[c] != 0) {
                    letters++;
                }
                end++;
            }
            if (letters >= threshold) {
                if (poolStart >= 0) {
                    out.add(new int[] {poolStart, poolEnd});
                    poolStart = -1;
                }
                out.add(new int[] {start, end});
            } else if (letters > 0) {
                if (poolStart < 0) {
                    poolStart = start;
                }
                poolEnd = end;
            }
            start = end + 1;
        }
        if (poolStart >= 0) {
            out.add(new int[] {poolStart, poolEnd});
        }
        return out;
    }

    /**
     * At most about {@code max_chars} characters of paragraphs spread evenly over the document: each paragraph earns
     * {@code max_chars / length} of its length in credit and is read when the credit covers it, so the sample walks
     * from the start to the end. A paragraph longer than a quarter of the budget is cut to that (at a space). Only
     * the sampled paragraphs are copied.
     */
    private List<CharSequence> sampledParagraphs(CharSequence text) {
        int cap = Math.max(1, maxChars / SEGMENT_SHARE);
        List<int[]> spans = spans(text);
        List<CharSequence> out = new ArrayList<>();
        if (text.length() <= maxChars) {
            for (int[] span : spans) {
                out.add(text.subSequence(span[0], span[1]));
            }
            return out;
        }
        double rate = maxChars / (double) text.length();
        double credit = 0;
        int used = 0;
        for (int[] span : spans) {
            int length = span[1] - span[0];
            int partLength = Math.min(length, cap);
            credit += length * rate;
            if (credit >= partLength || out.isEmpty()) {
                CharSequence part = length > cap
                        ? cut(text.subSequence(span[0], span[0] + cap + 1), cap) : text.subSequence(span[0], span[1]);
                out.add(part);
                credit -= part.length();
                used += part.length();
                if (used >= maxChars) {
                    break;
                }
            }
        }
        return out;
    }

    private static CharSequence cut(CharSequence p, int cap) {
        int end = cap;
        while (end > cap / 2 && p.charAt(end) != ' ') {
            end--;
        }
        if (end <= cap / 2) {
            end = cap;
        }
        if (Character.isHighSurrogate(p.charAt(end - 1))) {
            end--;
        }
        return p.subSequence(0, end);
    }

    /** One classified text: its result, letters and, for Serbo-Croatian, the variant probabilities. */
    private record Segment(LanguageResult result, int letters, Map<String, Double> variants, Evidence evidence) {
    }

    /** What one text contributes: its letters per script, the model's costs (without priors) and letters scored. */
    private record Evidence(List<CharSequence> parts, int[] scripts, int[] costs, int scored) {
        /** Adds another text's evidence to this one's (mutates this one: only used on a private sum). */
        Evidence add(Evidence other) {
            for (int i = 0; i < scripts.length; i++) {
                scripts[i] += other.scripts[i];
            }
            for (int i = 0; i < costs.length; i++) {
                costs[i] += other.costs[i];
            }
            parts.addAll(other.parts);
            return new Evidence(parts, scripts, costs, scored + other.scored);
        }

        Evidence copy() {
            return new Evidence(new ArrayList<>(parts), scripts.clone(), costs.clone(), scored);
        }

        /** The text, joined (paragraphs separated by a line break) only when the variants need it. */
        CharSequence text() {
            return parts.size() == 1 ? parts.get(0) : String.join("\n", parts);
        }
    }

    private Evidence measure(CharSequence text) {
        int[] scripts = Scripts.counts(text);
        int[] costs = new int[model.size()];
        int scored = model.score(text, costs, STOP_LEAD);
        return new Evidence(List.of(text), scripts, costs, scored);
    }

    private Segment classify(CharSequence text) {
        return interpret(measure(text), true);
    }

    private Segment interpret(Evidence evidence) {
        return interpret(evidence, true);
    }

    /**
     * @param mayRescore whether a short close call may be rescored by {@link ShortTextModel}
     *                     ({@code accuracy: high})
     */
    private Segment interpret(Evidence evidence, boolean mayRescore) {
        Scripts.Profile profile = Scripts.profileOfCounts(evidence.scripts());
        String script = profile.script();
        int letters = profile.letters();
        int scored = evidence.scored();
        int[] costs = evidence.costs().clone();
        for (int l = 0; l < costs.length; l++) {
            if (active[l] && !target[l]) {
                costs[l] += NON_TARGET_PRIOR;
            }
            costs[l] += wordListPrior[l];
        }
        // no letter any model knows, or most letters in scripts no model writes (a Japanese page with a Latin menu
        // line): the few Latin letters must not name the text's language
        if (scored == 0 || 2 * model.coveredLetters(evidence.scripts()) < letters) {
            LanguageResult.Undetermined cause = letters < minChars ? LanguageResult.Undetermined.TOO_SHORT
                    : LanguageResult.Undetermined.NO_CANDIDATE;
            return new Segment(LanguageResult.undetermined(cause, LanguageLabels.UNDETERMINED, 0.0, null, 0.0, script,
                    letters), letters, Map.of(), evidence);
        }
        int best = -1;
        int second = -1;
        for (int l = 0; l < costs.length; l++) {
            if (!active[l]) {
                continue;
            }
            if (best < 0 || costs[l] < costs[best]) {
                second = best;
                best = l;
            } else if (second < 0 || costs[l] < costs[second]) {
                second = l;
            }
        }
        double rescoredScore = -1;
        if (hybrid && mayRescore && second >= 0 && scored < SHORT_LETTERS && shortModel[best] != null
                && (costs[second] - costs[best]) * NgramModel.QUANTUM / scored < HARD_MARGIN) {
            // a short text with a close call: Lingua's 1- to 5-gram statistics decide among our best candidates
            ShortTextModel.Grams grams = ShortTextModel.grams(ShortTextModel.clean(evidence.text()));
            int chosen = -1;
            double chosenValue = Double.NEGATIVE_INFINITY;
            double runnerValue = Double.NEGATIVE_INFINITY;
            int known = 0;
            for (int l : top(costs, HARD_CANDIDATES)) {
                if (shortModel[l] == null || grams.isEmpty()) {
                    continue;
                }
                double v = ShortTextModel.shared().score(shortModel[l], grams,
                        (costs[l] - evidence.costs()[l]) * NgramModel.QUANTUM * SHORT_PRIOR_SCALE);
                if (Double.isNaN(v)) {
                    continue;
                }
                known++;
                if (v > chosenValue) {
                    runnerValue = chosenValue;
                    chosenValue = v;
                    chosen = l;
                } else if (v > runnerValue) {
                    runnerValue = v;
                }
            }
            if (known > 1 && chosenValue > runnerValue) {
                if (chosen != best) {
                    second = best;
                    best = chosen;
                }
                // Lingua's confidence of the runner-up is the ratio of the two values (both negative); the HIGH
                // calibration was fitted on 1 minus that ratio
                rescoredScore = MarginCalibration.HIGH.probability(1 - chosenValue / runnerValue, letters);
            }
        }
        Map<String, Double> variants = Map.of();
        String language = model.iso639_3().get(best);
        String runnerUp = second < 0 ? null : LanguageLabels.label(model.iso639_3().get(second), script);
        long lead = second < 0 ? Long.MAX_VALUE : costs[second] - costs[best];
        double variantProbability = 1.0;
        if (isBcms(best)) {
            // the group competes as one: its lead is over the best language outside it
            int rival = -1;
            for (int l = 0; l < costs.length; l++) {
                if (active[l] && !isBcms(l) && (rival < 0 || costs[l] < costs[rival])) {
                    rival = l;
                }
            }
            lead = rival < 0 ? Long.MAX_VALUE : costs[rival] - costs[best];
            runnerUp = rival < 0 ? null : LanguageLabels.label(model.iso639_3().get(rival), script);
            variants = variants(evidence.text(), evidence.costs(), scored, script);
            String top = null;
            for (Map.Entry<String, Double> e : variants.entrySet()) {
                if (top == null || e.getValue() > variants.get(top)) {
                    top = e.getKey();
                }
            }
            variantProbability = variants.get(top);
            language = variantProbability >= VARIANT_MIN_PROBABILITY ? top : LanguageLabels.SERBO_CROATIAN;
            if (!language.equals(LanguageLabels.SERBO_CROATIAN)) {
                variantProbability = 1.0; // the variant is given: its score is the group's
            }
        }
        double margin = lead == Long.MAX_VALUE ? 1.0 : Math.max(0.0, Math.min(1.0, lead * NgramModel.QUANTUM / scored));
        double score = rescoredScore >= 0 && !isBcms(best) ? rescoredScore
                : MarginCalibration.NGRAM.probability(margin, scored);
        String bestGuess = LanguageLabels.label(language, script);
        LanguageResult.Undetermined cause = null;
        if (letters < minChars) {
            cause = LanguageResult.Undetermined.TOO_SHORT;
        } else if (!target[best]) {
            cause = LanguageResult.Undetermined.NOT_TARGET;
        } else if (lead == 0 && rescoredScore < 0) {
            cause = LanguageResult.Undetermined.TIE;
        } else if (score < minScore) {
            cause = LanguageResult.Undetermined.LOW_SCORE;
        }
        LanguageResult result = cause == null
                ? LanguageResult.identified(bestGuess, score, runnerUp, margin, script, letters)
                : LanguageResult.undetermined(cause, bestGuess, score, runnerUp, margin, script, letters);
        return new Segment(result, letters, variants, evidence);
    }

    /** Indices of the {@code k} cheapest active languages, cheapest first. */
    private int[] top(int[] costs, int k) {
        int[] out = new int[Math.min(k, costs.length)];
        java.util.Arrays.fill(out, -1);
        for (int l = 0; l < costs.length; l++) {
            if (!active[l]) {
                continue;
            }
            for (int i = 0; i < out.length; i++) {
                if (out[i] < 0 || costs[l] < costs[out[i]]) {
                    System.arraycopy(out, i, out, i + 1, out.length - i - 1);
                    out[i] = l;
                    break;
                }
            }
        }
        return java.util.Arrays.stream(out).filter(l -> l >= 0).toArray();
    }

    private boolean isBcms(int l) {
        return l == hr || l == bs || l == sr;
    }

    /**
     * Probability of each configured standard of the group given that the text is Serbo-Croatian: softmax of the
     * per-letter log-likelihoods scaled by {@link #VARIANT_TEMPERATURE}. Croatian is not written in Cyrillic, so
     * Cyrillic text chooses between Serbian and Bosnian. Montenegrin gets probability 1 when the text has ś or ź
     * (Cyrillic с́ з́), letters of Montenegrin's 2009 alphabet that no other standard uses; it is absent otherwise.
     */
    private Map<String, Double> variants(CharSequence text, int[] costs, int scored, String script) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (cnr && hasMontenegrinLetters(text)) {
            out.put("cnr", 1.0);
            return out;
        }
        Map<String, Double> perLetter = variantCosts(text, costs, scored, script);
        int[] markers = BcmsMarkers.count(text);
        Map<String, Double> evidence = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : perLetter.entrySet()) {
            int marker = markers[e.getKey().equals("hrv") ? BcmsMarkers.HRV
                    : e.getKey().equals("bos") ? BcmsMarkers.BOS : BcmsMarkers.SRP];
            evidence.put(e.getKey(), e.getValue() * scored * VARIANT_TEMPERATURE - marker * MARKER_NATS);
        }
        double min = Double.MAX_VALUE;
        for (double v : evidence.values()) {
            min = Math.min(min, v);
        }
        double sum = 0;
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : evidence.entrySet()) {
            double w = Math.exp(-(e.getValue() - min));
            weights.put(e.getKey(), w);
            sum += w;
        }
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            out.put(e.getKey(), e.getValue() / sum);
        }
        return out;
    }

    /**
     * Per-letter cost in nats of each configured standard, plus its bias ({@link #VARIANT_BIAS}): Serbian is scored
     * by its Cyrillic model, Croatian and Bosnian by their Latin ones, each on the text transliterated as needed.
     * Transliteration changes the letter count (Latin lj is one Cyrillic letter) and the models differ in
     * sharpness, so raw per-letter costs are not comparable across scripts; the biases make them so.
     */
    Map<String, Double> variantCosts(CharSequence text, int[] costs, int scored, String script) {
        Map<String, Double> perLetter = new LinkedHashMap<>();
        boolean cyrillic = "Cyrl".equals(script);
        int[] other = null;
        int otherScored = 0;
        if (cyrillic ? (hr >= 0 || bs >= 0) : sr >= 0) {
            other = new int[model.size()];
            otherScored = Math.max(1, model.score(cyrillic ? SerbianTransliteration.toLatin(text)
                    : SerbianTransliteration.toCyrillic(text), other));
        }
        double q = NgramModel.QUANTUM;
        int bias = cyrillic ? 3 : 0;
        if (hr >= 0 && !cyrillic) {
            perLetter.put("hrv", costs[hr] * q / scored + VARIANT_BIAS[bias]);
        }
        if (bs >= 0) {
            perLetter.put("bos", (cyrillic ? other[bs] * q / otherScored : costs[bs] * q / scored) + VARIANT_BIAS[bias + 1]);
        }
        if (sr >= 0) {
            perLetter.put("srp", (cyrillic ? costs[sr] * q / scored : other[sr] * q / otherScored) + VARIANT_BIAS[bias + 2]);
        }
        return perLetter;
    }

    /** {@link #variantCosts} of a whole text, with the number of letters scored (for fitting, see README). */
    Map<String, Double> variantCosts(CharSequence text) {
        String script = Scripts.profile(text).script();
        int[] costs = new int[model.size()];
        int scored = model.score(text, costs);
        Map<String, Double> out = new LinkedHashMap<>(variantCosts(text, costs, Math.max(1, scored), script));
        out.put("letters", (double) scored);
        return out;
    }

    static boolean hasMontenegrinLetters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'ś' || c == 'ź' || c == 'Ś' || c == 'Ź') {
                return true;
            }
            if (c == '\u0301' && i > 0) {
                char base = Character.toLowerCase(text.charAt(i - 1));
                if (base == 'с' || base == 'з') {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "NgramLanguageIdentifier[" + id() + ", " + languages.size() + " languages, " + model.size()
                + " modelled, ignored " + unsupported + "]";
    }

    private record Key(String accuracy, List<String> languages, double minScore, int minChars, int maxChars) {
        static Key of(LangIdConfig config) {
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
