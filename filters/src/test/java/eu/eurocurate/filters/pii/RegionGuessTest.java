package eu.eurocurate.filters.pii;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegionGuessTest {

    @Test
    void urlCountryCodeWinsOverLanguage() {
        assertEquals("AT", RegionGuess.of("https://www.orf.at/news", "deu_Latn"));
        assertEquals("GB", RegionGuess.of("https://www.bbc.co.uk/", "eng_Latn"));
    }

    @Test
    void languageDecidesForGenericDomains() {
        assertEquals("DE", RegionGuess.of("https://example.com/", "deu_Latn"));
        assertEquals("ME", RegionGuess.of("https://example.org/", "cnr_Latn"));
        assertEquals("MT", RegionGuess.of(null, "mlt"));
    }

    @Test
    void unknownWithoutEither() {
        assertEquals(RegionGuess.UNKNOWN, RegionGuess.of("https://europa.eu/", null));
        assertEquals(RegionGuess.UNKNOWN, RegionGuess.of("not a url", "und"));
        assertEquals(RegionGuess.UNKNOWN, RegionGuess.of("http://[bad", null));
    }
}
