package eu.eurocurate.filters.pii;

import org.junit.jupiter.api.Test;

import java.util.List;

import static eu.eurocurate.filters.pii.PiiTestSupport.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentCardDetectorTest {

    private final PaymentCardDetector detector = new PaymentCardDetector();

    @Test
    void findsLuhnValidNumbersOfKnownIssuers() {
        assertEquals(List.of("4111 1111 1111 1111", "3782-822463-10005", "5555555555554444"),
                found(detector, "Visa 4111 1111 1111 1111, Amex 3782-822463-10005, MC 5555555555554444.", "ZZ"));
    }

    @Test
    void rejectsLuhnFailuresUnknownIssuersAndOddGrouping() {
        assertEquals(List.of(), found(detector, "4111 1111 1111 1112; 9111111111111111 (Luhn-valid, no issuer "
                + "starts with 9); 4111 1111-1111 1111; 41 11 11 11 11 11 11 11; order 1234567890123", "ZZ"));
    }

    @Test
    void issuerRangesCheckTheLength() {
        assertTrue(PaymentCardDetector.issuerAccepts("378282246310005"));
        assertFalse(PaymentCardDetector.issuerAccepts("3782822463100050"), "Amex numbers have 15 digits");
        assertTrue(PaymentCardDetector.issuerAccepts("2221000000000009"));
    }
}
