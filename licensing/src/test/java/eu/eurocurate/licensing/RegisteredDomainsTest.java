package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RegisteredDomainsTest {

    @Test
    void publicSuffixList() {
        assertEquals("bbc.co.uk", RegisteredDomains.of("www.bbc.co.uk"));
        assertEquals("example.org", RegisteredDomains.of("a.b.Example.ORG."));
        assertEquals("gouv.fr", RegisteredDomains.of("gouv.fr"), "gouv.fr is registered under fr");
        assertEquals("etalab.gouv.fr", RegisteredDomains.of("www.etalab.gouv.fr"));
        assertEquals("foo.blogspot.com", RegisteredDomains.of("foo.blogspot.com"), "private suffixes count");
        assertEquals("wikipedia.org", RegisteredDomains.of("an.wikipedia.org"));
    }

    @Test
    void hostsWithoutARegisteredDomain() {
        assertEquals("192.168.0.1", RegisteredDomains.of("192.168.0.1"));
        assertEquals("localhost", RegisteredDomains.of("localhost"));
        assertEquals("[::1]", RegisteredDomains.of("[::1]"));
        assertNull(RegisteredDomains.of(null));
        assertNull(RegisteredDomains.of(" "));
    }

    @Test
    void unicodeHostsArePunycoded() {
        assertEquals("xn--e1afmkfd.xn--p1ai", RegisteredDomains.of("www.пример.рф"));
    }

    @Test
    void fromUrl() {
        assertEquals("commoncrawl.org", RegisteredDomains.ofUrl("https://index.commoncrawl.org/collinfo.json"));
        assertNull(RegisteredDomains.ofUrl("no url"));
    }
}
