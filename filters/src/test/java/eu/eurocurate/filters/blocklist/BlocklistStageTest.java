package eu.eurocurate.filters.blocklist;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BlocklistStageTest {

    static final UrlBlocklist LISTS = UrlBlocklist.builder()
            .add("adult", "2026-11-01", List.of("badsite.example", "shop.example/adult/")).build();
    private final BlocklistStage stage = new BlocklistStage(LISTS);

    static Document doc(String url) {
        Document d = new Document("d", new SourceLocator("b.warc", 0, 1, null, "response"));
        d.url(url).text("Some text.");
        return d;
    }

    private Decision run(Document d) {
        stage.process(d);
        return d.decisions().get(0);
    }

    @Test
    void domain() {
        Document d = doc("https://www.badsite.example/x");
        Decision decision = run(d);
        assertEquals(BlocklistStage.DOMAIN, decision.reason());
        assertEquals(Verdict.DROP, decision.verdict());
        assertEquals("adult@2026-11-01: badsite.example", decision.detail());
        assertEquals("adult@2026-11-01", d.attributes().get(BlocklistStage.LIST_ATTRIBUTE));
    }

    @Test
    void url() {
        assertEquals(BlocklistStage.URL, run(doc("https://shop.example/adult/1")).reason());
    }

    @Test
    void ok() {
        Document d = doc("https://shop.example/toys/1");
        assertEquals(BlocklistStage.OK, run(d).reason());
        assertNull(d.attributes().get(BlocklistStage.LIST_ATTRIBUTE));
    }

    @Test
    void noUrl() {
        assertEquals(BlocklistStage.NO_URL, run(doc(null)).reason());
        assertEquals(Verdict.KEEP, run(doc(null)).verdict());
    }
}
