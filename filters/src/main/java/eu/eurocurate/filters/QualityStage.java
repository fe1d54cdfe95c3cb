package eu.eurocurate.filters;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.config.QualityConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ObjDoubleConsumer;

/**
 * The quality stage: the enabled filters in FineWeb's order (datatrove's {@code examples/fineweb.py}: Gopher
 * repetition, Gopher quality, C4, FineWeb), all measured on one shared {@link TextProfile}, every measurement stored as a
 * document score so the corpus can be re-filtered later without recomputation, and ONE decision: {@code quality.ok},
 * or a drop naming the first failing rule in that order with its measured value.
 *
 * <p>Every enabled filter is measured even after an earlier one has failed (its scores are in the ledger), but C4's
 * line removal only replaces the document's text when the document is kept. The Gopher filters see the text as it
 * came in, before C4 removes lines, as in FineWeb.
 *
 * <p>A document whose text is null, empty or whitespace only is dropped with {@code quality.no_text}.
 *
 * <p>With {@code per_language_thresholds: fineweb2}, a document whose language label has FineWeb-2's published values
 * ({@link LanguageThresholds}) is measured against them (word length, alphabetic words, stop words, duplicate lines,
 * n-gram fractions); the attribute {@code quality.thresholds} names the set used ({@code fineweb2:deu_Latn} or
 * {@code default}), so a later re-filtering knows which thresholds decided.
 *
 * <p>Thread-safe: the filters are immutable and all per-document state is local to {@link #process}.
 */
public final class QualityStage implements Stage {

    public static final String NAME = Reasons.STAGE;
    /** Bump whenever a change can alter a decision, a score or the cleaned text. */
    public static final String VERSION = "2";

    /** The Gopher filters with one set of thresholds, and the name of that set. */
    private record Gopher(GopherRepetitionFilter repetition, GopherQualityFilter quality, FineWebQualityFilter fineweb,
                          String name) {
    }

    /** One filter pair per threshold set, keyed like {@link ThresholdSets#all()}. */
    private final Map<String, Gopher> gophers;
    private final C4QualityFilter c4;

    /** Uses the stop-word lists shipped in the jar. */
    public QualityStage(QualityConfig config) {
        this(config, StopWords.bundled());
    }

    public QualityStage(QualityConfig config, StopWords stopWords) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(stopWords, "stopWords");
        Map<String, Gopher> byLabel = new HashMap<>();
        for (Map.Entry<String, ThresholdSets.Set_> e : new ThresholdSets(config, stopWords).all().entrySet()) {
            ThresholdSets.Set_ set = e.getValue();
            byLabel.put(e.getKey(), new Gopher(
                    set.repetition().enabled() ? new GopherRepetitionFilter(set.repetition()) : null,
                    set.quality().enabled() ? new GopherQualityFilter(set.quality(), set.stopWords()) : null,
                    set.fineweb().enabled() ? new FineWebQualityFilter(set.fineweb()) : null,
                    set.name()));
        }
        gophers = Map.copyOf(byLabel);
        c4 = config.c4().enabled() ? new C4QualityFilter(config.c4()) : null;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        if (text == null || text.isBlank()) {
            document.decide(Decision.drop(NAME, VERSION, Reasons.NO_TEXT, text == null ? null : (double) text.length(),
                    text == null ? "no text" : "whitespace only"));
            return;
        }
        TextProfile profile = TextProfile.of(text);
        ObjDoubleConsumer<String> scores = document::score;
        String language = document.language();
        Gopher gopher = gophers.get(language != null && gophers.containsKey(language) ? language : "");
        document.attribute(LanguageThresholds.ATTRIBUTE, gopher.name());
        FilterResult failed = null;
        if (gopher.repetition() != null) {
            failed = firstFailure(failed, gopher.repetition().apply(profile, scores));
        }
        if (gopher.quality() != null) {
            failed = firstFailure(failed, gopher.quality().apply(profile, language, scores));
        }
        C4QualityFilter.Result cleaned = null;
        if (c4 != null) {
            cleaned = c4.apply(profile, scores);
            failed = firstFailure(failed, cleaned.verdict());
        }
        if (gopher.fineweb() != null) {
            failed = firstFailure(failed, gopher.fineweb().apply(profile, scores));
        }
        if (failed != null) {
            document.decide(Decision.drop(NAME, VERSION, failed.reason(), failed.value(), failed.detail()));
            return;
        }
        if (cleaned != null && !cleaned.text().equals(text)) {
            document.text(cleaned.text());
        }
        document.decide(Decision.keep(NAME, VERSION, Reasons.OK, null));
    }

    private static FilterResult firstFailure(FilterResult earlier, FilterResult now) {
        if (earlier != null) {
            return earlier;
        }
        return now.rejected() ? now : null;
    }
}
