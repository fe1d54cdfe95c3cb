package eu.eurocurate.filters.pii;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksumsTest {

    @Test
    void luhnAcceptsPublishedTestCardsAndRejectsAChangedDigit() {
        assertTrue(Checksums.luhn("4111111111111111"));
        assertTrue(Checksums.luhn("378282246310005"));
        assertTrue(Checksums.luhn("5555555555554444"));
        assertFalse(Checksums.luhn("4111111111111112"));
        assertFalse(Checksums.luhn("41111111x1111111"));
        assertFalse(Checksums.luhn("4"));
    }

    @Test
    void ibanAcceptsRegistryExamplesAndRejectsBadCheckOrLength() {
        assertTrue(Checksums.iban("DE89370400440532013000"));
        assertTrue(Checksums.iban("GB82WEST12345698765432"));
        assertTrue(Checksums.iban("FR1420041010050500013M02606"));
        assertFalse(Checksums.iban("DE89370400440532013001"), "check digits fail");
        assertFalse(Checksums.iban("DE8937040044053201300"), "one character short for DE");
        assertFalse(Checksums.iban("QQ89370400440532013000"), "no such country");
        assertFalse(Checksums.iban("DE"));
    }

    @Test
    void iso7064Mod11_10ChecksTheLastDigit() {
        assertTrue(Checksums.iso7064Mod11_10("86095742719"));
        assertFalse(Checksums.iso7064Mod11_10("86095742718"));
    }

    @Test
    void isDateKnowsLeapYears() {
        assertTrue(Checksums.isDate(2000, 2, 29));
        assertFalse(Checksums.isDate(1900, 2, 29));
        assertFalse(Checksums.isDate(2001, 13, 1));
        assertFalse(Checksums.isDate(2001, 4, 31));
    }
}
