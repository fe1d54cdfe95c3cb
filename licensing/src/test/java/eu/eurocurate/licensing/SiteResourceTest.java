package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SiteResourceTest {

    @Test
    void provenanceNamesStatusCopyAndDate() {
        assertEquals("status=200 crawl.warc.gz@1234 2024-05-01T00:00:00Z",
                new SiteResource("User-agent: *", 200, "crawl.warc.gz@1234", "2024-05-01T00:00:00Z").provenance());
        assertEquals("status=unknown", new SiteResource("x", 0, null, null).provenance());
        SiteResources none = SiteResources.none("https://x.org");
        assertNull(none.robotsTxt());
        assertNull(none.tdmrepJson());
        assertEquals("https://x.org", none.origin());
    }
}
