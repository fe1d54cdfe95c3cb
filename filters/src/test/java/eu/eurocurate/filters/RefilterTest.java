package eu.eurocurate.filters;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.ConfigLoader;
import eu.eurocurate.core.config.PiiConfig;
import eu.eurocurate.core.config.QualityConfig;
import eu.eurocurate.filters.pii.PiiReasons;
import eu.eurocurate.filters.pii.PiiStage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RefilterTest {

    private static List<Document> documents() {
        List<Document> docs = new ArrayList<>(Samples.allSamples());
        docs.add(Samples.document("short", "Subscribe to our newsletter.", "eng_Latn"));
        docs.add(Samples.document("repeated", "Share this page.\n\n".repeat(20), "eng_Latn"));
        docs.add(Samples.document("code", Samples.englishProse() + "\nvar x = { a: 1 };", "eng_Latn"));
        docs.add(Samples.document("lorem", Samples.englishProse() + "\nLorem ipsum dolor sit amet, consectetur.", "eng_Latn"));
        docs.add(Samples.document("unlabelled", Samples.englishProse(), null));
        docs.add(Samples.document("blank", "  \n ", "eng_Latn"));
        return docs;
    }

    private static QualityConfig with(String... overrides) {
        return ConfigLoader.load(null, List.of(overrides)).quality();
    }

    @Test
    void theSameThresholdsGiveTheStagesDecisionForEveryDocument() {
        for (String perLanguage : List.of("fineweb2", "none")) {
            QualityConfig config = with("quality.per_language_thresholds=" + perLanguage);
            QualityStage stage = new QualityStage(config);
            Refilter refilter = new Refilter(config);
            for (Document original : documents()) {
                Document d = Document.copyOf(original);
                stage.process(d);
                Decision measured = d.decisions().get(0);
                Decision replayed = refilter.decideQuality(d.scores(), d.language());
                assertEquals(measured.verdict(), replayed.verdict(), d.id() + " " + perLanguage);
                assertEquals(measured.reason(), replayed.reason(), d.id() + " " + perLanguage);
            }
        }
    }

    @Test
    void otherThresholdsChangeTheDecisionWithoutRecomputing() {
        Document d = Samples.document("en", Samples.englishProse(), "eng_Latn");
        new QualityStage(with()).process(d);
        assertEquals(Verdict.KEEP, d.decisions().get(0).verdict());
        Decision stricter = new Refilter(with("quality.gopher_quality.min_words=500")).decideQuality(d.scores(),
                d.language());
        assertEquals(Reasons.GOPHER_WORD_COUNT, stricter.reason());
        assertEquals(Verdict.DROP, stricter.verdict());
        Decision noC4 = new Refilter(with("quality.c4.min_sentences=100")).decideQuality(d.scores(), d.language());
        assertEquals(Reasons.C4_TOO_FEW_SENTENCES, noC4.reason());
    }

    @Test
    void pageRulesSwitchedOffAtMeasurementCanBeSwitchedOnLater() {
        Document d = Samples.document("code", Samples.englishProse() + "\nvar x = { a: 1 };", "eng_Latn");
        new QualityStage(with("quality.c4.filter_curly_bracket=false")).process(d);
        assertEquals(Verdict.KEEP, d.decisions().get(0).verdict());
        assertEquals(Reasons.C4_CURLY_BRACKET, new Refilter(with()).decideQuality(d.scores(), d.language()).reason());
    }

    @Test
    void tallyCountsDocumentsPerReason() {
        QualityConfig config = with();
        QualityStage stage = new QualityStage(config);
        Refilter refilter = new Refilter(with("quality.gopher_quality.min_words=100000"));
        Refilter.Tally tally = new Refilter.Tally();
        int withText = 0;
        for (Document original : documents()) {
            Document d = Document.copyOf(original);
            stage.process(d);
            if (!d.scores().isEmpty()) {
                withText++;
                tally.add(refilter.decideQuality(d.scores(), d.language()));
            }
        }
        assertEquals(withText, tally.total());
        assertEquals(withText, tally.counts().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(0L, tally.counts().getOrDefault(Reasons.OK, 0L), "nothing has 100,000 words");
    }

    @Test
    void noScoresMeansNoText() {
        assertEquals(Reasons.NO_TEXT, new Refilter(with()).decideQuality(Map.of(), "eng_Latn").reason());
    }

    @Test
    void replaysThePiiDensityDrop() {
        PiiConfig dense = ConfigLoader.load(null, List.of("pii.drop_dense=true", "pii.max_density=0.1")).pii();
        Refilter refilter = new Refilter(with(), dense);
        Document d = Samples.document("mails", "a@example.org b@example.org", null);
        new PiiStage(ConfigLoader.defaults().pii()).process(d);
        assertEquals(PiiReasons.MASKED, d.decisions().get(0).reason());
        Decision replayed = refilter.decidePii(d.scores());
        assertEquals(PiiReasons.DENSITY, replayed.reason());
        assertEquals(Verdict.DROP, replayed.verdict());
        assertNull(new Refilter(with()).decidePii(d.scores()));
    }

    @Test
    void failingRulesListsEveryFailingThresholdFirstTheDecidingOne() {
        Refilter refilter = new Refilter(with("quality.gopher_quality.min_words=500", "quality.c4.min_sentences=100"));
        for (Document original : documents()) {
            Document d = Document.copyOf(original);
            new QualityStage(with()).process(d);
            List<String> rules = refilter.failingRules(d.scores(), d.language());
            Decision decision = refilter.decideQuality(d.scores(), d.language());
            if (decision.verdict() == Verdict.KEEP) {
                assertEquals(List.of(), rules, d.id());
            } else {
                assertEquals(decision.reason(), rules.get(0), d.id());
            }
        }
        Document prose = Samples.document("en", Samples.englishProse(), "eng_Latn");
        new QualityStage(with()).process(prose);
        assertEquals(List.of(Reasons.GOPHER_WORD_COUNT, Reasons.C4_TOO_FEW_SENTENCES),
                refilter.failingRules(prose.scores(), prose.language()));
        assertEquals(List.of(), new Refilter(with()).failingRules(prose.scores(), prose.language()));
        assertEquals(List.of(Reasons.NO_TEXT), refilter.failingRules(Map.of(), "eng_Latn"));
    }
}
