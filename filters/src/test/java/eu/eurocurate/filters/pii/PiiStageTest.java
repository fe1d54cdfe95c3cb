package eu.eurocurate.filters.pii;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Verdict;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PiiStageTest {

    private final PiiStage stage = new PiiStage(PiiTestSupport.defaults());

    static Document doc(String text, String url, String language) {
        Document d = new Document("d", new SourceLocator("pii.warc", 0, 1, null, "response"));
        d.text(text).url(url);
        if (language != null) {
            d.language(language, 0.99);
        }
        return d;
    }

    private static Decision last(Document d) {
        return d.decisions().get(d.decisions().size() - 1);
    }

    @Test
    void maskedRecordsCountsNotValues() {
        Document d = doc("Kontakt: anna@beispiel.de oder 030 12345678.", "https://beispiel.de/kontakt", "deu_Latn");
        stage.process(d);
        assertEquals("Kontakt: <EMAIL> oder <PHONE>.", d.text());
        Decision decision = last(d);
        assertEquals(PiiReasons.MASKED, decision.reason());
        assertEquals(Verdict.KEEP, decision.verdict());
        assertEquals(2.0, decision.value());
        assertEquals(1.0, d.scores().get("pii.count.email"));
        assertEquals(1.0, d.scores().get("pii.count.phone"));
        assertEquals(0.0, d.scores().get("pii.count.iban"));
        assertEquals("DE", d.attributes().get(PiiReasons.PHONE_REGION));
        assertFalse(d.scores().toString().contains("anna"));
        assertFalse(d.attributes().toString().contains("anna"));
    }

    @Test
    void noneWhenNothingIsFound() {
        Document d = doc("Η Αθήνα είναι η πρωτεύουσα της Ελλάδας από το 1834.", "https://example.gr/", "ell_Grek");
        stage.process(d);
        assertEquals(PiiReasons.NONE, last(d).reason());
        assertEquals(0.0, d.scores().get(PiiReasons.DENSITY));
    }

    @Test
    void noTextIsKeptWithNothingToMask() {
        Document d = doc(null, null, null);
        stage.process(d);
        assertEquals(PiiReasons.NO_TEXT, last(d).reason());
        assertNull(last(d).value());
    }

    @Test
    void densityDropsContactListsWhenEnabled() {
        PiiStage strict = new PiiStage(PiiTestSupport.with("pii.drop_dense=true", "pii.max_density=0.2"));
        Document d = doc("a@example.org b@example.org c@example.org", null, null);
        strict.process(d);
        Decision decision = last(d);
        assertEquals(PiiReasons.DENSITY, decision.reason());
        assertEquals(Verdict.DROP, decision.verdict());
        assertTrue(decision.value() > 0.9);
        assertEquals("<EMAIL> <EMAIL> <EMAIL>", d.text(), "dropped text is masked too");

        Document prose = doc("Write to a@example.org if you have questions about the schedule of the meeting.", null, null);
        strict.process(prose);
        assertEquals(PiiReasons.MASKED, last(prose).reason());
    }
}
