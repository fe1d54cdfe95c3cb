package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreativeCommonsCatalogueTest {

    private final CreativeCommonsCatalogue catalogue = new CreativeCommonsCatalogue();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(nullValues = "-", value = {
            // the four 4.0 licences named by the brief, as CC's chooser writes them
            "https://creativecommons.org/licenses/by/4.0/, CC-BY-4.0, -",
            "http://creativecommons.org/licenses/by-sa/3.0/, CC-BY-SA-3.0, -",
            "https://creativecommons.org/licenses/by-nc-nd/2.5/, CC-BY-NC-ND-2.5, -",
            "https://creativecommons.org/publicdomain/zero/1.0/, CC0-1.0, -",
            "https://creativecommons.org/publicdomain/mark/1.0/, CC-PDM-1.0, -",
            "http://creativecommons.org/licenses/publicdomain/, CC-PDDC, -",
            // ports: own SPDX id where the list has one, else the generic id and the port
            "https://creativecommons.org/licenses/by-sa/3.0/de/, CC-BY-SA-3.0-DE, -",
            "https://creativecommons.org/licenses/by/3.0/igo/, CC-BY-3.0-IGO, -",
            "https://creativecommons.org/licenses/by-sa/2.1/jp/, CC-BY-SA-2.1-JP, -",
            "http://creativecommons.org/licenses/by-sa/3.0/us/, CC-BY-SA-3.0, us",
            "http://creativecommons.org/licenses/by-nc-sa/2.5/scotland/, CC-BY-NC-SA-2.5, scotland",
            "http://creativecommons.org/licenses/by/2.1/jp/, LicenseRef-CC-BY-2.1-JP, -",
            // CC 1.0 wrote by-nd-nc; SPDX orders the elements BY-NC-ND
            "http://creativecommons.org/licenses/by-nd-nc/1.0/, CC-BY-NC-ND-1.0, -",
            "http://creativecommons.org/licenses/sa/1.0/, CC-SA-1.0, -",
            "http://creativecommons.org/licenses/nc/1.0/, LicenseRef-CC-NC-1.0, -",
            "http://creativecommons.org/licenses/sampling+/1.0/, LicenseRef-CC-SAMPLINGPLUS-1.0, -",
            // deeds, legal codes, query strings, protocol-relative, www, upper case
            "https://creativecommons.org/licenses/by/4.0/deed.de, CC-BY-4.0, -",
            "https://creativecommons.org/licenses/by-nc/4.0/legalcode.fr, CC-BY-NC-4.0, -",
            "https://creativecommons.org/licenses/by-sa/4.0/?ref=chooser-v1, CC-BY-SA-4.0, -",
            "//creativecommons.org/licenses/by-sa/3.0/, CC-BY-SA-3.0, -",
            "http://www.creativecommons.org/licenses/by-nd/2.0/, CC-BY-ND-2.0, -",
            "HTTPS://CreativeCommons.org/Licenses/BY/4.0, CC-BY-4.0, -",
            "creativecommons.org/licenses/by/4.0/, CC-BY-4.0, -",
            // short names in meta tags
            "CC BY-SA 4.0, CC-BY-SA-4.0, -",
            "CC-BY-NC-ND-3.0, CC-BY-NC-ND-3.0, -",
            "Licensed under cc by 4.0 International, CC-BY-4.0, -",
            "CC0 1.0 Universal, CC0-1.0, -",
            "Public Domain Mark 1.0, CC-PDM-1.0, -",
            "CC PDM, CC-PDM-1.0, -",
    })
    void mapsToSpdx(String statement, String spdx, String port) {
        assertEquals(Optional.of(new Licence(spdx, port)), catalogue.identify(statement));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://i.creativecommons.org/l/by/4.0/88x31.png",      // the badge image, not the licence
            "https://notcreativecommons.org/licenses/by/4.0/",
            "https://creativecommons.org/about/",
            "https://creativecommons.org/licenses/",
            "https://example.com/licenses/by/4.0/",
            "/terms-of-use",
            "All rights reserved",
            "ACC BY 4.0",
            "PDMS monitoring",
            "",
            "   "})
    void recognisesNothingElse(String statement) {
        assertEquals(Optional.empty(), catalogue.identify(statement));
    }

    @Test
    void everySpdxIdIsWellFormed() {
        for (String id : CreativeCommonsCatalogue.SPDX_IDS) {
            assertTrue(id.matches("CC(0|-[A-Z]+(-[A-Z]+)*)(-\\d\\.\\d(-[A-Z]+)?)?"), id);
        }
    }
}
