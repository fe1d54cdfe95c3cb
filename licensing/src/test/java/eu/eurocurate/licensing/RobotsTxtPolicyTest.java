package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobotsTxtPolicyTest {

    private static final List<String> AI = AiUserAgents.bundled();

    static String resource(String name) {
        try (InputStream in = RobotsTxtPolicyTest.class.getResourceAsStream("/robots/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RobotsTxtPolicy policy(String body, int status, String crawler) {
        return RobotsTxtPolicy.parse(new SiteResource(body, status, "robots.warc.gz@0", "2024-05-18T02:39:44Z"),
                crawler, AI);
    }

    private static RobotsTxtPolicy policy(String body) {
        return policy(body, 200, "CCBot");
    }

    @Test
    void realArchiveOrg2008AllowsAlmostEverything() {
        RobotsTxtPolicy p = policy(resource("archive.org-2008-04-30.txt"));
        assertEquals(RobotsTxtPolicy.Status.PARSED, p.status());
        RobotsEvaluation open = p.evaluate("http://www.archive.org/details/texts");
        assertTrue(open.disallowedAgents().isEmpty());
        RobotsEvaluation closed = p.evaluate("http://www.archive.org/nothing---please-crawl-us--/x");
        assertTrue(closed.allDisallowed());
        assertTrue(closed.crawlerDisallowed(), "CCBot has no group of its own: the * group applies");
        assertEquals(List.of("*", "CCBot"), closed.disallowedAgents());
        assertTrue(closed.aiDisallowed().isEmpty(), "no AI agent is named in the file");
    }

    @Test
    void realArchiveOrg2013GroupsPerAgent() {
        String body = resource("archive.org-2013-10-21.txt");
        RobotsEvaluation star = policy(body).evaluate("http://archive.org/details/goldenbull2007john/");
        assertTrue(star.allDisallowed());
        // Teoma has its own group, which does not list /details/goldenbull2007john/ (RFC 9309: groups do not inherit).
        RobotsEvaluation teoma = policy(body, 200, "Teoma").evaluate("http://archive.org/details/goldenbull2007john/");
        assertFalse(teoma.crawlerDisallowed());
        assertTrue(policy(body, 200, "Teoma").evaluate("http://archive.org/control/x").crawlerDisallowed());
        assertTrue(policy(body).evaluate("http://archive.org/").disallowedAgents().isEmpty());
    }

    @Test
    void aiAgentGroupsAreReportedByName() {
        // The pattern many news sites adopted in 2023: AI crawlers shut out, everyone else welcome.
        String body = "User-agent: GPTBot\nDisallow: /\n\nUser-agent: ccbot\nuser-agent: Google-Extended\n"
                + "Disallow: /\n\nUser-agent: *\nAllow: /\nDisallow: /search\n";
        RobotsEvaluation e = policy(body).evaluate("https://news.example/2024/story.html");
        assertFalse(e.allDisallowed());
        assertTrue(e.crawlerDisallowed(), "the crawler token CCBot is named (case-insensitively)");
        assertEquals(List.of("GPTBot", "CCBot", "Google-Extended"), e.aiDisallowed());
        assertEquals(List.of("CCBot", "GPTBot", "Google-Extended"), e.disallowedAgents());
        RobotsEvaluation search = policy(body, 200, "eurocurate").evaluate("https://news.example/search?q=x");
        assertEquals(List.of("*", "eurocurate", "GPTBot", "CCBot", "Google-Extended"), search.disallowedAgents());
    }

    @Test
    void rfc9309GroupExample() {
        // RFC 9309 section 2.2.1: ExampleBot's two groups combine; other agents use "*".
        String body = "user-agent: ExampleBot\ndisallow: /foo\ndisallow: /bar\n\nuser-agent: *\ndisallow: /baz\n\n"
                + "user-agent: ExampleBot\ndisallow: /baz/qux\n";
        RobotsTxtPolicy example = policy(body, 200, "ExampleBot");
        assertTrue(example.evaluate("https://x.org/foo").crawlerDisallowed());
        assertTrue(example.evaluate("https://x.org/baz/qux").crawlerDisallowed());
        assertFalse(example.evaluate("https://x.org/baz/other").crawlerDisallowed());
        assertTrue(example.evaluate("https://x.org/baz/other").allDisallowed());
    }

    @Test
    void statusCodesFollowRfc9309() {
        assertEquals(RobotsTxtPolicy.Status.UNAVAILABLE, policy("<html>not found</html>", 404, "CCBot").status());
        assertTrue(policy("x", 404, "CCBot").evaluate("https://x.org/a").disallowedAgents().isEmpty(),
                "4xx: unavailable, crawling allowed");
        RobotsEvaluation unreachable = policy(null, 503, "CCBot").evaluate("https://x.org/a");
        assertEquals(RobotsTxtPolicy.Status.UNREACHABLE, unreachable.status());
        assertTrue(unreachable.allDisallowed() && unreachable.crawlerDisallowed(), "5xx: complete disallow");
        assertEquals(RobotsTxtPolicy.Status.REDIRECT, policy(null, 302, "CCBot").status());
        assertTrue(policy(null, 302, "CCBot").evaluate("https://x.org/a").disallowedAgents().isEmpty());
        assertEquals(RobotsTxtPolicy.Status.NOT_CAPTURED, RobotsTxtPolicy.parse(null, "CCBot", AI).status());
        assertEquals(RobotsTxtPolicy.Status.PARSED, policy("User-agent: *\nDisallow: /", 0, "CCBot").status(),
                "status unknown with a body: our own crawler's store");
        assertTrue(policy("", 200, "CCBot").evaluate("https://x.org/a").disallowedAgents().isEmpty());
    }

    @Test
    void contentUsageAttachDraftExample() {
        // draft-ietf-aipref-attach section 4 example and its table of paths.
        String body = "User-Agent: *\nAllow: /\nDisallow: /never/\nContent-Usage: / train-ai=n\n"
                + "Content-Usage: /ai-ok/ train-ai=y\n\nUser-Agent: ExampleBot\nAllow: /\nContent-Usage: / train-ai=y\n";
        RobotsTxtPolicy others = policy(body, 200, "OtherBot");
        RobotsEvaluation test = others.evaluate("https://x.org/test");
        assertNotNull(test.contentUsage());
        assertTrue(test.contentUsage().contains("Content-Usage: / train-ai=n"));
        assertNull(others.evaluate("https://x.org/ai-ok/test").contentUsage(), "train-ai=y for /ai-ok/");
        RobotsEvaluation never = others.evaluate("https://x.org/never/test");
        assertTrue(never.allDisallowed());
        assertNull(never.contentUsage(), "no preferences for paths that cannot be crawled");
        RobotsTxtPolicy example = RobotsTxtPolicy.parse(new SiteResource(body, 200, null, null), "ExampleBot",
                List.of());
        // ExampleBot's own group allows training, but the "*" group (also evaluated, conservatively) does not.
        assertTrue(example.evaluate("https://x.org/test").contentUsage().startsWith("* "));
    }

    @Test
    void contentUsageConflictsCombineToTheMostRestrictive() {
        String body = "User-Agent: *\nContent-Usage: /a train-ai=y\nContent-Usage: /a train-ai=n\n";
        assertNotNull(policy(body).evaluate("https://x.org/a/b").contentUsage());
        String longer = "User-Agent: *\nContent-Usage: / train-ai=n\nContent-Usage: /a/ train-ai=y\n";
        assertNull(policy(longer).evaluate("https://x.org/a/b").contentUsage(), "the longest path wins");
    }

    @Test
    void contentUsageForANamedAiAgent() {
        String body = "User-Agent: GPTBot\nAllow: /\nContent-Usage: / train-ai=n\n\nUser-Agent: *\nAllow: /\n";
        RobotsEvaluation e = policy(body).evaluate("https://x.org/a");
        assertEquals("GPTBot Content-Usage: / train-ai=n", e.contentUsage());
        assertTrue(e.disallowedAgents().isEmpty());
    }

    @Test
    void cloudflareContentSignal() {
        // Cloudflare's managed robots.txt (Content Signals Policy, September 2025), comment block shortened.
        String body = "# As a condition of accessing this website, you agree to abide by the following content signals:\n"
                + "# ...\nUser-Agent: *\nContent-Signal: search=yes,ai-train=no\nAllow: /\n";
        RobotsEvaluation e = policy(body).evaluate("https://x.org/page");
        assertEquals("* Content-Signal: search=yes,ai-train=no", e.contentSignal());
        assertNull(policy("User-Agent: *\nContent-Signal: search=yes\nAllow: /\n").evaluate("https://x.org/p")
                .contentSignal());
    }

    @Test
    void ungroupedPreferencesApplyToEveryAgent() {
        String body = "Content-Signal: ai-train=no\n\nUser-agent: *\nDisallow: /private\n";
        assertNotNull(policy(body).evaluate("https://x.org/page").contentSignal());
    }

    @Test
    void digitsInTokensAndVersionsAfterTheToken() {
        assertEquals(List.of("AI2Bot"), policy("User-agent: AI2Bot\nDisallow: /\n").evaluate("https://x.org/a")
                .aiDisallowed());
        assertEquals(List.of("GPTBot"), policy("User-agent: GPTBot/1.1\nDisallow: /\n").evaluate("https://x.org/a")
                .aiDisallowed(), "RFC 9309 2.2.1: the product token is matched, not its version");
    }

    @Test
    void nullUrlIsNotEvaluated() {
        assertTrue(policy("User-agent: *\nDisallow: /").evaluate(null).disallowedAgents().isEmpty());
    }

    @Test
    void agreesWithCrawlerCommonsReadingTheWholeFile() {
        // Each agent is parsed from only the groups that apply to it; the verdicts must equal a full parse.
        String body = resource("archive.org-2013-10-21.txt") + "\nUser-agent: GPTBot\nDisallow: /details/\n"
                + "Disalow: /typo/\n";
        RobotsTxtPolicy p = policy(body);
        crawlercommons.robots.SimpleRobotRulesParser parser = new crawlercommons.robots.SimpleRobotRulesParser();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        crawlercommons.robots.BaseRobotRules star = parser.parseContent("http://archive.org/robots.txt", bytes,
                "text/plain", List.of("somebot"));
        crawlercommons.robots.BaseRobotRules gpt = parser.parseContent("http://archive.org/robots.txt", bytes,
                "text/plain", List.of("gptbot"));
        for (String path : List.of("/", "/control/a", "/report/", "/details/goldenbull2007john/", "/details/x",
                "/typo/a", "/14/items/goldenbull2007john/goldenbull2007john_djvu.txt")) {
            RobotsEvaluation e = p.evaluate("http://archive.org" + path);
            assertEquals(!star.isAllowed("http://archive.org" + path), e.allDisallowed(), path);
            assertEquals(!gpt.isAllowed("http://archive.org" + path), e.aiDisallowed().contains("GPTBot"), path);
        }
    }

    @Test
    void byteOrderMarkAndMissingColons() {
        RobotsTxtPolicy p = policy("\uFEFFUser-agent: GPTBot\nDisallow /\n");
        assertEquals(List.of("GPTBot"), p.evaluate("https://x.org/a").aiDisallowed());
    }
}
