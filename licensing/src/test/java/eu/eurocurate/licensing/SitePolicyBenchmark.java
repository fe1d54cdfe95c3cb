package eu.eurocurate.licensing;

import crawlercommons.robots.SimpleRobotRulesParser;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cost of site signals (not a unit test): building a {@link SitePolicy} from a robots.txt and evaluating URLs against
 * it, in thread CPU time. The baseline, measured in the same run, is what building costs when crawler-commons reads
 * the whole file once per agent ({@code *}, the crawler, each AI agent the file names), which is what
 * {@link RobotsTxtPolicy} avoided by handing it only each agent's groups.
 *
 * <p>Arguments: robots.txt files; without any, the real archive.org capture of the tests and a synthetic 19 KB file
 * with 8 AI-agent groups and 800 wildcard rules for {@code *} (the shape of large news-site files).
 */
public final class SitePolicyBenchmark {

    private SitePolicyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> inputs = new ArrayList<>();
        for (String a : args) {
            inputs.add(new String[] {a, Files.readString(Path.of(a), StandardCharsets.UTF_8)});
        }
        if (inputs.isEmpty()) {
            inputs.add(new String[] {"archive.org-2013-10-21.txt", RobotsTxtPolicyTest.resource("archive.org-2013-10-21.txt")});
            StringBuilder big = new StringBuilder();
            for (String agent : List.of("GPTBot", "CCBot", "Google-Extended", "ClaudeBot", "anthropic-ai", "Bytespider",
                    "PerplexityBot", "Amazonbot")) {
                big.append("User-agent: ").append(agent).append("\nDisallow: /\n\n");
            }
            big.append("User-agent: *\n");
            for (int i = 0; i < 800; i++) {
                big.append("Disallow: /path").append(i).append("/*?q=\n");
            }
            inputs.add(new String[] {"synthetic-8-ai-groups-800-rules.txt", big.toString()});
        }
        LicensingStage stage = new LicensingStage(Configs.defaults());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        for (String[] input : inputs) {
            byte[] bytes = input[1].getBytes(StandardCharsets.UTF_8);
            SiteResources resources = new SiteResources("https://x.org", new SiteResource(input[1], 200, "bench@0", null),
                    null);
            RobotsTxtPolicy.Groups groups = RobotsTxtPolicy.Groups.parse(input[1]);
            List<String> agents = new ArrayList<>(List.of("eurocuratewildcardprobe", "ccbot"));
            for (String a : stage.aiAgents()) {
                String t = a.toLowerCase(Locale.ROOT);
                if (groups.names(t) && !agents.contains(t)) {
                    agents.add(t);
                }
            }
            for (int round = 0; round < 5; round++) {
                int n = 300;
                long t0 = threads.getCurrentThreadCpuTime();
                SitePolicy site = null;
                for (int i = 0; i < n; i++) {
                    site = stage.site(resources);
                }
                long t1 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    for (String agent : agents) {
                        parser.parseContent("http://x.org/robots.txt", bytes, "text/plain", List.of(agent));
                    }
                }
                long t2 = threads.getCurrentThreadCpuTime();
                int urls = 10_000;
                int disallowed = 0;
                for (int i = 0; i < urls; i++) {
                    if (!site.robots("https://x.org/path" + (i % 1000) + "/a?q=1").disallowedAgents().isEmpty()) {
                        disallowed++;
                    }
                }
                long t3 = threads.getCurrentThreadCpuTime();
                double build = (t1 - t0) / 1e3 / n;
                double baseline = (t2 - t1) / 1e3 / n;
                System.out.printf("%s (%d B, %d agents parsed): build %.0f us, baseline full-file parses %.0f us "
                        + "(x%.1f); evaluate %.1f us/URL (%d of %d disallowed for some agent)%n", input[0], bytes.length,
                        agents.size(), build, baseline, baseline / build, (t3 - t2) / 1e3 / urls, disallowed, urls);
            }
        }
    }
}
