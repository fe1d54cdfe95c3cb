package eu.eurocurate.licensing;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.LicensingConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LicensingStageTest {

    private static final List<String> ALL_SIGNALS =
            List.of("tdm_reservation_header", "tdm_reservation_meta", "noai_meta", "noai_header");
    private static final LicensingConfig DEFAULTS = Configs.licensing("2026-11-26", ALL_SIGNALS, true);

    private static Document doc(String markup) {
        return new Document("d1", new SourceLocator("test.warc.gz", 0, 100, null, "response"))
                .url("https://example.com/page").contentType("text/html").markup(markup).text("text");
    }

    private static Decision run(LicensingConfig config, Document d) {
        new LicensingStage(config).process(d);
        assertEquals(1, d.decisions().size());
        return d.decisions().get(0);
    }

    @Test
    void reservedByTdmReservationHeader() {
        Document d = doc("<html><body>x</body></html>").header("tdm-reservation", "1")
                .header("tdm-policy", "https://provider.com/policies/policy.json");
        Decision decision = run(DEFAULTS, d);
        assertEquals(Verdict.DROP, decision.verdict());
        assertEquals(Reasons.RESERVED_TDM_RESERVATION_HEADER, decision.reason());
        assertEquals(1.0, decision.value());
        assertEquals("policy=2026-11-26; tdm_reservation_header=1; tdm-policy=https://provider.com/policies/policy.json",
                decision.detail());
        assertEquals(LicensingStage.BASIS_NONE, d.attributes().get(LicensingStage.ATTR_LEGAL_BASIS));
        assertEquals("https://provider.com/policies/policy.json", d.attributes().get(LicensingStage.ATTR_TDM_POLICY));
        assertEquals("tdm_reservation_header=1", d.attributes().get(LicensingStage.ATTR_SIGNALS));
    }

    @Test
    void reservedByTdmReservationMeta() {
        Decision decision = run(DEFAULTS, doc(OptOutDetectorTest.TDMREP_META_EXAMPLE));
        assertEquals(Verdict.DROP, decision.verdict());
        assertEquals(Reasons.RESERVED_TDM_RESERVATION_META, decision.reason());
    }

    @Test
    void reservedByNoaiMeta() {
        Document d = doc("<head><meta name=\"robots\" content=\"noai, noimageai\"></head>");
        Decision decision = run(DEFAULTS, d);
        assertEquals(Reasons.RESERVED_NOAI_META, decision.reason());
        assertEquals("noai_meta,noimageai_meta", d.attributes().get(LicensingStage.ATTR_SIGNALS));
    }

    @Test
    void reservedByNoaiHeader() {
        Document d = doc(null).header("X-Robots-Tag", "noai");
        assertEquals(Reasons.RESERVED_NOAI_HEADER, run(DEFAULTS, d).reason());
    }

    @Test
    void licensedWhenACreativeCommonsLicenceIsFound() {
        Document d = doc(Pages.load(Pages.EBB_ORG));
        Decision decision = run(DEFAULTS, d);
        assertEquals(Verdict.KEEP, decision.verdict());
        assertEquals(Reasons.LICENSED, decision.reason());
        assertEquals("policy=2026-11-26; CC-BY-SA-3.0", decision.detail());
        assertEquals(LicensingStage.BASIS_LICENCE, d.attributes().get(LicensingStage.ATTR_LEGAL_BASIS));
        assertEquals("share_alike", d.attributes().get(LicensingStage.ATTR_LICENCE_CLASS));
        assertEquals("body_link", d.attributes().get(LicensingStage.ATTR_LICENCE_SOURCE));
        assertEquals("low", d.attributes().get(LicensingStage.ATTR_LICENCE_CONFIDENCE));
        assertEquals(1.0, decision.value());
        assertEquals("CC-BY-SA-3.0", d.attributes().get(LicensingStage.ATTR_SPDX));
        assertEquals("us", d.attributes().get(LicensingStage.ATTR_LICENCE_PORT));
        assertEquals("body_link CC-BY-SA-3.0 http://creativecommons.org/licenses/by-sa/3.0/us/",
                d.attributes().get(LicensingStage.ATTR_LICENCE_EVIDENCE));
        assertEquals("2026-11-26", d.attributes().get(LicensingStage.ATTR_POLICY_VERSION));
    }

    @Test
    void okWhenNothingIsFound() {
        Document d = doc(Pages.load(Pages.GOOGLE_SRE_BOOK));
        Decision decision = run(DEFAULTS, d);
        assertEquals(Verdict.KEEP, decision.verdict());
        assertEquals(Reasons.OK, decision.reason());
        assertEquals(0.0, decision.value());
        assertEquals(List.of(LicensingStage.ATTR_LEGAL_BASIS, LicensingStage.ATTR_POLICY_VERSION,
                LicensingStage.ATTR_ROBOTS_TXT, LicensingStage.ATTR_TDMREP_JSON), List.copyOf(d.attributes().keySet()));
        assertEquals(LicensingStage.BASIS_TDM_EXCEPTION, d.attributes().get(LicensingStage.ATTR_LEGAL_BASIS));
        assertEquals(SitePolicy.NOT_CHECKED, d.attributes().get(LicensingStage.ATTR_ROBOTS_TXT));
        assertEquals("policy=2026-11-26", decision.detail());
    }

    @Test
    void flagsInsteadOfDroppingWhenConfigured() {
        LicensingConfig keepReserved = Configs.licensing("2026-11-26", ALL_SIGNALS, false);
        Decision decision = run(keepReserved, doc(null).header("tdm-reservation", "1"));
        assertEquals(Verdict.FLAG, decision.verdict());
        assertEquals(Reasons.RESERVED_TDM_RESERVATION_HEADER, decision.reason());
    }

    @Test
    void signalsNotListedInTheConfigurationAreRecordedButNotCounted() {
        LicensingConfig tdmOnly = Configs.licensing("p", List.of("tdm_reservation_header", "tdm_reservation_meta"),
                true);
        Document d = doc("<meta name=robots content=noai><a rel=license href=\"https://creativecommons.org/"
                + "licenses/by/4.0/\">CC BY</a>");
        Decision decision = run(tdmOnly, d);
        assertEquals(Reasons.LICENSED, decision.reason());
        assertEquals("noai_meta", d.attributes().get(LicensingStage.ATTR_SIGNALS));
    }

    @Test
    void aReservationWinsOverALicenceAndTheFirstConfiguredSignalNamesIt() {
        LicensingConfig noaiFirst = Configs.licensing("p", List.of("noai_header", "tdm_reservation_meta"), true);
        Document d = doc("<head><meta name=tdm-reservation content=1>"
                + "<link rel=license href=\"https://creativecommons.org/licenses/by/4.0/\"></head>")
                .header("x-robots-tag", "noai");
        Decision decision = run(noaiFirst, d);
        assertEquals(Reasons.RESERVED_NOAI_HEADER, decision.reason());
        assertEquals(2.0, decision.value(), "both counted signals are present");
        assertEquals("CC-BY-4.0", d.attributes().get(LicensingStage.ATTR_SPDX), "the licence is still recorded");
    }

    @Test
    void noReservationCountedWhenTheListIsEmpty() {
        LicensingConfig none = Configs.licensing("p", List.of(), true);
        Decision decision = run(none, doc(OptOutDetectorTest.TDMREP_META_EXAMPLE));
        assertEquals(Reasons.OK, decision.reason());
        assertFalse(decision.verdict() == Verdict.DROP);
    }

    @Test
    void evidenceValuesAreBounded() {
        String longHref = "https://example.com/" + "x".repeat(5000);
        Document d = doc("<a rel=license href=\"" + longHref + "\">terms</a>");
        run(DEFAULTS, d);
        String evidence = d.attributes().get(LicensingStage.ATTR_LICENCE_EVIDENCE);
        assertEquals("body_link ? " + longHref.substring(0, LicensingStage.MAX_EVIDENCE_VALUE_CHARS) + "...", evidence);
        assertNull(d.attributes().get(LicensingStage.ATTR_SPDX));
    }

    @Test
    void rejectsSignalsItCannotCount() {
        assertThrows(IllegalArgumentException.class,
                () -> new LicensingStage(Configs.licensing("p", List.of("noimageai_meta"), true)));
    }

    // Site-level signals: one test per reason code, on the real archive.org robots.txt where it fits.

    private static SitePolicy site(LicensingStage stage, String robots, String tdmrep) {
        return stage.site(new SiteResources("https://example.com",
                robots == null ? null : new SiteResource(robots, 200, "robots.warc.gz@10", "2024-05-18T02:39:44Z"),
                tdmrep == null ? null : new SiteResource(tdmrep, 200, "tdmrep.warc.gz@20", "2024-05-18T02:40:00Z")));
    }

    private static Decision runSite(LicensingConfig config, Document d, String robots, String tdmrep) {
        LicensingStage stage = new LicensingStage(config);
        stage.process(d, site(stage, robots, tdmrep));
        assertEquals(1, d.decisions().size());
        return d.decisions().get(0);
    }

    private static final LicensingConfig SITE_DEFAULTS = Configs.defaults();

    @Test
    void reservedByRobotsTxtAll() {
        Document d = doc("<p>x</p>").url("https://example.com/nothing---please-crawl-us--/page");
        Decision decision = runSite(SITE_DEFAULTS, d, RobotsTxtPolicyTest.resource("archive.org-2008-04-30.txt"), null);
        assertEquals(Reasons.RESERVED_ROBOTS_TXT_ALL, decision.reason());
        assertEquals(2.0, decision.value(), "robots_txt_all and robots_txt_crawler (CCBot falls back to *)");
        assertEquals("*,CCBot", d.attributes().get(LicensingStage.ATTR_ROBOTS_DISALLOWED));
        assertEquals("parsed status=200 robots.warc.gz@10 2024-05-18T02:39:44Z",
                d.attributes().get(LicensingStage.ATTR_ROBOTS_TXT));
        assertEquals("not_captured", d.attributes().get(LicensingStage.ATTR_TDMREP_JSON));
    }

    @Test
    void reservedByRobotsTxtCrawler() {
        Document d = doc("<p>x</p>").url("https://example.com/control/x");
        String robots = RobotsTxtPolicyTest.resource("archive.org-2013-10-21.txt");
        LicensingConfig crawlerFirst = Configs.licensing("p", List.of("robots_txt_crawler", "robots_txt_all"), true);
        assertEquals(Reasons.RESERVED_ROBOTS_TXT_CRAWLER, runSite(crawlerFirst, d, robots, null).reason());
    }

    @Test
    void reservedByRobotsTxtAi() {
        Document d = doc(Pages.load(Pages.EBB_ORG)).url("https://example.com/a");
        Decision decision = runSite(SITE_DEFAULTS, d, "User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
                null);
        assertEquals(Reasons.RESERVED_ROBOTS_TXT_AI, decision.reason());
        assertEquals("robots_txt_ai=GPTBot", d.attributes().get(LicensingStage.ATTR_SIGNALS));
        assertEquals("CC-BY-SA-3.0", d.attributes().get(LicensingStage.ATTR_SPDX), "the licence is still recorded");
        assertEquals(LicensingStage.BASIS_NONE, d.attributes().get(LicensingStage.ATTR_LEGAL_BASIS));
    }

    @Test
    void reservedByContentUsageRobots() {
        Document d = doc("<p>x</p>").url("https://example.com/test");
        Decision decision = runSite(SITE_DEFAULTS, d, "User-Agent: *\nAllow: /\nContent-Usage: / train-ai=n\n", null);
        assertEquals(Reasons.RESERVED_CONTENT_USAGE_ROBOTS, decision.reason());
        assertEquals("robots.txt * Content-Usage: / train-ai=n",
                d.attributes().get(LicensingStage.ATTR_SIGNAL_DETAILS));
    }

    @Test
    void reservedByContentSignalRobots() {
        Document d = doc("<p>x</p>").url("https://example.com/test");
        Decision decision = runSite(SITE_DEFAULTS, d,
                "User-Agent: *\nContent-Signal: search=yes, ai-train=no\nAllow: /\n", null);
        assertEquals(Reasons.RESERVED_CONTENT_SIGNAL_ROBOTS, decision.reason());
    }

    @Test
    void reservedByContentUsageHeader() {
        Document d = doc("<p>x</p>").header("Content-Usage", "train-ai=n");
        assertEquals(Reasons.RESERVED_CONTENT_USAGE_HEADER, run(SITE_DEFAULTS, d).reason());
    }

    @Test
    void reservedByTdmrepJson() {
        Document d = doc("<p>x</p>").url("https://example.com/directory-b/html/page.html");
        Decision decision = runSite(SITE_DEFAULTS, d, null, TdmRepFileTest.SPEC_EXAMPLE);
        assertEquals(Reasons.RESERVED_TDMREP_JSON, decision.reason());
        assertEquals("https://provider.com/policies/policy.json", d.attributes().get(LicensingStage.ATTR_TDM_POLICY));
        assertEquals("parsed status=200 tdmrep.warc.gz@20 2024-05-18T02:40:00Z",
                d.attributes().get(LicensingStage.ATTR_TDMREP_JSON));
    }

    @Test
    void pageMetaOverridesTdmrepJson() {
        Document d = doc("<head><meta name=tdm-reservation content=0></head>")
                .url("https://example.com/directory-a/x");
        Decision decision = runSite(SITE_DEFAULTS, d, null, TdmRepFileTest.SPEC_EXAMPLE);
        assertEquals(Reasons.OK, decision.reason());
        assertEquals("tdm_reservation_meta=0,tdmrep_json=1", d.attributes().get(LicensingStage.ATTR_SIGNALS));
    }

    @Test
    void noAcceptedLicence() {
        LicensingConfig openOnly = new LicensingConfig("p", Configs.allSignals(), true, "CCBot", List.of(),
                List.of("public_domain", "permissive", "CC-BY-SA-4.0"), true, List.of());
        Decision nc = run(openOnly, doc(Pages.load(Pages.GOOGLE_SRE_BOOK)));
        assertEquals(Verdict.DROP, nc.verdict());
        assertEquals(Reasons.NO_ACCEPTED_LICENCE, nc.reason());
        assertEquals(0.0, nc.value());
        Document sa = doc("<head><link rel=license href=\"https://creativecommons.org/licenses/by-sa/3.0/\"></head>");
        Decision decision = run(openOnly, sa);
        assertEquals(Reasons.NO_ACCEPTED_LICENCE, decision.reason());
        assertEquals("policy=p; CC-BY-SA-3.0 not accepted", decision.detail());
        Document byId = doc("<head><link rel=license href=\"https://creativecommons.org/licenses/by-sa/4.0/\"></head>");
        assertEquals(Reasons.LICENSED, run(openOnly, byId).reason(), "accepted by SPDX id");
    }

    @Test
    void unacceptedLicenceFallsBackToTheTdmException() {
        LicensingConfig permissiveOnly = new LicensingConfig("p", Configs.allSignals(), true, "CCBot", List.of(),
                List.of("permissive"), false, List.of());
        Document d = doc(Pages.load(Pages.EBB_ORG));
        assertEquals(Reasons.OK, run(permissiveOnly, d).reason());
        assertEquals(LicensingStage.BASIS_TDM_EXCEPTION, d.attributes().get(LicensingStage.ATTR_LEGAL_BASIS));
        assertEquals("share_alike", d.attributes().get(LicensingStage.ATTR_LICENCE_CLASS));
    }

    @Test
    void euLicenceFromJsonLd() {
        Document d = doc("<head><script type=\"application/ld+json\">{\"@type\":\"Dataset\",\"license\":"
                + "\"https://www.etalab.gouv.fr/licence-ouverte-open-licence\"}</script></head>");
        Decision decision = run(SITE_DEFAULTS, d);
        assertEquals(Reasons.LICENSED, decision.reason());
        assertEquals("etalab-2.0", d.attributes().get(LicensingStage.ATTR_SPDX));
        assertEquals("permissive", d.attributes().get(LicensingStage.ATTR_LICENCE_CLASS));
        assertEquals("json_ld", d.attributes().get(LicensingStage.ATTR_LICENCE_SOURCE));
        assertEquals("high", d.attributes().get(LicensingStage.ATTR_LICENCE_CONFIDENCE));
    }

    @Test
    void boundStageGivesTheSameDecision() {
        LicensingStage stage = new LicensingStage(SITE_DEFAULTS);
        SitePolicy policy = site(stage, "User-agent: *\nDisallow: /\n", null);
        Document a = doc("<p>x</p>");
        Document b = doc("<p>x</p>");
        stage.process(a, policy);
        eu.eurocurate.core.Stage bound = stage.forSite(policy);
        bound.process(b);
        assertEquals(LicensingStage.NAME, bound.name());
        assertEquals(LicensingStage.VERSION, bound.version());
        assertEquals(a.decisions(), b.decisions());
        assertEquals(a.attributes(), b.attributes());
    }

    @Test
    void shippedDefaultsCountEverySignal() {
        LicensingConfig shipped = eu.eurocurate.core.config.ConfigLoader.defaults().licensing();
        assertEquals(LicensingConfig.SIGNALS, java.util.Set.copyOf(shipped.reservationSignals()));
        LicensingStage stage = new LicensingStage(shipped);
        assertEquals(AiUserAgents.bundled(), stage.aiAgents());
        assertEquals("CCBot", shipped.crawlerToken());
    }
}
