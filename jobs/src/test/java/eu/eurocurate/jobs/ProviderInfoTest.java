package eu.eurocurate.jobs;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderInfoTest {

    @Test
    void theDocumentedExampleReads() {
        ProviderInfo p = ProviderInfo.read(Path.of("..", "conf", "provider.yaml"));
        assertEquals("Example AI Lab", p.providerName());
        assertEquals("example-llm-7b-v1", p.modelName());
        assertNull(p.placementDate());
        assertFalse(p.isSme());
    }

    @Test
    void missingKeysAreLeftToCompleteAndUnknownKeysAreAnError() {
        ProviderInfo p = ProviderInfo.parse("model_name: m\nsme: true\n");
        assertEquals(ProviderInfo.TO_COMPLETE, ProviderInfo.orToComplete(p.providerName()));
        assertTrue(p.isSme());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProviderInfo.parse("modle_name: m\n"));
        assertTrue(e.getMessage().contains("modle_name"), e.getMessage());
    }

    @Test
    void smesListFewerDomainsThanTheTopTenPercent() {
        assertEquals(0, AuditJob.summaryDomains(0, ProviderInfo.empty()));
        assertEquals(1, AuditJob.summaryDomains(3, ProviderInfo.empty()));
        assertEquals(2_000, AuditJob.summaryDomains(20_000, ProviderInfo.empty()));
        ProviderInfo sme = ProviderInfo.parse("sme: true\n");
        assertEquals(1_000, AuditJob.summaryDomains(200_000, sme));
        assertEquals(500, AuditJob.summaryDomains(10_000, sme));
    }
}
