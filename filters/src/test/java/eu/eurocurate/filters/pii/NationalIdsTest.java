package eu.eurocurate.filters.pii;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Valid examples are the issuers' or Wikipedia's published examples where one exists; invalid ones change a digit. */
class NationalIdsTest {

    @Test
    void belgianNationalNumber() {
        assertTrue(NationalIds.beNationalNumber("85073003328"));
        assertFalse(NationalIds.beNationalNumber("85073003329"));
        assertFalse(NationalIds.beNationalNumber("85133003328"), "month 13");
    }

    @Test
    void germanSteuerId() {
        assertTrue(NationalIds.deSteuerId("86095742719"));
        assertFalse(NationalIds.deSteuerId("86095742718"), "check digit");
        assertFalse(NationalIds.deSteuerId("12345678903"), "no digit repeated in the first ten");
        assertFalse(NationalIds.deSteuerId("06095742719"), "leading zero");
    }

    @Test
    void danishCprNeedsARealBirthDate() {
        assertTrue(NationalIds.dkCpr("0707614285"));
        assertFalse(NationalIds.dkCpr("3102614285"), "31 February");
    }

    @Test
    void spanishDniAndNie() {
        assertTrue(NationalIds.esDni("12345678Z"));
        assertFalse(NationalIds.esDni("12345678A"));
        assertTrue(NationalIds.esNie("X1234567L"));
        assertFalse(NationalIds.esNie("X1234567M"));
    }

    @Test
    void finnishHetu() {
        assertTrue(NationalIds.fiHetu("131052-308T"));
        assertFalse(NationalIds.fiHetu("131052-308U"));
        assertFalse(NationalIds.fiHetu("311352-308T"), "month 13");
    }

    @Test
    void frenchNirIncludingCorsica() {
        assertTrue(NationalIds.frNir("255081416802538"));
        assertTrue(NationalIds.frNir("283052A00100224"));
        assertFalse(NationalIds.frNir("255081416802539"));
        assertFalse(NationalIds.frNir("555081416802538"), "sex digit 5");
    }

    @Test
    void irishPpsn() {
        assertTrue(NationalIds.iePpsn("1234567T"));
        assertTrue(NationalIds.iePpsn("1234567TW"));
        assertFalse(NationalIds.iePpsn("1234567U"));
    }

    @Test
    void italianCodiceFiscale() {
        assertTrue(NationalIds.itCodiceFiscale("RSSMRA85T10A562S"));
        assertFalse(NationalIds.itCodiceFiscale("RSSMRA85T10A562T"));
        assertFalse(NationalIds.itCodiceFiscale("RSSMRA85F10A562S"), "F is no month letter");
    }

    @Test
    void dutchBsn() {
        assertTrue(NationalIds.nlBsn("111222333"));
        assertTrue(NationalIds.nlBsn("123456782"));
        assertFalse(NationalIds.nlBsn("123456789"));
        assertFalse(NationalIds.nlBsn("000000000"));
    }

    @Test
    void polishPeselIncludingTheTwentyFirstCentury() {
        assertTrue(NationalIds.plPesel("44051401359"));
        assertTrue(NationalIds.plPesel("02210501236"));
        assertFalse(NationalIds.plPesel("44051401358"));
        assertFalse(NationalIds.plPesel("44053201359"), "32 May");
    }

    @Test
    void romanianCnp() {
        assertTrue(NationalIds.roCnp("1960523460016"));
        assertTrue(NationalIds.roCnp("5000101400012"));
        assertFalse(NationalIds.roCnp("1960523460017"));
        assertFalse(NationalIds.roCnp("1960523990016"), "county 99");
    }

    @Test
    void swedishPersonnummer() {
        assertTrue(NationalIds.sePersonnummer("8112289874"));
        assertTrue(NationalIds.sePersonnummer("198112289874"));
        assertTrue(NationalIds.sePersonnummer("9001011239"));
        assertFalse(NationalIds.sePersonnummer("8112289875"));
    }

    @Test
    void bulgarianEgn() {
        assertTrue(NationalIds.bgEgn("7523169263"), "born 1875: month + 20");
        assertTrue(NationalIds.bgEgn("8501011234"));
        assertFalse(NationalIds.bgEgn("7523169264"));
        assertFalse(NationalIds.bgEgn("8513011234"), "month 13");
    }

    @Test
    void czechAndSlovakRodneCislo() {
        assertTrue(NationalIds.czRodneCislo("7801231230"));
        assertTrue(NationalIds.czRodneCislo("8051012343"), "a woman: month + 50");
        assertTrue(NationalIds.czRodneCislo("0453151237"), "born 2004");
        assertFalse(NationalIds.czRodneCislo("7801231231"));
        assertFalse(NationalIds.czRodneCislo("780123123"), "nine digits carry no check");
    }

    @Test
    void estonianAndLithuanianPersonalCodes() {
        assertTrue(NationalIds.balticPersonalCode("37605030299"));
        assertTrue(NationalIds.balticPersonalCode("33309240064"));
        assertFalse(NationalIds.balticPersonalCode("37605030298"));
        assertFalse(NationalIds.balticPersonalCode("77605030299"), "no century digit 7");
    }

    @Test
    void croatianOib() {
        assertTrue(NationalIds.hrOib("69435151530"));
        assertFalse(NationalIds.hrOib("69435151531"));
    }
}
