package eu.eurocurate.filters.pii;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.config.PiiConfig;

import java.util.Map;
import java.util.Objects;

/**
 * The {@code pii} stage: masks personal data in {@link Document#text()} with typed placeholders ({@link PiiMasker}),
 * stores the number of masked spans per type as scores ({@code pii.count.<type>}, {@code pii.density}; never the
 * values), and appends one decision: {@code pii.none} or {@code pii.masked} (kept), or {@code pii.density} (dropped,
 * if {@code drop_dense} is on and the density exceeds {@code max_density}; the text is masked all the same).
 *
 * <p>Thread-safe: the masker is immutable and all per-document state is local to {@link #process}.
 */
public final class PiiStage implements Stage {

    public static final String NAME = PiiReasons.STAGE;
    /** Bump whenever a change can alter a decision, a score or the masked text. */
    public static final String VERSION = "1";

    private final PiiConfig config;
    private final PiiMasker masker;

    public PiiStage(PiiConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.masker = new PiiMasker(config);
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
            document.decide(Decision.keep(NAME, VERSION, PiiReasons.NO_TEXT, text == null ? null : (double) text.length()));
            return;
        }
        String region = RegionGuess.of(document.url(), document.language());
        PiiMasker.Result result = masker.mask(text, region);
        document.attribute(PiiReasons.PHONE_REGION, region);
        for (Map.Entry<PiiType, Integer> e : result.counts().entrySet()) {
            document.score(PiiReasons.count(e.getKey()), e.getValue());
        }
        for (Map.Entry<String, Integer> e : result.nationalIdCounts().entrySet()) {
            document.score(PiiReasons.nationalIdCount(e.getKey()), e.getValue());
        }
        double density = result.density(text.length());
        document.score(PiiReasons.DENSITY, density);
        int masked = result.matches().size();
        if (masked > 0) {
            document.text(result.text());
        }
        if (config.dropDense() && density > config.maxDensity()) {
            document.decide(Decision.drop(NAME, VERSION, PiiReasons.DENSITY, density, "> " + config.maxDensity()));
        } else if (masked > 0) {
            document.decide(Decision.keep(NAME, VERSION, PiiReasons.MASKED, (double) masked));
        } else {
            document.decide(Decision.keep(NAME, VERSION, PiiReasons.NONE, 0.0));
        }
    }
}
