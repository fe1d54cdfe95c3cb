package eu.eurocurate.filters;

import eu.eurocurate.core.config.QualityConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FineWebQualityFilterTest {

    private static final QualityConfig.FineWeb DEFAULTS = Samples.defaults().fineweb();
    private final FineWebQualityFilter filter = new FineWebQualityFilter(DEFAULTS);
    private final Map<String, Double> scores = new TreeMap<>();

    private FilterResult apply(String text) {
        scores.clear();
        return filter.apply(TextProfile.of(text), scores::put);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-ctpost.txt", "de-heise.txt", "fi-handmade.txt", "el-handmade.txt", "bg-handmade.txt",
            "ka-handmade.txt", "cs-aktualne.txt"})
    void keepsRealArticles(String sample) {
        FilterResult r = apply(Samples.text(sample));
        assertFalse(r.rejected(), () -> sample + " " + r + " " + scores);
        assertEquals(4, scores.size());
    }

    @Test
    void linePunctRatio() {
        String noPunct = "Menu Home News Sport Weather Contact about the company here\n".repeat(1)
                + "Latest headlines from around the world today and tomorrow\nMore stories for you to read now";
        FilterResult r = apply(noPunct);
        assertTrue(r.rejected());
        assertEquals(Reasons.FINEWEB_LINE_PUNCT_RATIO, r.reason());
        assertEquals(0.0, r.value());
        QualityConfig.FineWeb excludeZero = new QualityConfig.FineWeb(true, 0.12, true, 0.67, 30, 0.01, 0.3);
        assertFalse(new FineWebQualityFilter(excludeZero).apply(TextProfile.of(noPunct), (k, v) -> { }).rejected());
    }

    @Test
    void shortLineRatio() {
        // Finnish, hand-written: a menu of short lines, each ending in a full stop.
        FilterResult r = apply("Etusivu.\nUutiset.\nUrheilu.\nSää.\nYhteystiedot ja palaute toimitukselle tänään.");
        assertEquals(Reasons.FINEWEB_SHORT_LINE_RATIO, r.reason());
        assertEquals(0.8, r.value(), 1e-9);
    }

    @Test
    void charDupRatio() {
        String line = "Η συνάντηση θα γίνει στην Αθήνα την επόμενη εβδομάδα με όλους τους υπουργούς.\n";
        FilterResult r = apply(line + "Οι δηλώσεις του πρωθυπουργού ήταν σαφείς και ξεκάθαρες για όλους μας.\n" + line);
        assertEquals(Reasons.FINEWEB_CHAR_DUP_RATIO, r.reason());
        assertTrue(r.value() > 0.3);
    }

    @Test
    void listRatio() {
        // Bulgarian, hand-written: one word per line, long enough not to be "short", so only the list rule fires.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append("Продукт номер ").append(i).append(" от каталога на магазина за тази седмица.\n");
        }
        FilterResult kept = apply(sb.toString());
        assertFalse(kept.rejected(), kept::toString);
        QualityConfig.FineWeb strict = new QualityConfig.FineWeb(true, 0.12, false, 0.67, 30, 0.01, 0.05);
        FilterResult r = new FineWebQualityFilter(strict).apply(TextProfile.of(sb.toString()), (k, v) -> { });
        assertEquals(Reasons.FINEWEB_LIST_RATIO, r.reason());
        assertEquals(0.1, r.value(), 1e-9);
    }

    @Test
    void terminalPunctuationCoversTheMissionScripts() {
        assertTrue(FineWebQualityFilter.isTerminal('.'));
        assertTrue(FineWebQualityFilter.isTerminal('\u037E'));
        assertTrue(FineWebQualityFilter.isTerminal('\u2026'));
        assertTrue(FineWebQualityFilter.isTerminal('\u00BB'));
        assertFalse(FineWebQualityFilter.isTerminal(','));
    }
}
