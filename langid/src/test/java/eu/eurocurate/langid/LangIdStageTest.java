package eu.eurocurate.langid;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.LangIdConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per reason code, plus what the stage writes besides the decision. Low accuracy, shipped thresholds. */
class LangIdStageTest {

    private final Map<String, String> cld2 = LidFixtures.cld2();

    private static LangIdStage stage(boolean dropUndetermined, List<String> keep) {
        return LangIdStage.create(LidFixtures.config("low", 0.5, dropUndetermined, keep));
    }

    private static Document doc(String text) {
        return new Document("d", new SourceLocator("test.warc.gz", 0, 1, null, "response")).text(text);
    }

    private static Decision only(Document d) {
        assertEquals(1, d.decisions().size());
        return d.decisions().get(0);
    }

    @Test
    void ok() {
        Document d = doc(cld2.get("sr_Cyrl"));
        LangIdStage stage = stage(true, List.of());
        stage.process(d);
        Decision decision = only(d);
        assertEquals(Verdict.KEEP, decision.verdict());
        assertEquals(Reasons.OK, decision.reason());
        assertEquals("srp_Cyrl", d.language());
        assertEquals(d.languageScore(), decision.value());
        assertTrue(d.languageScore() >= 0.5);
        assertEquals("srp_Cyrl", d.attributes().get(LangIdStage.ATTR_BEST_GUESS));
        assertEquals("Cyrl", d.attributes().get(LangIdStage.ATTR_SCRIPT));
        assertFalse(d.attributes().containsKey(LangIdStage.ATTR_UND_CAUSE));
        assertEquals(d.languageScore(), d.scores().get(LangIdStage.SCORE_BEST_GUESS));
        assertTrue(d.scores().get(LangIdStage.SCORE_LETTERS) > 100);
        assertEquals("1-ngram-" + NgramLanguageIdentifier.VERSION, stage.version());
        assertEquals(1.0, d.scores().get(LangIdStage.SCORE_SHARE_PREFIX + "srp_Cyrl"));
        assertEquals("false", d.attributes().get(LangIdStage.ATTR_SAMPLED));
        assertEquals(stage.version(), decision.stageVersion());
    }

    @Test
    void undeterminedIsDroppedByDefault() {
        Document d = doc("Tel. 0800 123 456 — 24/7");
        stage(true, List.of()).process(d);
        Decision decision = only(d);
        assertEquals(Verdict.DROP, decision.verdict());
        assertEquals(Reasons.UNDETERMINED, decision.reason());
        assertEquals("und", d.language());
        assertEquals(0.0, d.languageScore());
        assertEquals("too_short", d.attributes().get(LangIdStage.ATTR_UND_CAUSE));
        assertEquals(d.scores().get(LangIdStage.SCORE_BEST_GUESS), decision.value());
        assertEquals(3.0, d.scores().get(LangIdStage.SCORE_LETTERS));
        assertTrue(decision.detail().startsWith("too_short, best guess "), decision.detail());
    }

    @Test
    void undeterminedIsFlaggedWhenNotDropped() {
        Document d = doc(null);
        stage(false, List.of("deu_Latn")).process(d);
        Decision decision = only(d);
        assertEquals(Verdict.FLAG, decision.verdict(), "drop_undetermined decides, not keep_languages");
        assertEquals(Reasons.UNDETERMINED, decision.reason());
        assertEquals(0.0, decision.value());
        assertEquals("und", d.attributes().get(LangIdStage.ATTR_BEST_GUESS));
        assertEquals(Scripts.COMMON, d.attributes().get(LangIdStage.ATTR_SCRIPT));
        assertNull(d.attributes().get(LangIdStage.ATTR_RUNNER_UP));
    }

    @Test
    void notKept() {
        Document d = doc(cld2.get("de_Latn"));
        stage(true, List.of("fra_Latn", "srp_Cyrl")).process(d);
        Decision decision = only(d);
        assertEquals(Verdict.DROP, decision.verdict());
        assertEquals(Reasons.NOT_KEPT, decision.reason());
        assertEquals("deu_Latn", decision.detail());
        assertEquals("deu_Latn", d.language(), "the label is written even when the document is dropped");
        assertEquals(d.languageScore(), decision.value());
    }

    @Test
    void aListedLanguageIsKept() {
        Document d = doc(cld2.get("de_Latn"));
        stage(true, List.of("fra_Latn", "deu_Latn")).process(d);
        assertEquals(Reasons.OK, only(d).reason());
    }

    @Test
    void runnerUpIsRecordedForAuditingCloseLanguages() {
        String croatian = LidFixtures.tsv("lingua-sentences.tsv").stream()
                .filter(row -> row[0].equals("hr")).findFirst().orElseThrow()[1];
        Document d = doc(croatian);
        stage(true, List.of()).process(d);
        assertEquals("hbs_Latn", d.language(), "Croatian vs Bosnian is not settled by one sentence: macrolanguage");
        double variants = d.scores().get("langid.variant.hrv") + d.scores().get("langid.variant.bos")
                + d.scores().get("langid.variant.srp");
        assertEquals(1.0, variants, 1e-9, "the variant probabilities are written alongside");
        assertTrue(d.attributes().containsKey(LangIdStage.ATTR_RUNNER_UP), "best language outside the group");
    }

    @Test
    void linguaStaysAvailableBehindTheSameStage() {
        LangIdConfig config = LidFixtures.config("low", 0.5, true, List.of());
        LangIdStage lingua = new LangIdStage(config, LinguaLanguageIdentifier.shared(config));
        Document d = doc(cld2.get("de_Latn"));
        lingua.process(d);
        assertEquals("deu_Latn", d.language());
        assertEquals("1-lingua-1.2.2-low", lingua.version());
        assertFalse(d.scores().containsKey(LangIdStage.SCORE_SEGMENTS), "Lingua reads no paragraphs");
    }

    @Test
    void stagesWithTheSameIdentificationSettingsShareOneIdentifier() {
        LangIdConfig a = LidFixtures.config("low", 0.5, true, List.of());
        LangIdConfig b = LidFixtures.config("low", 0.5, false, List.of("deu_Latn"));
        assertSame(LangIdStage.create(a).identifier(), LangIdStage.create(b).identifier());
        assertEquals(LangIdStage.NAME, LangIdStage.create(a).name());
    }
}
