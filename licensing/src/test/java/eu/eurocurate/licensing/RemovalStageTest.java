package eu.eurocurate.licensing;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.LicensingConfig.RemovalRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RemovalStageTest {

    private static final RemovalStage STAGE = new RemovalStage(List.of(
            new RemovalRequest("TD-1", "url", "https://News.example.org/2024/story.html"),
            new RemovalRequest("TD-2", "prefix", "http://www.blog.example.com/private/"),
            new RemovalRequest("TD-3", "domain", "bbc.co.uk"),
            new RemovalRequest("TD-4", "domain", "bbc.co.uk")));

    private static Decision run(String url) {
        Document d = new Document("d", new SourceLocator("x.warc.gz", 0, 1, null, "response")).url(url);
        STAGE.process(d);
        assertEquals(1, d.decisions().size());
        return d.decisions().get(0);
    }

    @Test
    void removalRequest() {
        Decision exact = run("https://news.example.org:443/2024/story.html#comments");
        assertEquals(Verdict.DROP, exact.verdict());
        assertEquals(Reasons.REMOVAL_REQUEST, exact.reason());
        assertEquals("TD-1", exact.detail());
        assertEquals(1.0, exact.value());
        assertEquals("TD-2", run("https://blog.example.com/private/diary?page=2").detail(),
                "prefixes ignore the scheme and www.");
        Decision domain = run("https://www.bbc.co.uk/news/world");
        assertEquals("TD-3", domain.detail());
        assertEquals(2.0, domain.value(), "two requests name the domain");
    }

    @Test
    void removalOk() {
        Decision ok = run("https://news.example.org/2024/other.html");
        assertEquals(Verdict.KEEP, ok.verdict());
        assertEquals(Reasons.REMOVAL_OK, ok.reason());
        assertEquals(0.0, ok.value());
        assertNull(ok.detail());
        assertEquals(Reasons.REMOVAL_OK, run("https://blog.example.com/public/").reason());
        assertEquals(Reasons.REMOVAL_OK, run("https://notbbc.co.uk/").reason(), "a suffix match needs a dot");
        assertEquals(Reasons.REMOVAL_OK, run(null).reason());
    }

    @Test
    void recordsEveryMatchingRequest() {
        Document d = new Document("d", new SourceLocator("x.warc.gz", 0, 1, null, "response"))
                .url("https://bbc.co.uk/");
        STAGE.process(d);
        assertEquals("TD-3,TD-4", d.attributes().get(RemovalStage.ATTR_REQUEST_IDS));
    }

    @Test
    void rejectsUnknownKinds() {
        assertThrows(IllegalArgumentException.class,
                () -> new RemovalStage(List.of(new RemovalRequest("x", "regex", ".*"))));
    }
}
