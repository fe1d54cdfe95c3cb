package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePolicyTest {

    @Test
    void parsesOnceEvaluatesPerUrl() {
        SitePolicy site = SitePolicy.compile(new SiteResources("http://archive.org",
                new SiteResource(RobotsTxtPolicyTest.resource("archive.org-2013-10-21.txt"), 200,
                        "IAH-urls-wget.warc.gz@2240", "2013-10-21T21:53:07Z"),
                new SiteResource(TdmRepFileTest.SPEC_EXAMPLE, 200, "tdm.warc.gz@0", "2024-01-01T00:00:00Z")),
                "CCBot", List.of("GPTBot"));
        assertFalse(site.isNone());
        assertEquals("parsed status=200 IAH-urls-wget.warc.gz@2240 2013-10-21T21:53:07Z", site.robotsProvenance());
        assertEquals("parsed status=200 tdm.warc.gz@0 2024-01-01T00:00:00Z", site.tdmrepProvenance());
        assertTrue(site.robots("http://archive.org/control/x").allDisallowed());
        assertFalse(site.robots("http://archive.org/details/x").allDisallowed());
        assertEquals(1, site.tdmrep("http://archive.org/directory-a/x").reservation());
        assertNull(site.tdmrep("http://archive.org/other"));
    }

    @Test
    void missingCaptures() {
        SitePolicy site = SitePolicy.compile(SiteResources.none("https://x.org"), "CCBot", List.of());
        assertEquals("not_captured", site.robotsProvenance());
        assertEquals("not_captured", site.tdmrepProvenance());
        assertTrue(site.robots("https://x.org/").disallowedAgents().isEmpty());
        SitePolicy gone = SitePolicy.compile(new SiteResources("https://x.org", new SiteResource(null, 404, "a@1", null),
                new SiteResource("<html>", 404, "b@2", null)), "CCBot", List.of());
        assertEquals("unavailable status=404 a@1", gone.robotsProvenance());
        assertEquals("absent status=404 b@2", gone.tdmrepProvenance());
    }

    @Test
    void noneWasNotChecked() {
        assertTrue(SitePolicy.NONE.isNone());
        assertEquals(SitePolicy.NOT_CHECKED, SitePolicy.NONE.robotsProvenance());
        assertEquals(SitePolicy.NOT_CHECKED, SitePolicy.NONE.tdmrepProvenance());
        assertNull(SitePolicy.NONE.tdmrep("https://x.org/"));
    }

    @Test
    void survivesJavaSerialisation() throws Exception {
        // Spark may ship a SitePolicy between JVMs (a broadcast, a shuffle of objects).
        SitePolicy site = SitePolicy.compile(new SiteResources("https://x.org",
                new SiteResource("User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nContent-Usage: / train-ai=n\n",
                        200, "r@1", null),
                new SiteResource(TdmRepFileTest.SPEC_EXAMPLE, 200, "t@2", null)), "CCBot", List.of("GPTBot"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(site);
        }
        SitePolicy copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SitePolicy) in.readObject();
        }
        assertEquals(site.robots("https://x.org/a"), copy.robots("https://x.org/a"));
        assertEquals(List.of("GPTBot"), copy.robots("https://x.org/a").aiDisallowed());
        assertEquals(site.tdmrep("https://x.org/directory-a/x"), copy.tdmrep("https://x.org/directory-a/x"));
        assertEquals(site.robotsProvenance(), copy.robotsProvenance());
    }
}
