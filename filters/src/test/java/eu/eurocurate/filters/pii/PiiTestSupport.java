package eu.eurocurate.filters.pii;

import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PiiConfig;

import java.util.ArrayList;
import java.util.List;

final class PiiTestSupport {

    private PiiTestSupport() {
    }

    /** The shipped defaults of {@code conf/pipeline.yaml}'s pii section. */
    static PiiConfig defaults() {
        return ConfigLoader.defaults().pii();
    }

    static PiiConfig with(String... overrides) {
        return ConfigLoader.load(null, List.of(overrides)).pii();
    }

    /** The matched substrings a detector reports. */
    static List<String> found(PiiDetector detector, String text, String region) {
        List<PiiMatch> out = new ArrayList<>();
        detector.find(text, region, out);
        out.sort(java.util.Comparator.comparingInt(PiiMatch::start));
        List<String> values = new ArrayList<>();
        for (PiiMatch m : out) {
            values.add(text.substring(m.start(), m.end()));
        }
        return values;
    }
}
