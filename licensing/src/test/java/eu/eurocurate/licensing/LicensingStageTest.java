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
    private static final LicensingConfig DEFAULTS = new LicensingConfig("2026-11-26", ALL_SIGNALS, true);

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
        assertEquals("tdm_reservation_header=1; tdm-policy=https://provider.com/policies/policy.json", decision.detail());
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
        assertEquals("CC-BY-SA-3.0", decision.detail());
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
        assertEquals(List.of(LicensingStage.ATTR_POLICY_VERSION), List.copyOf(d.attributes().keySet()));
    }

    @Test
    void flagsInsteadOfDroppingWhenConfigured() {
        LicensingConfig keepReserved = new LicensingConfig("2026-11-26", ALL_SIGNALS, false);
        Decision decision = run(keepReserved, doc(null).header("tdm-reservation", "1"));
        assertEquals(Verdict.FLAG, decision.verdict());
        assertEquals(Reasons.RESERVED_TDM_RESERVATION_HEADER, decision.reason());
    }

    @Test
    void signalsNotListedInTheConfigurationAreRecordedButNotCounted() {
        LicensingConfig tdmOnly = new LicensingConfig("p", List.of("tdm_reservation_header", "tdm_reservation_meta"),
                true);
        Document d = doc("<meta name=robots content=noai><a rel=license href=\"https://creativecommons.org/"
                + "licenses/by/4.0/\">CC BY</a>");
        Decision decision = run(tdmOnly, d);
        assertEquals(Reasons.LICENSED, decision.reason());
        assertEquals("noai_meta", d.attributes().get(LicensingStage.ATTR_SIGNALS));
    }

    @Test
    void aReservationWinsOverALicenceAndTheFirstConfiguredSignalNamesIt() {
        LicensingConfig noaiFirst = new LicensingConfig("p", List.of("noai_header", "tdm_reservation_meta"), true);
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
        LicensingConfig none = new LicensingConfig("p", List.of(), true);
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
                () -> new LicensingStage(new LicensingConfig("p", List.of("noimageai_meta"), true)));
    }
}
