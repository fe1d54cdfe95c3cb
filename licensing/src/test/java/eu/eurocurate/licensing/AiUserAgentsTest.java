package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AiUserAgentsTest {

    @Test
    void shippedListHasTheMajorTrainingCrawlers() {
        List<String> agents = AiUserAgents.bundled();
        assertTrue(agents.containsAll(List.of("GPTBot", "CCBot", "Google-Extended", "ClaudeBot", "anthropic-ai",
                "Applebot-Extended", "Bytespider", "meta-externalagent", "PerplexityBot", "cohere-ai")));
        assertTrue(agents.stream().allMatch(a -> a.matches("[A-Za-z0-9_-]+")), "product tokens only");
    }

    @Test
    void parsesCommentsAndDuplicates() {
        assertEquals(List.of("GPTBot", "CCBot"), AiUserAgents.parse("# c\nGPTBot   # OpenAI\n\nCCBot\nGPTBot\n"));
    }

    @Test
    void configuredListWins() {
        assertEquals(List.of("MyBot"), AiUserAgents.orBundled(List.of("MyBot")));
        assertEquals(AiUserAgents.bundled(), AiUserAgents.orBundled(List.of()));
    }
}
