package eu.eurocurate.licensing;

import eu.eurocurate.core.config.LicensingConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReasonsTest {

    @Test
    void oneReservedCodePerConfigurableSignal() {
        for (String id : LicensingConfig.SIGNALS) {
            OptOutSignal signal = OptOutSignal.byId(id).orElseThrow();
            assertEquals("licensing.reserved." + id, Reasons.reserved(signal));
        }
    }

    @Test
    void imageOnlySignalsHaveNoReservedCode() {
        assertThrows(IllegalArgumentException.class, () -> Reasons.reserved(OptOutSignal.NOIMAGEAI_META));
    }

    @Test
    void everyReasonCodeIsDocumentedInTheReadme() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        for (java.lang.reflect.Field f : Reasons.class.getFields()) {
            String code = (String) f.get(null);
            assertTrue(readme.contains("`" + code + "`"), code + " is missing from README.md");
        }
    }

    @Test
    void reasonCodesStartWithTheirStage() {
        assertTrue(Reasons.NO_ACCEPTED_LICENCE.startsWith(LicensingStage.NAME + "."));
        assertTrue(Reasons.REMOVAL_REQUEST.startsWith(RemovalStage.NAME + "."));
        assertTrue(Reasons.REMOVAL_OK.startsWith(RemovalStage.NAME + "."));
    }
}
