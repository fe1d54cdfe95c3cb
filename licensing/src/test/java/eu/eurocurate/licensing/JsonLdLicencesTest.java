package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLdLicencesTest {

    @Test
    void topLevelUrl() {
        // schema.org's own "license" example shape: a CreativeWork with a licence URL.
        assertEquals(List.of(new JsonLdLicences.Found("https://creativecommons.org/licenses/by-sa/4.0/", true)),
                JsonLdLicences.find("{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                        + "\"license\":\"https://creativecommons.org/licenses/by-sa/4.0/\"}"));
    }

    @Test
    void creativeWorkValueAndGraph() {
        String json = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"license\":"
                + "{\"@type\":\"CreativeWork\",\"name\":\"CC BY 4.0\",\"url\":\"https://creativecommons.org/licenses/"
                + "by/4.0/\"}},{\"@type\":\"ImageObject\",\"license\":\"https://example.org/photo-terms\"}]}";
        List<JsonLdLicences.Found> found = JsonLdLicences.find(json);
        assertEquals(2, found.size());
        assertEquals(new JsonLdLicences.Found("https://creativecommons.org/licenses/by/4.0/", true), found.get(0));
        assertTrue(found.get(1).topLevel(), "@graph members are top-level nodes");
    }

    @Test
    void nestedLicenceIsAboutAPart() {
        String json = "[{\"@type\":\"NewsArticle\",\"image\":{\"@type\":\"ImageObject\",\"license\":"
                + "\"https://creativecommons.org/licenses/by-nd/4.0/\"}}]";
        assertEquals(List.of(new JsonLdLicences.Found("https://creativecommons.org/licenses/by-nd/4.0/", false)),
                JsonLdLicences.find(json));
    }

    @Test
    void prefixedPropertyAndLenientSyntax() {
        assertEquals(1, JsonLdLicences.find("<!-- {\"schema:license\":\"CC0\",} -->").size());
        assertTrue(JsonLdLicences.find("{\"license\": ").isEmpty(), "malformed JSON gives nothing");
        assertTrue(JsonLdLicences.find(null).isEmpty());
    }
}
