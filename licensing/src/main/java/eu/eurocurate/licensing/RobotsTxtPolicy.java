package eu.eurocurate.licensing;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One site's robots.txt, parsed once and evaluated for many URLs: the Allow/Disallow rules (RFC 9309, through
 * crawler-commons' {@link SimpleRobotRulesParser}) for the {@code *} group, the crawler that fetched the pages, and
 * each AI-training agent; and the usage preferences the file states: IETF aipref {@code Content-Usage} rules
 * (draft-ietf-aipref-attach, section 4) and Cloudflare's {@code Content-Signal} lines (Content Signals Policy, 2025).
 *
 * <p>The HTTP status of the capture decides first (RFC 9309 section 2.3.1): 2xx, or 0 (unknown) with a body, is
 * parsed; 3xx is a redirect the capture did not follow, so no rules are known ({@link Status#REDIRECT}, treated as
 * unavailable); 4xx means "unavailable": every URL may be crawled (section 2.3.1.3); 5xx means "unreachable": the
 * crawler "MUST assume complete disallow" (section 2.3.1.4), so every agent is disallowed everywhere.
 *
 * <p>Groups (section 2.2.1): consecutive {@code user-agent} lines start a group, the rules after them belong to it,
 * product tokens match case-insensitively, several groups naming the same agent are combined, and an agent no group
 * names falls back to the {@code *} group. An AI agent counts only when a group names it: an agent without its own
 * group gets exactly what {@code *} says, which is already reported as "all disallowed".
 *
 * <p>Usage preferences: a {@code Content-Usage: <path> <preference>} rule applies to the URLs its path matches, the
 * longest matching path wins and equally long rules combine to the most restrictive (attach draft, section 4.1);
 * preferences only apply to URLs the group lets crawlers fetch. {@code Content-Signal: <preference>} applies to its
 * group's URLs (an optional leading path is honoured the same way). Both are evaluated for the crawler, the {@code *}
 * group and every AI agent that has a group; a disallowed AI-training preference in any of them counts
 * (conservative, and the aipref combination rule: "the most restrictive preference applies"). Lines of either kind
 * that come before the first group are read as applying to every agent, rather than dropped as RFC 9309 would drop
 * an ungrouped rule: they are the site's unscoped statement.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class RobotsTxtPolicy implements Serializable {

    /** What the capture allows us to know. */
    public enum Status {
        /** No robots.txt capture for the site: nothing is known. */
        NOT_CAPTURED("not_captured"),
        /** 2xx (or status unknown, with a body): rules parsed. */
        PARSED("parsed"),
        /** 3xx not followed by the capture: no rules known. */
        REDIRECT("redirect"),
        /** 4xx: "unavailable", crawling allowed (RFC 9309 section 2.3.1.3). */
        UNAVAILABLE("unavailable"),
        /** 5xx: "unreachable", complete disallow (RFC 9309 section 2.3.1.4). */
        UNREACHABLE("unreachable");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** RFC 9309 section 2.5: crawlers must parse at least 500 KiB; the rest of a larger file is ignored. */
    static final int MAX_BYTES = 500 * 1024;

    /** The key under which the {@code *} group's evaluation is reported. */
    public static final String ALL_AGENTS = "*";

    private final Status status;
    private final String crawlerToken;
    /** Allow/Disallow and preference rules of the "*" group and of the crawler (its group, else "*"). */
    private final AgentRules all;
    private final AgentRules crawler;
    /** The same for each AI agent some group names, in configuration order. */
    private final List<AgentRules> ai;

    /** What applies to one agent. */
    private record AgentRules(String agent, BaseRobotRules rules, List<PreferenceRule> usage,
            List<PreferenceRule> signals) implements Serializable {
    }

    private RobotsTxtPolicy(Status status, String crawlerToken, AgentRules all, AgentRules crawler,
            List<AgentRules> ai) {
        this.status = status;
        this.crawlerToken = crawlerToken;
        this.all = all;
        this.crawler = crawler;
        this.ai = ai;
    }

    /**
     * Parses a capture.
     *
     * @param capture      the robots.txt capture, or null when the crawl has none
     * @param crawlerToken product token of the crawler that fetched the pages
     * @param aiAgents     AI-training product tokens to evaluate
     */
    public static RobotsTxtPolicy parse(SiteResource capture, String crawlerToken, List<String> aiAgents) {
        Status status = status(capture);
        if (status != Status.PARSED) {
            return new RobotsTxtPolicy(status, crawlerToken, null, null, List.of());
        }
        byte[] bytes = capture.body() == null ? new byte[0] : capture.body().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
        }
        Groups groups = Groups.parse(new String(bytes, StandardCharsets.UTF_8));
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        AgentRules all = rulesFor(parser, groups, ALL_AGENTS, null);
        String crawlerLower = crawlerToken.toLowerCase(Locale.ROOT);
        AgentRules crawler = groups.names(crawlerLower) ? rulesFor(parser, groups, crawlerToken, crawlerLower)
                : new AgentRules(crawlerToken, all.rules(), all.usage(), all.signals()); // falls back to "*"
        List<AgentRules> ai = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String agent : aiAgents) {
            String token = agent.toLowerCase(Locale.ROOT);
            if (!groups.names(token) || seen.contains(token)) {
                continue;
            }
            seen.add(token);
            ai.add(token.equals(crawlerLower)
                    ? new AgentRules(agent, crawler.rules(), crawler.usage(), crawler.signals())
                    : rulesFor(parser, groups, agent, token));
        }
        return new RobotsTxtPolicy(status, crawlerToken, all, crawler, List.copyOf(ai));
    }

    /**
     * The rules for one agent ({@code token} lower case; null for the {@code *} group). crawler-commons parses one
     * agent at a time, so it is given only the groups that apply to that agent (as {@link Groups} delimits them):
     * a file with many AI-agent groups and a long {@code *} group is then not re-read in full for every agent.
     */
    private static AgentRules rulesFor(SimpleRobotRulesParser parser, Groups groups, String agent, String token) {
        String text = groups.textFor(token);
        // The "*" group is what an agent no group names gets: probe with a token the file cannot contain.
        String name = token == null ? "eurocuratewildcardprobe" : token;
        // The URL is only used by crawler-commons in log messages.
        BaseRobotRules rules = parser.parseContent("http://robots.invalid/robots.txt",
                text.getBytes(StandardCharsets.UTF_8), "text/plain", List.of(name));
        String key = token == null ? groups.wildcardKey() : token;
        return new AgentRules(agent, rules, groups.preferenceRules(key, true), groups.preferenceRules(key, false));
    }

    static Status status(SiteResource capture) {
        if (capture == null) {
            return Status.NOT_CAPTURED;
        }
        int code = capture.httpStatus();
        if (code == 0) {
            return capture.body() == null ? Status.NOT_CAPTURED : Status.PARSED;
        }
        if (code >= 200 && code < 300) {
            return Status.PARSED;
        }
        if (code >= 300 && code < 400) {
            return Status.REDIRECT;
        }
        if (code >= 500 && code < 600) {
            return Status.UNREACHABLE;
        }
        return Status.UNAVAILABLE; // 4xx, and anything else that is not a success
    }

    public Status status() {
        return status;
    }

    /** What the file says about one URL. */
    public RobotsEvaluation evaluate(String url) {
        if (status == Status.UNREACHABLE) {
            return new RobotsEvaluation(status, List.of(ALL_AGENTS, crawlerToken), true, true, List.of(), null, null);
        }
        if (status != Status.PARSED || url == null) {
            return new RobotsEvaluation(status, List.of(), false, false, List.of(), null, null);
        }
        String path = PathPattern.pathAndQuery(url);
        String absolute = "http://robots.invalid" + path; // the rules depend on the path only
        List<String> disallowed = new ArrayList<>(4);
        List<String> aiDisallowed = new ArrayList<>(2);
        String[] usageHit = new String[1];
        String[] signalHit = new String[1];
        boolean allDisallowed = !check(all, absolute, path, usageHit, signalHit);
        if (allDisallowed) {
            disallowed.add(ALL_AGENTS);
        }
        boolean crawlerDisallowed = !check(crawler, absolute, path, usageHit, signalHit);
        if (crawlerDisallowed) {
            disallowed.add(crawlerToken);
        }
        for (AgentRules a : ai) {
            if (!check(a, absolute, path, usageHit, signalHit)) {
                aiDisallowed.add(a.agent());
                if (!disallowed.contains(a.agent())) {
                    disallowed.add(a.agent());
                }
            }
        }
        return new RobotsEvaluation(status, disallowed, allDisallowed, crawlerDisallowed, aiDisallowed, usageHit[0],
                signalHit[0]);
    }

    /**
     * True when the agent may crawl the URL; then records the first AI-training preference that disallows it (aipref:
     * "Usage preferences apply only to those resources that can be crawled", attach draft section 4.1).
     */
    private static boolean check(AgentRules a, String absolute, String path, String[] usageHit, String[] signalHit) {
        if (!a.rules().isAllowed(absolute)) {
            return false;
        }
        if (usageHit[0] == null) {
            PreferenceRule r = decide(a.usage(), path);
            if (r != null) {
                usageHit[0] = a.agent() + " " + r.raw();
            }
        }
        if (signalHit[0] == null) {
            PreferenceRule r = decide(a.signals(), path);
            if (r != null) {
                signalHit[0] = a.agent() + " " + r.raw();
            }
        }
        return true;
    }

    /**
     * The deciding rule when the most specific matching rules disallow AI training, null otherwise. Equally specific
     * rules combine to the most restrictive (attach draft 4.1, vocab draft "Combining Preferences").
     */
    private static PreferenceRule decide(List<PreferenceRule> candidates, String path) {
        int best = -1;
        PreferenceRule disallowing = null;
        for (PreferenceRule r : candidates) {
            if (!r.path().matches(path)) {
                continue;
            }
            int s = r.path().specificity();
            if (s > best) {
                best = s;
                disallowing = null;
            }
            if (s == best && disallowing == null && r.preference() == UsagePreferences.Preference.DISALLOW) {
                disallowing = r;
            }
        }
        return disallowing;
    }

    /** A Content-Usage or Content-Signal rule. */
    record PreferenceRule(PathPattern path, UsagePreferences.Preference preference, String raw)
            implements Serializable {
    }

    /**
     * robots.txt groups as RFC 9309 section 2.2 defines them, keeping what crawler-commons does not expose: which
     * product tokens have a group, and the Content-Usage / Content-Signal rules of each group.
     */
    static final class Groups {

        private static final Set<String> RULE_KEYS = Set.of(
                "allow", "disallow", "crawl-delay", "content-usage", "content-signal");

        /** Each group: its product tokens (lower case) and its preference rules (usage rules, signal rules). */
        private final List<Group> groups = new ArrayList<>();
        private final Group preamble = new Group();

        private static final class Group {
            final List<String> agents = new ArrayList<>(2);
            /** The group's lines after its user-agent lines, as written (comments removed). */
            final StringBuilder lines = new StringBuilder();
            final List<PreferenceRule> usage = new ArrayList<>(2);
            final List<PreferenceRule> signals = new ArrayList<>(2);
        }

        static Groups parse(String text) {
            Groups out = new Groups();
            Group current = null;
            boolean afterRule = true;
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // a UTF-8 byte order mark
            for (String rawLine : body.split("\r\n|\r|\n")) {
                String line = rawLine;
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    if (!line.isBlank()) { // "Disallow /x" without colon: kept for crawler-commons' lenient reading
                        (current == null ? out.preamble : current).lines.append(line.strip()).append('\n');
                    }
                    continue;
                }
                String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                if (key.equals("user-agent")) {
                    if (current == null || afterRule) {
                        current = new Group();
                        out.groups.add(current);
                        afterRule = false;
                    }
                    current.agents.add(productToken(value));
                    continue;
                }
                if (key.equals("sitemap")) {
                    continue; // not part of any group (RFC 9309 section 2.2.4)
                }
                // Any other record ends the sequence of user-agent lines (unknown ones too, so that a misspelt
                // "Disalow" that crawler-commons accepts delimits groups the way it does).
                afterRule = true;
                Group target = current == null ? out.preamble : current;
                target.lines.append(key).append(": ").append(value).append('\n');
                if (!RULE_KEYS.contains(key)) {
                    continue;
                }
                if (key.equals("content-usage") || key.equals("content-signal")) {
                    boolean aipref = key.equals("content-usage");
                    String path = "/";
                    String preference = value;
                    if (value.startsWith("/")) {
                        int space = indexOfSpace(value);
                        path = space < 0 ? value : value.substring(0, space);
                        preference = space < 0 ? "" : value.substring(space + 1).strip();
                    }
                    UsagePreferences.Preference p = aipref ? UsagePreferences.aiprefTraining(preference)
                            : UsagePreferences.contentSignalTraining(preference);
                    String raw = (aipref ? "Content-Usage: " : "Content-Signal: ") + value;
                    (aipref ? target.usage : target.signals).add(new PreferenceRule(PathPattern.of(path), p, raw));
                }
            }
            return out;
        }

        /**
         * A robots.txt holding only the groups that apply to {@code token} (lower case): its own groups, or the
         * {@code *} groups when none names it; {@code token} null means the {@code *} groups.
         */
        String textFor(String token) {
            boolean named = token != null && names(token);
            StringBuilder text = new StringBuilder();
            for (Group g : groups) {
                if (named ? g.agents.contains(token) : g.agents.contains("*")) {
                    text.append("user-agent: ").append(named ? token : "*").append('\n').append(g.lines).append('\n');
                }
            }
            return text.toString();
        }

        /** A token no group names, to look up what the {@code *} groups say. */
        String wildcardKey() {
            String probe = "eurocuratewildcardprobe";
            while (names(probe)) {
                probe = probe + "x";
            }
            return probe;
        }

        /** True when a group names {@code token} (lower case). */
        boolean names(String token) {
            for (Group g : groups) {
                if (g.agents.contains(token)) {
                    return true;
                }
            }
            return false;
        }

        /** The preference rules that apply to {@code token}: its groups', else the "*" groups', plus the preamble. */
        List<PreferenceRule> preferenceRules(String token, boolean aipref) {
            List<PreferenceRule> out = new ArrayList<>(aipref ? preamble.usage : preamble.signals);
            boolean named = names(token);
            for (Group g : groups) {
                if (named ? g.agents.contains(token) : g.agents.contains("*")) {
                    out.addAll(aipref ? g.usage : g.signals);
                }
            }
            return Collections.unmodifiableList(out);
        }

        /** RFC 9309 2.2.1: the product token is the name before any "/" version or comment. */
        private static String productToken(String value) {
            String v = value.strip();
            int end = 0;
            while (end < v.length() && v.charAt(end) != '/' && !Character.isWhitespace(v.charAt(end))) {
                end++;
            }
            return v.substring(0, end).toLowerCase(Locale.ROOT);
        }

        private static int indexOfSpace(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                    return i;
                }
            }
            return -1;
        }
    }
}
