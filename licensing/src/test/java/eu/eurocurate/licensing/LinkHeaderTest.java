package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkHeaderTest {

    private static final Set<String> LICENSE = Set.of("license");

    @Test
    void rfc8288Examples() {
        // RFC 8288 section 3.5 style values, plus a licence link
        String header = "<http://example.com/TheBook/chapter2>; rel=\"previous\"; title=\"previous chapter\", "
                + "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"";
        assertEquals(List.of("https://creativecommons.org/licenses/by/4.0/"), LinkHeader.targets(header, LICENSE));
    }

    @Test
    void relationListsQuotedCommasAndCase() {
        String header = "<https://a.example/>; title=\"a, b; c\"; rel=\"start LICENSE\",<https://b.example/>;rel=next";
        assertEquals(List.of("https://a.example/"), LinkHeader.targets(header, LICENSE));
    }

    @Test
    void repeatedHeadersJoinedByNewline() {
        String header = "<https://x.example/l1>; rel=license\n<https://x.example/l2>; rel=license";
        assertEquals(List.of("https://x.example/l1", "https://x.example/l2"), LinkHeader.targets(header, LICENSE));
    }

    @Test
    void onlyTheFirstRelParameterCountsAndBrokenValuesAreSkipped() {
        assertEquals(List.of(), LinkHeader.targets("<https://x.example/>; rel=next; rel=license", LICENSE));
        assertEquals(List.of(), LinkHeader.targets("<https://x.example/; rel=license", LICENSE));
        assertEquals(List.of(), LinkHeader.targets("rel=license", LICENSE));
        assertEquals(List.of(), LinkHeader.targets("<>; rel=license", LICENSE));
    }
}
