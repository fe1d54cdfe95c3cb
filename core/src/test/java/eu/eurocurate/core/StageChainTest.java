package eu.eurocurate.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageChainTest {

    /** A real (if tiny) stage: drops documents shorter than a limit. */
    private static final class MinLengthStage implements Stage {
        private final int min;

        MinLengthStage(int min) {
            this.min = min;
        }

        @Override
        public String name() {
            return "length";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public void process(Document d) {
            int n = d.text() == null ? 0 : d.text().length();
            d.decide(n < min ? Decision.drop(name(), version(), "length.short", (double) n, null)
                    : Decision.keep(name(), version(), "length.ok", (double) n));
        }
    }

    private static Document doc(String text) {
        return new Document("id-" + text, new SourceLocator("f.warc", 0, 1, null, "response")).text(text);
    }

    @Test
    void laterStagesSkipDroppedDocuments() {
        StageChain chain = new StageChain(List.of(new MinLengthStage(5), new MinLengthStage(2)));
        Document d = chain.process(doc("abc"));
        assertEquals(1, d.decisions().size());
        assertEquals("length.short", d.dropDecision().orElseThrow().reason());
        Document ok = chain.process(doc("abcdef"));
        assertEquals(2, ok.decisions().size());
        assertTrue(!ok.isDropped());
        assertEquals(2, chain.timings().get(0).documents());
        assertEquals(1, chain.timings().get(1).documents());
    }

    @Test
    void aThrowingStageBecomesADropDecisionNotAFailure() {
        Stage boom = new Stage() {
            public String name() {
                return "boom";
            }

            public String version() {
                return "1";
            }

            public void process(Document d) {
                throw new IllegalArgumentException("bad bytes");
            }
        };
        Document d = new StageChain(List.of(boom)).process(doc("x"));
        Decision drop = d.dropDecision().orElseThrow();
        assertEquals("boom.error", drop.reason());
        assertTrue(drop.detail().contains("bad bytes"));
    }

    @Test
    void aStageBreakingTheOneDecisionContractIsCaught() {
        Stage silent = new Stage() {
            public String name() {
                return "silent";
            }

            public String version() {
                return "1";
            }

            public void process(Document d) {
            }
        };
        assertThrows(IllegalStateException.class, () -> new StageChain(List.of(silent)).process(doc("x")));
    }

    @Test
    void reasonMustCarryTheStagePrefix() {
        assertThrows(IllegalArgumentException.class, () -> Decision.keep("quality", "1", "ok", null));
    }
}
