package eu.eurocurate.filters.pii;

import org.junit.jupiter.api.Test;

import java.util.List;

import static eu.eurocurate.filters.pii.PiiTestSupport.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IbanDetectorTest {

    private final IbanDetector detector = new IbanDetector();

    @Test
    void findsPrintedAndCompactIbans() {
        assertEquals(List.of("DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606"),
                found(detector, "Konto: DE89 3704 0044 0532 0130 00 BIC COBADEFF; compte FR1420041010050500013M02606.",
                        "ZZ"));
    }

    @Test
    void rejectsFailingCheckDigitsWrongLengthAndUnknownCountries() {
        assertEquals(List.of(), found(detector, "DE89 3704 0044 0532 0130 01, DE89 3704 0044 0532 0130, "
                + "QQ89370400440532013000, DE89370400440532013000123", "ZZ"));
    }
}
