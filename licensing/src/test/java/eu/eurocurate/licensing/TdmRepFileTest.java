package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TdmRepFileTest {

    /** TDMRep Final Community Group Report, "TDM File on the Origin Server", second example. */
    static final String SPEC_EXAMPLE = """
            [
              {
              "location": "/directory-a/",
              "tdm-reservation": 1
              },
              {
              "location": "/directory-b/html/",
              "tdm-reservation": 1,
              "tdm-policy":"https://provider.com/policies/policy.json"
              },
              {
              "location": "/directory-b/images/*.jpg",
              "tdm-reservation": 0
              }
            ]
            """;

    private static TdmRepFile file(String body, int status) {
        return TdmRepFile.parse(new SiteResource(body, status, "test.warc.gz@0", "2024-05-18T02:39:44Z"));
    }

    @Test
    void specExampleRules() {
        TdmRepFile f = file(SPEC_EXAMPLE, 200);
        assertEquals(TdmRepFile.Status.PARSED, f.status());
        assertEquals(1, f.match("https://provider.com/directory-a/report.pdf").orElseThrow().reservation());
        TdmRepFile.Rule html = f.match("https://provider.com/directory-b/html/page.html").orElseThrow();
        assertEquals(1, html.reservation());
        assertEquals("https://provider.com/policies/policy.json", html.policy());
        assertEquals(0, f.match("https://provider.com/directory-b/images/cat.jpg").orElseThrow().reservation());
        assertTrue(f.match("https://provider.com/elsewhere").isEmpty(), "no match: tdm-reservation is unset");
    }

    @Test
    void firstMatchWins() {
        TdmRepFile f = file("[{\"location\":\"/\",\"tdm-reservation\":1},{\"location\":\"/open/\",\"tdm-reservation\":0}]",
                200);
        assertEquals(1, f.match("https://x.org/open/a").orElseThrow().reservation(),
                "\"The most specific match is the first in sequence\"");
    }

    @Test
    void siteWideOptOutExample() {
        assertEquals(1, file("[\n  {\n  \"location\": \"/\",\n  \"tdm-reservation\": 1\n  }\n]", 200)
                .match("https://x.org/any/page?id=3").orElseThrow().reservation());
    }

    @Test
    void protocolErrors() {
        assertEquals(TdmRepFile.Status.INVALID, file("{\"location\":\"/\",\"tdm-reservation\":1}", 200).status(),
                "the file must be an array");
        assertEquals(TdmRepFile.Status.INVALID, file("<html>not json</html>", 200).status());
        TdmRepFile f = file("[{\"location\":\"/\",\"tdm-reservation\":2},{\"tdm-reservation\":1}]", 200);
        assertEquals(1, f.rules().size(), "a rule without location is skipped");
        assertEquals(-1, f.match("https://x.org/a").orElseThrow().reservation(), "2 is a protocol error: unset");
        assertEquals(1, file("[{\"location\":\"/\",\"tdm-reservation\":\"1\"}]", 200).rules().get(0).reservation());
    }

    @Test
    void capturesThatAreNotSuccessesMeanNoProtocol() {
        assertEquals(TdmRepFile.Status.ABSENT, file("<html>404</html>", 404).status());
        assertEquals(TdmRepFile.Status.ABSENT, file(null, 301).status());
        assertEquals(TdmRepFile.Status.NOT_CAPTURED, TdmRepFile.parse(null).status());
        assertTrue(TdmRepFile.parse(null).match("https://x.org/").isEmpty());
    }

    @Test
    void absoluteUrlLocationsAreReadAsPaths() {
        assertEquals(1, file("[{\"location\":\"https://x.org/news/\",\"tdm-reservation\":1}]", 200)
                .match("https://x.org/news/a").orElseThrow().reservation());
    }
}
