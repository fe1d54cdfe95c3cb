package eu.eurocurate.filters.blocklist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlBlocklistTest {

    private final UrlBlocklist lists = UrlBlocklist.builder()
            .add("adult", "2026-11-01", List.of("# comment", "", "badsite.example", "Other.Example.", "shop.example/adult/"))
            .add("mine", "v2", List.of("badsite.example", "good.example/private"))
            .build();

    @Test
    void domainEntriesBlockTheHostAndEverySubdomain() {
        UrlBlocklist.Match m = lists.match("https://www.a.badsite.example/page?x=1").orElseThrow();
        assertEquals("adult@2026-11-01", m.list().toString(), "the first list holding the entry wins");
        assertEquals("badsite.example", m.entry());
        assertTrue(m.domain());
        assertTrue(lists.match("http://other.example:8080/").isPresent(), "case, trailing dot and port are ignored");
        assertFalse(lists.match("https://notbadsite.example/").isPresent());
    }

    @Test
    void urlEntriesBlockByPrefix() {
        UrlBlocklist.Match m = lists.match("https://www.shop.example/adult/item-1").orElseThrow();
        assertFalse(m.domain());
        assertEquals("shop.example/adult/", m.entry());
        assertFalse(lists.match("https://shop.example/toys/").isPresent());
        assertEquals("mine", lists.match("good.example/private/1").orElseThrow().list().name());
    }

    @Test
    void readsFilesAndCountsEntries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("domains");
        Files.writeString(file, "a.example\nb.example\n# c.example\n");
        UrlBlocklist fromFile = UrlBlocklist.builder().addFile("ut1-adult", "2026-10", file).build();
        assertEquals(2, fromFile.size());
        assertEquals(List.of(new UrlBlocklist.ListInfo("ut1-adult", "2026-10")), fromFile.lists());
        assertEquals(4, lists.size(), "badsite.example is in both lists: one domain entry");
    }

    @Test
    void parsesHostsOfOddUrls() {
        assertArrayEquals(new String[] {"example.com", "/"}, UrlBlocklist.hostAndPath("HTTP://user@WWW.Example.com"));
        assertNull(UrlBlocklist.hostAndPath(null));
        assertNull(UrlBlocklist.hostAndPath("file:///etc/passwd"));
        assertTrue(UrlBlocklist.empty().match("https://badsite.example/").isEmpty());
    }
}
