package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SerbianTransliterationTest {

    @Test
    void cyrillicToLatinWritesTheDigraphs() {
        assertEquals("ljubav, njega i džep đak ćup", SerbianTransliteration.toLatin("Љубав, њега и џеп ђак ћуп"));
    }

    @Test
    void latinToCyrillicReadsTheDigraphsAsOneLetter() {
        assertEquals("љубав, њега и џеп ђак ћуп", SerbianTransliteration.toCyrillic("Ljubav, njega i džep đak ćup"));
    }

    @Test
    void roundTripsOrdinarySerbian() {
        String cyr = "република србија је држава у југоисточној европи";
        assertEquals(cyr, SerbianTransliteration.toCyrillic(SerbianTransliteration.toLatin(cyr)));
    }
}
