package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathPatternTest {

    @Test
    void prefixMatch() {
        assertTrue(PathPattern.of("/fish").matches("/fish.html"));
        assertTrue(PathPattern.of("/fish").matches("/fish/salmon.html"));
        assertFalse(PathPattern.of("/fish").matches("/Fish.asp"), "matching is case-sensitive");
        assertTrue(PathPattern.of("/").matches("/anything?q=1"));
        assertTrue(PathPattern.of("").matches("/anything"));
    }

    @Test
    void wildcardAndEndAnchorFromRfc9309() {
        // RFC 9309 section 2.2.3 examples.
        assertTrue(PathPattern.of("/path/file-with-a-*.html").matches("/path/file-with-a-asterisk.html"));
        assertTrue(PathPattern.of("/path/foo-$").matches("/path/foo-"));
        assertFalse(PathPattern.of("/path/foo-$").matches("/path/foo-bar"));
        assertTrue(PathPattern.of("/*.php$").matches("/folder/filename.php"));
        assertFalse(PathPattern.of("/*.php$").matches("/filename.php?parameters"));
        assertTrue(PathPattern.of("/fish*").matches("/fish/salmon.htm"));
        assertTrue(PathPattern.of("*/images/").matches("/a/b/images/x.jpg"));
    }

    @Test
    void tdmrepExampleLocations() {
        // TDMRep Final Report, tdmrep.json example.
        assertTrue(PathPattern.of("/directory-b/images/*.jpg").matches("/directory-b/images/cat.jpg"));
        assertFalse(PathPattern.of("/directory-b/images/*.jpg").matches("/directory-b/html/cat.html"));
    }

    @Test
    void percentEncodingIsNormalised() {
        // RFC 9309 section 2.2.2: UTF-8 characters and their percent-encoding are the same path.
        assertTrue(PathPattern.of("/foo/bar/ツ").matches("/foo/bar/%E3%83%84"));
        assertTrue(PathPattern.of("/foo/bar/%E3%83%84").matches("/foo/bar/ツ"));
        assertTrue(PathPattern.of("/a%7eb").matches("/a~b"), "unreserved characters are decoded");
        assertTrue(PathPattern.of("/path/foo-%24").matches("/path/foo-%24"));
    }

    @Test
    void specificityCountsOctets() {
        assertEquals(6, PathPattern.of("/ai-ok").specificity());
        assertEquals(4, PathPattern.of("/ツ").specificity());
    }

    @Test
    void urlParts() {
        assertEquals("/a/b?c=d", PathPattern.pathAndQuery("https://example.org/a/b?c=d#frag"));
        assertEquals("/", PathPattern.pathAndQuery("https://example.org"));
        assertEquals("/?q=1", PathPattern.pathAndQuery("https://example.org?q=1"));
        assertEquals("example.org", PathPattern.host("https://User@Example.ORG:8080/x"));
        assertEquals("example.org", PathPattern.host("http://example.org/a b|c"));
        assertNull(PathPattern.host("not a url"));
    }
}
