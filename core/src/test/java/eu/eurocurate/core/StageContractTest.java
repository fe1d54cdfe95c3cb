package eu.eurocurate.core;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every {@link Stage} must pass (after Lucene's BaseTokenStreamTestCase): extend it in the stage's
 * module, supply the stage and a few real documents, and the checks below run on them plus hostile inputs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StageContractTest {

    private Stage stage;

    /** Builds the stage under test (once per test class: stages can be heavy). */
    protected abstract Stage createStage();

    /** Real documents this stage is meant for; each is processed on a fresh copy. */
    protected abstract List<Document> sampleDocuments();

    @BeforeAll
    void buildStage() {
        stage = createStage();
    }

    @AfterAll
    void closeStage() {
        stage.close();
    }

    protected Stage stage() {
        return stage;
    }

    /** Documents no stage may throw on: null text, empty text, whitespace, control characters, a huge line. */
    protected List<Document> hostileDocuments() {
        List<Document> out = new ArrayList<>();
        String[] texts = {null, "", " \n\t ", "\u0000\u0001\uFFFD\uD800", "x".repeat(200_000),
                "<html><body><p>unclosed", "\u202E\u200B\u00A0"};
        int i = 0;
        for (String t : texts) {
            Document d = new Document("hostile-" + i, new SourceLocator("hostile.warc", i, 1, null, "response"));
            d.text(t).markup(t).url("http://example.com/" + i).contentType("text/html");
            out.add(d);
            i++;
        }
        return out;
    }

    @Test
    void nameAndVersionAreStable() {
        assertNotNull(stage.name());
        assertFalse(stage.name().isBlank());
        assertTrue(stage.name().matches("[a-z][a-z0-9_]*"), "stage name must be a lower-case identifier");
        assertNotNull(stage.version());
        assertFalse(stage.version().isBlank());
    }

    @Test
    void appendsExactlyOneDecisionNamedAfterTheStage() {
        for (Document original : sampleDocuments()) {
            Document d = Document.copyOf(original);
            int before = d.decisions().size();
            stage.process(d);
            assertEquals(before + 1, d.decisions().size(), "one decision per document: " + d.id());
            Decision last = d.decisions().get(d.decisions().size() - 1);
            assertEquals(stage.name(), last.stage());
            assertEquals(stage.version(), last.stageVersion());
            assertTrue(last.reason().startsWith(stage.name() + "."), last.reason());
        }
    }

    @Test
    void neverThrowsOnHostileInput() {
        for (Document d : hostileDocuments()) {
            stage.process(d);
            assertEquals(1, d.decisions().size(), "one decision on hostile input " + d.id());
        }
    }

    @Test
    void isDeterministic() {
        for (Document original : sampleDocuments()) {
            Document a = Document.copyOf(original);
            Document b = Document.copyOf(original);
            stage.process(a);
            stage.process(b);
            assertEquals(a.decisions(), b.decisions());
            assertEquals(a.attributes(), b.attributes());
            assertEquals(a.scores(), b.scores());
            assertEquals(a.language(), b.language());
            assertEquals(a.text(), b.text());
        }
    }

    @Test
    void sampleIsNotEmpty() {
        assertFalse(sampleDocuments().isEmpty(), "give the contract real documents to check");
    }
}
