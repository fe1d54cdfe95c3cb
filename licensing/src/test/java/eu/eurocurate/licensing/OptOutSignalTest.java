package eu.eurocurate.licensing;

import eu.eurocurate.core.config.LicensingConfig;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OptOutSignalTest {

    @Test
    void reservationSignalsAreExactlyTheConfigurableOnes() {
        Set<String> reservations = Arrays.stream(OptOutSignal.values()).filter(OptOutSignal::isReservation)
                .map(OptOutSignal::id).collect(Collectors.toSet());
        assertEquals(LicensingConfig.SIGNALS, reservations);
    }

    @Test
    void looksUpById() {
        assertEquals(Optional.of(OptOutSignal.NOAI_HEADER), OptOutSignal.byId("noai_header"));
        assertEquals(Optional.empty(), OptOutSignal.byId("NOAI_HEADER"));
    }
}
