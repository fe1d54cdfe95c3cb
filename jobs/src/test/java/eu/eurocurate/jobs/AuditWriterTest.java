package eu.eurocurate.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rendering alone, on hand-made figures (the end-to-end test checks them against a real ledger). */
class AuditWriterTest {

    static AuditFigures figures() {
        return new AuditFigures(
                new AuditFigures.Run("run-1", "eurocurate-test", "cafe", "2026-11-26T09:00:00Z", "2026-11-26"),
                new AuditFigures.Totals(10, 9, 4, 6, 1_234_567, 5_000, 90_000),
                List.of(new AuditFigures.LanguageRow("deu_Latn", 3, 1_000_000, 4_000),
                        new AuditFigures.LanguageRow("mlt_Latn", 1, 234_567, 1_000)),
                List.of(new AuditFigures.StageRow("ingest", 10, 9, 0, 1), new AuditFigures.StageRow("licensing", 9, 4, 0, 5)),
                List.of(new AuditFigures.RemovalRow("ingest", "ingest.content_type", 1),
                        new AuditFigures.RemovalRow("licensing", "licensing.reserved.robots_txt_ai", 4),
                        new AuditFigures.RemovalRow("removal", "removal.request", 1)),
                List.of(new AuditFigures.LicenceRow("CC-BY-4.0", "permissive", 1, 100), new AuditFigures.LicenceRow("none", "unknown", 3, 10)),
                List.of(new AuditFigures.CountRow("tdm_exception", 3), new AuditFigures.CountRow("licence", 1)),
                List.of(new AuditFigures.SignalRow("robots_txt_ai", "robots.txt", 5, 4)),
                3,
                List.of(new AuditFigures.DomainRow("<b>&x.example", 5, 2, 3_000, 700, 40_000)),
                List.of(new AuditFigures.DomainRow("<b>&x.example", 5, 2, 3_000, 700, 40_000)),
                new AuditFigures.Period("2024-04-15T00:00:00Z", "2024-06-15T00:00:00Z"));
    }

    @Test
    void htmlIsSelfContainedAndEscaped() {
        String html = AuditWriter.html(figures());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("&lt;b&gt;&amp;x.example"), "names from the data are escaped");
        assertFalse(html.contains("<b>&x"));
        assertTrue(html.contains("1,234,567"), "tokens kept");
        assertTrue(html.contains("licensing.reserved.robots_txt_ai"));
        assertEquals(5, html.split("<svg").length - 1, "one chart per section");
    }

    @Test
    void theSummaryCountsReservationsAndTakedownsByReasonCode() {
        String md = AuditWriter.summary(figures(), ProviderInfo.empty());
        assertTrue(md.contains("Documents removed because of a rights reservation: 4."));
        assertTrue(md.contains("Documents removed on request (takedown list): 1."));
        assertTrue(md.contains("Provider name and contact details: " + ProviderInfo.TO_COMPLETE));
        assertTrue(md.contains("| mlt_Latn | 1 | 234,567 | 19.0% |"), md);
    }

    @Test
    void sizeBandsAreTheTemplates() {
        assertEquals("less than 1 billion tokens", AuditWriter.sizeBand(999_999_999L));
        assertEquals("1 billion to 10 trillion tokens", AuditWriter.sizeBand(1_000_000_000L));
        assertEquals("more than 10 trillion tokens", AuditWriter.sizeBand(10_000_000_000_001L));
    }

    @Test
    void jsonHasTheSameFigures() throws Exception {
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(AuditWriter.json(figures()));
        assertEquals(1_234_567, j.at("/totals/tokens").asLong());
        assertEquals("robots_txt_ai", j.at("/opt_out_signals/0/signal").asText());
        assertEquals(40_000, j.at("/top_scraped_domains/0/scraped_bytes").asLong());
    }

    /**
     * Headless Chromium (Debian's chromium package) renders the report with no console error and takes a screenshot;
     * skipped where no Chromium is installed.
     */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void chromiumRendersTheReportWithoutConsoleErrors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Process which = new ProcessBuilder("bash", "-c", "command -v chromium || command -v chromium-browser || command -v google-chrome")
                .redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(which.waitFor() == 0, "no chromium binary");
        java.nio.file.Files.writeString(dir.resolve(AuditWriter.HTML), AuditWriter.html(figures()));
        java.nio.file.Path shot = dir.resolve("shot.png");
        Process p = new ProcessBuilder("bash", "src/test/scripts/render-audit.sh", dir.toString(), shot.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "chromium finished");
        assertEquals(0, p.exitValue(), log);
        assertTrue(java.nio.file.Files.size(shot) > 1_000, log);
    }

    @Test
    void anUnfilledSlotIsAnError() {
        assertThrows(IllegalStateException.class, () -> AuditWriter.fill("a {{b}} c", Map.of()));
        assertEquals("a x c", AuditWriter.fill("a {{b}} c", Map.of("b", "x")));
    }
}
