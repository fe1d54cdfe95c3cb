package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptOutDetectorTest {

    private final OptOutDetector detector = new OptOutDetector();

    /** The TDMRep final report's example of "TDM Metadata in HTML Content". */
    static final String TDMREP_META_EXAMPLE = """
            <!DOCTYPE html>
            <html lang="en">
              <head>
                <meta charset="utf-8">
                <meta name="tdm-reservation" content="1">
                <meta name="tdm-policy" content="https://provider.com/policies/policy.json">
                <title>Document title</title>
              </head>
              <body>
                ...
                <!-- body content -->
                ...
              </body>
            </html>
            """;

    @Test
    void tdmrepHeaderExample() {
        // Report, "TDM Header Field in HTTP Responses", first example: tdm-reservation: 1 on an image.
        OptOutReport r = detector.detect((String) null, Map.of("content-type", "image/jpg", "tdm-reservation", "1"));
        assertEquals(Set.of(OptOutSignal.TDM_RESERVATION_HEADER), r.present());
        assertEquals(List.of("tdm_reservation_header=1"), r.observed());
        assertNull(r.tdmPolicy());
    }

    @Test
    void tdmrepHeaderWithPolicyExample() {
        OptOutReport r = detector.detect("<html><body>x</body></html>", Map.of("tdm-reservation", "1",
                "tdm-policy", "https://provider.com/policies/policy.json"));
        assertTrue(r.has(OptOutSignal.TDM_RESERVATION_HEADER));
        assertEquals("https://provider.com/policies/policy.json", r.tdmPolicy());
    }

    @Test
    void tdmrepMetaExample() {
        OptOutReport r = detector.detect(TDMREP_META_EXAMPLE, Map.of());
        assertEquals(Set.of(OptOutSignal.TDM_RESERVATION_META), r.present());
        assertEquals("https://provider.com/policies/policy.json", r.tdmPolicy());
    }

    @Test
    void zeroMeansNotReserved() {
        assertTrue(detector.detect((String) null, Map.of("tdm-reservation", "0")).present().isEmpty());
        assertTrue(detector.detect("<meta name=tdm-reservation content=0>", Map.of()).present().isEmpty());
    }

    @Test
    void htmlSupersedesTheHeader() {
        // Report, "Processing priority": values in HTML supersede those of the header.
        OptOutReport r = detector.detect("<meta name=\"tdm-reservation\" content=\"0\">",
                Map.of("tdm-reservation", "1"));
        assertTrue(r.present().isEmpty());
        assertEquals(List.of("tdm_reservation_header=1", "tdm_reservation_meta=0"), r.observed());
    }

    @Test
    void otherValuesAreProtocolErrorsAndLeaveTheReservationUnset() {
        OptOutReport r = detector.detect("<meta name=tdm-reservation content=yes>", Map.of("tdm-reservation", "2"));
        assertTrue(r.present().isEmpty());
        assertEquals(List.of("tdm_reservation_header=invalid", "tdm_reservation_meta=invalid"), r.observed());
        // an invalid meta does not override a valid header
        assertTrue(detector.detect("<meta name=tdm-reservation content=maybe>", Map.of("tdm-reservation", " 1 "))
                .has(OptOutSignal.TDM_RESERVATION_HEADER));
    }

    @Test
    void noaiAndNoimageaiInRobotsMeta() {
        OptOutReport r = detector.detect("<meta name=\"robots\" content=\"noai, noimageai\">", Map.of());
        assertEquals(Set.of(OptOutSignal.NOAI_META, OptOutSignal.NOIMAGEAI_META), r.present());
        OptOutReport imagesOnly = detector.detect("<META NAME=Robots CONTENT=\"index, NoImageAI\">", Map.of());
        assertEquals(Set.of(OptOutSignal.NOIMAGEAI_META), imagesOnly.present());
        assertFalse(detector.detect("<meta name=\"googlebot\" content=\"noai\">", Map.of()).has(OptOutSignal.NOAI_META),
                "only the generic robots meta is read");
    }

    @Test
    void noaiInXRobotsTag() {
        assertTrue(detector.detect((String) null, Map.of("x-robots-tag", "noai")).has(OptOutSignal.NOAI_HEADER));
        assertTrue(detector.detect((String) null, Map.of("x-robots-tag", "googlebot: noindex, otherbot: noai"))
                .has(OptOutSignal.NOAI_HEADER));
        OptOutReport r = detector.detect((String) null, Map.of("x-robots-tag", "noindex, noaicontent, noimageai"));
        assertEquals(Set.of(OptOutSignal.NOIMAGEAI_HEADER), r.present());
    }

    @Test
    void nothingOnAnOrdinaryRealPage() {
        OptOutReport r = detector.detect(Pages.load(Pages.WIKIPEDIA), Map.of("content-type", "text/html"));
        assertTrue(r.present().isEmpty());
        assertTrue(r.observed().isEmpty());
    }

    private static TdmRepFile.Rule fileRule(int reservation) {
        return new TdmRepFile.Rule("/", reservation, reservation == 1 ? "https://provider.com/policies/file.json" : null);
    }

    @Test
    void tdmrepFileAppliesWhenThePageSaysNothing() {
        OptOutReport r = detector.detect(List.of(), Map.of(), null, fileRule(1));
        assertEquals(Set.of(OptOutSignal.TDMREP_JSON), r.present());
        assertEquals(List.of("tdmrep_json=1"), r.observed());
        assertEquals("https://provider.com/policies/file.json", r.tdmPolicy());
        assertEquals(List.of("tdmrep.json location=/ tdm-reservation=1"), r.details());
    }

    @Test
    void tdmrepHeaderSupersedesTheFile() {
        // Report, "Processing priority": header values "supercede any value inferred from a TDM file".
        OptOutReport r = detector.detect(List.of(), Map.of("tdm-reservation", "0"), null, fileRule(1));
        assertTrue(r.present().isEmpty());
        assertEquals(List.of("tdm_reservation_header=0", "tdmrep_json=1"), r.observed());
        OptOutReport header = detector.detect(List.of(), Map.of("tdm-reservation", "1"), null, fileRule(0));
        assertEquals(Set.of(OptOutSignal.TDM_RESERVATION_HEADER), header.present());
    }

    @Test
    void tdmrepMetaSupersedesHeaderAndFile() {
        List<MarkupTag> meta0 = MarkupScanner.scan("<meta name=tdm-reservation content=0>");
        assertTrue(detector.detect(meta0, Map.of("tdm-reservation", "1"), null, fileRule(1)).present().isEmpty());
        List<MarkupTag> meta1 = MarkupScanner.scan("<meta name=tdm-reservation content=1>");
        assertEquals(Set.of(OptOutSignal.TDM_RESERVATION_META),
                detector.detect(meta1, Map.of("tdm-reservation", "0"), null, fileRule(0)).present());
    }

    @Test
    void invalidValuesFallThroughToTheNextSource() {
        List<MarkupTag> bad = MarkupScanner.scan("<meta name=tdm-reservation content=yes>");
        assertEquals(Set.of(OptOutSignal.TDMREP_JSON),
                detector.detect(bad, Map.of("tdm-reservation", "maybe"), null, fileRule(1)).present());
        assertTrue(detector.detect(List.of(), Map.of(), null, fileRule(-1)).present().isEmpty());
    }

    @Test
    void contentUsageHeader() {
        // draft-ietf-aipref-attach, section 1.2 example: "Content-Usage: train-ai=n".
        OptOutReport r = detector.detect((String) null, Map.of("content-usage", "train-ai=n"));
        assertEquals(Set.of(OptOutSignal.CONTENT_USAGE_HEADER), r.present());
        assertEquals(List.of("content_usage_header=n"), r.observed());
        OptOutReport allowed = detector.detect((String) null, Map.of("content-usage", "train-ai=y, search=y"));
        assertTrue(allowed.present().isEmpty());
        assertEquals(List.of("content_usage_header=y"), allowed.observed());
        assertEquals(List.of("content_usage_header=unknown"),
                detector.detect((String) null, Map.of("content-usage", "TRAIN-AI=N")).observed());
    }

    @Test
    void robotsSignals() {
        RobotsEvaluation e = new RobotsEvaluation(RobotsTxtPolicy.Status.PARSED, List.of("*", "CCBot", "GPTBot"), true,
                true, List.of("GPTBot"), "* Content-Usage: / train-ai=n", "* Content-Signal: ai-train=no");
        OptOutReport r = detector.detect(List.of(), Map.of(), e, null);
        assertEquals(Set.of(OptOutSignal.ROBOTS_TXT_ALL, OptOutSignal.ROBOTS_TXT_CRAWLER, OptOutSignal.ROBOTS_TXT_AI,
                OptOutSignal.CONTENT_USAGE_ROBOTS, OptOutSignal.CONTENT_SIGNAL_ROBOTS), r.present());
        assertEquals(List.of("robots_txt_all", "robots_txt_crawler", "robots_txt_ai=GPTBot", "content_usage_robots",
                "content_signal_robots"), r.observed());
        assertEquals(List.of("robots.txt * Content-Usage: / train-ai=n", "robots.txt * Content-Signal: ai-train=no"),
                r.details());
    }
}
