package eu.eurocurate.licensing;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The site-wide signals of one origin, parsed once from its {@link SiteResources} and evaluated for each of its pages:
 * robots.txt ({@link RobotsTxtPolicy}) and {@code /.well-known/tdmrep.json} ({@link TdmRepFile}), each with the
 * provenance of the copy used. Built by {@link LicensingStage#site(SiteResources)}; immutable and thread-safe.
 */
public final class SitePolicy implements Serializable {

    /** No site resources were looked at: pages are judged on their own signals only. */
    public static final SitePolicy NONE = new SitePolicy(null, null, null, null, null);

    /** Recorded as the robots.txt / tdmrep.json provenance when no site resources were looked at. */
    public static final String NOT_CHECKED = "not_checked";

    private final String origin;
    private final RobotsTxtPolicy robots;
    private final TdmRepFile tdmrep;
    private final String robotsProvenance;
    private final String tdmrepProvenance;

    private SitePolicy(String origin, RobotsTxtPolicy robots, TdmRepFile tdmrep, String robotsProvenance,
            String tdmrepProvenance) {
        this.origin = origin;
        this.robots = robots;
        this.tdmrep = tdmrep;
        this.robotsProvenance = robotsProvenance;
        this.tdmrepProvenance = tdmrepProvenance;
    }

    /**
     * Parses an origin's resources.
     *
     * @param crawlerToken the product token of the crawler that fetched the pages
     * @param aiAgents     AI-training product tokens to evaluate robots.txt for
     */
    public static SitePolicy compile(SiteResources resources, String crawlerToken, List<String> aiAgents) {
        Objects.requireNonNull(resources, "resources");
        RobotsTxtPolicy robots = RobotsTxtPolicy.parse(resources.robotsTxt(), crawlerToken, aiAgents);
        TdmRepFile tdmrep = TdmRepFile.parse(resources.tdmrepJson());
        return new SitePolicy(resources.origin(), robots, tdmrep,
                provenance(robots.status().label(), resources.robotsTxt()),
                provenance(tdmrep.status().label(), resources.tdmrepJson()));
    }

    private static String provenance(String status, SiteResource capture) {
        return capture == null ? status : status + " " + capture.provenance();
    }

    /** True for {@link #NONE}. */
    public boolean isNone() {
        return robots == null;
    }

    public String origin() {
        return origin;
    }

    /** {@code <status> status=<http> <source> <fetch time>} of the robots.txt copy used, e.g. {@code parsed status=200 x.warc.gz@42 2024-05-18T02:39:44Z}. */
    public String robotsProvenance() {
        return robots == null ? NOT_CHECKED : robotsProvenance;
    }

    /** Same for tdmrep.json. */
    public String tdmrepProvenance() {
        return tdmrep == null ? NOT_CHECKED : tdmrepProvenance;
    }

    /** robots.txt's verdict on the URL; an empty evaluation for {@link #NONE}. */
    public RobotsEvaluation robots(String url) {
        if (robots == null) {
            return new RobotsEvaluation(RobotsTxtPolicy.Status.NOT_CAPTURED, List.of(), false, false, List.of(), null,
                    null);
        }
        return robots.evaluate(url);
    }

    /** The tdmrep.json rule for the URL, or null (no file, no matching rule, or {@link #NONE}). */
    public TdmRepFile.Rule tdmrep(String url) {
        return tdmrep == null ? null : tdmrep.match(url).orElse(null);
    }
}
