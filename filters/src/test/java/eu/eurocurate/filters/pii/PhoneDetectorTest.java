package eu.eurocurate.filters.pii;

import org.junit.jupiter.api.Test;

import java.util.List;

import static eu.eurocurate.filters.pii.PiiTestSupport.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneDetectorTest {

    private final PhoneDetector detector = new PhoneDetector();

    @Test
    void findsNationalNumbersInTheGuessedRegion() {
        assertEquals(List.of("030 12345678"), found(detector, "Rufen Sie uns an: 030 12345678.", "DE"));
        assertEquals(List.of("01 42 68 53 00"), found(detector, "Appelez le 01 42 68 53 00 !", "FR"));
    }

    @Test
    void findsInternationalNumbersWithoutARegion() {
        assertEquals(List.of("+33 1 42 68 53 00"), found(detector, "Tél. +33 1 42 68 53 00", "ZZ"));
    }

    @Test
    void rejectsNumbersInvalidForTheRegionAndNationalNumbersWithoutOne() {
        assertEquals(List.of(), found(detector, "Rufen Sie uns an: 030 12345678.", "ZZ"));
        assertEquals(List.of(), found(detector, "+49 1", "DE"));
        assertEquals(List.of(), found(detector, "In 2019 there were 12345 visitors and 2020 more.", "GB"));
    }

    @Test
    void datesYearRangesAndThousandsAreNotPhones() {
        // Each was reported by libphonenumber in the Lingua test sentences (precision check in the README).
        assertEquals(List.of(), found(detector, "Globaliseringspuljen 2010 - 2012 skal forhandles; FCN (2011-2012); "
                + "udgivet den 28/03-2014", "DK"));
        assertEquals(List.of(), found(detector, "rund 20% auf 349.000 Einheiten; TASPO 37/2000; 666 04.02.2001", "DE"));
        assertEquals(List.of(), found(detector, "Objavil Urednistvo 08. 09. 2013 pod kategorijo", "SI"));
    }

    @Test
    void anUnbalancedParenthesisStaysOutsideTheSpan() {
        assertEquals(List.of("0541/704689"), found(detector, "in Via Ducale 7 (0541/704689). Per fare", "IT"));
    }
}
