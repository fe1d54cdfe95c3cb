package eu.eurocurate.filters.pii;

import org.junit.jupiter.api.Test;

import java.util.List;

import static eu.eurocurate.filters.pii.PiiTestSupport.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EmailDetectorTest {

    private final EmailDetector detector = new EmailDetector();

    @Test
    void findsAddressesIncludingInternationalisedOnes() {
        assertEquals(List.of("jan.novak@seznam.cz", "müller@beispiel.de"),
                found(detector, "Pište na jan.novak@seznam.cz. Oder an müller@beispiel.de!", "ZZ"));
        assertEquals(List.of("info+news@example-shop.co.uk"),
                found(detector, "(info+news@example-shop.co.uk)", "ZZ"));
    }

    @Test
    void aCapitalisedWordGluedAfterTheDomainIsNotItsTld() {
        // From the Lingua test sentences (swe): a missing space after the address.
        assertEquals(List.of("kansliet@dhb.se"), found(detector, "Via e-post: kansliet@dhb.se.De kan vara tips", "ZZ"));
    }

    @Test
    void rejectsImageNamesHandlesAndBrokenDomains() {
        assertEquals(List.of(), found(detector, "logo@2x.png icon@3x.webp @handle user@localhost a@b.c x@-bad-.com "
                + "y@bad..com", "ZZ"));
    }
}
