package eu.eurocurate.licensing;

import java.util.List;

/**
 * What a site's robots.txt says about one URL ({@link RobotsTxtPolicy#evaluate}).
 *
 * @param status             what the capture allowed us to know
 * @param disallowedAgents   agents the URL is disallowed for, in order: {@code *}, the crawler token, AI agents
 * @param allDisallowed      the {@code *} group disallows the URL (or the file was unreachable: complete disallow)
 * @param crawlerDisallowed  the crawler's group (else {@code *}) disallows it
 * @param aiDisallowed       AI-training agents whose own group disallows it
 * @param contentUsage       {@code <agent> Content-Usage: <rule>} of the aipref rule that disallows AI training for
 *                           the URL, or null
 * @param contentSignal      {@code <agent> Content-Signal: <value>} of the Content Signals line with
 *                           {@code ai-train=no}, or null
 */
public record RobotsEvaluation(RobotsTxtPolicy.Status status, List<String> disallowedAgents, boolean allDisallowed,
        boolean crawlerDisallowed, List<String> aiDisallowed, String contentUsage, String contentSignal) {

    public RobotsEvaluation {
        disallowedAgents = List.copyOf(disallowedAgents);
        aiDisallowed = List.copyOf(aiDisallowed);
    }
}
