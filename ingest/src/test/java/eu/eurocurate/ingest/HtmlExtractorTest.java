package eu.eurocurate.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {

    private static final String PAGE = "<html lang='DE-at'><body><nav><a href=/>Startseite</a> <a href=/x>Kontakt</a>"
            + "</nav><article><p>" + "Der Gemeinderat hat am Montag, nach langer Debatte, den Haushalt beschlossen. "
            .repeat(5) + "</p></article><footer>Impressum</footer></body></html>";

    @Test
    void mainContentDropsNavigationAndFooter() {
        HtmlExtractor.Result r = new HtmlExtractor("main_content").extract(PAGE, "http://example.at/");
        assertTrue(r.text().startsWith("Der Gemeinderat"), r.text());
        assertFalse(r.text().contains("Startseite"));
        assertFalse(r.text().contains("Impressum"));
        assertEquals("de-at", r.htmlLang());
    }

    @Test
    void allTextKeepsEveryVisibleText() {
        HtmlExtractor.Result r = new HtmlExtractor("all_text").extract(PAGE, null);
        assertTrue(r.text().startsWith("Startseite Kontakt"), r.text());
        assertTrue(r.text().endsWith("Impressum"));
    }

    @Test
    void missingLanguageIsNull() {
        assertNull(new HtmlExtractor("all_text").extract("<p>x</p>", "").htmlLang());
    }

    @Test
    void unknownModeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlExtractor("readability"));
    }
}
