package eu.eurocurate.filters.pii;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

class PiiMaskerTest {

    private final PiiMasker masker = new PiiMasker(PiiTestSupport.defaults());

    @Test
    void masksEveryTypeWithItsPlaceholder() {
        String text = "Mail jan@seznam.cz, IP 81.169.145.5, tel. +420 224 091 111, IBAN CZ65 0800 0000 1920 0014 5399, "
                + "karta 4111 1111 1111 1111, CF RSSMRA85T10A562S.";
        PiiMasker.Result r = masker.mask(text, "CZ");
        assertEquals("Mail <EMAIL>, IP <IP_ADDRESS>, tel. <PHONE>, IBAN <IBAN>, karta <PAYMENT_CARD>, CF <NATIONAL_ID>.",
                r.text());
        for (PiiType t : PiiType.values()) {
            assertEquals(1, r.counts().get(t), t.key());
        }
        assertEquals(Map.of("it_codice_fiscale", 1), r.nationalIdCounts());
    }

    @Test
    void earlierDetectorsWinOverlaps() {
        // A card number is also a digit string libphonenumber might read; it is masked once, as a card.
        PiiMasker.Result r = masker.mask("5555555555554444", "GB");
        assertEquals("<PAYMENT_CARD>", r.text());
        assertEquals(0, r.counts().get(PiiType.PHONE));
    }

    @Test
    void placeholdersAreConfigurableAndTypesSwitchable() {
        PiiMasker custom = new PiiMasker(PiiTestSupport.with("pii.placeholders.email=\"[e-mail]\"", "pii.phone=false"));
        PiiMasker.Result r = custom.mask("a.b@example.org +33 1 42 68 53 00", "FR");
        assertEquals("[e-mail] +33 1 42 68 53 00", r.text());
        assertEquals(List.of(PiiType.EMAIL, PiiType.IBAN, PiiType.NATIONAL_ID, PiiType.PAYMENT_CARD,
                PiiType.IP_ADDRESS), custom.enabledTypes());
    }

    @Test
    void aNamedNationalIdThatIsAlsoALuhnValidCardNumberIsANationalId() {
        // 5800816243750: a valid Romanian CNP and a Luhn-valid 13-digit number in Maestro's range (found by the
        // labelled recall set).
        assertTrue(PaymentCardDetector.issuerAccepts("5800816243750") && Checksums.luhn("5800816243750"));
        PiiMasker.Result r = new PiiMasker(PiiTestSupport.with()).mask("Titular CNP 5800816243750, Cluj.", "RO");
        assertEquals("Titular CNP <NATIONAL_ID>, Cluj.", r.text());
    }

    @Test
    void textWithoutPiiIsReturnedAsIs() {
        String text = "Nothing personal here, only 42 apples and 3.5 kg of flour.";
        PiiMasker.Result r = masker.mask(text, "GB");
        assertSame(text, r.text());
        assertEquals(0, r.maskedChars());
        assertEquals(0.0, r.density(text.length()));
    }
}
