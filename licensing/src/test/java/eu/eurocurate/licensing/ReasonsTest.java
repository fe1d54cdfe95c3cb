package eu.eurocurate.licensing;

import eu.eurocurate.core.config.LicensingConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
