package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EuOpenLicenceCatalogueTest {

    private final EuOpenLicenceCatalogue catalogue = new EuOpenLicenceCatalogue();

    private String spdx(String statement) {
        return catalogue.identify(statement).map(Licence::spdx).orElse(null);
    }

    @Test
    void etalab() {
        assertEquals("etalab-2.0", spdx("https://www.etalab.gouv.fr/licence-ouverte-open-licence"));
        assertEquals("etalab-2.0",
                spdx("https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf"));
        assertEquals("LicenseRef-Etalab-1.0", spdx("http://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf"));
        assertEquals("etalab-2.0", spdx("Licence Ouverte / Open Licence version 2.0"));
        assertEquals("LicenseRef-Etalab-1.0", spdx("Licence Ouverte v1.0"));
        assertEquals("etalab-2.0", spdx("etalab-2.0"));
    }

    @Test
    void datenlizenzDeutschland() {
        assertEquals("DL-DE-BY-2.0", spdx("https://www.govdata.de/dl-de/by-2-0"));
        assertEquals("DL-DE-ZERO-2.0", spdx("https://www.govdata.de/dl-de/zero-2-0"));
        assertEquals("LicenseRef-DL-DE-BY-1.0", spdx("http://www.govdata.de/dl-de/by-1-0"));
        assertEquals("LicenseRef-DL-DE-BY-NC-1.0", spdx("https://www.govdata.de/dl-de/by-nc-1-0"));
        assertEquals("DL-DE-BY-2.0", spdx("Datenlizenz Deutschland – Namensnennung – Version 2.0"));
        assertEquals("DL-DE-ZERO-2.0", spdx("Datenlizenz Deutschland – Zero – Version 2.0"));
        assertEquals("DL-DE-BY-2.0", spdx("dl-de/by-2-0"));
        assertEquals("DL-DE-ZERO-2.0", spdx("DL-DE-ZERO-2.0"));
    }

    @Test
    void nlod() {
        assertEquals("NLOD-2.0", spdx("https://data.norge.no/nlod/no/2.0"));
        assertEquals("NLOD-1.0", spdx("http://data.norge.no/nlod/en/1.0"));
        assertEquals("NLOD-2.0", spdx("Norsk lisens for offentlige data (NLOD) 2.0"));
    }

    @Test
    void openGovernmentLicence() {
        assertEquals("OGL-UK-3.0",
                spdx("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"));
        assertEquals("OGL-UK-2.0", spdx("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/"));
        assertEquals("OGL-UK-1.0", spdx("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/"));
        assertEquals("OGL-UK-3.0", spdx("http://www.nationalarchives.gov.uk/doc/open-government-licence/"));
        assertEquals("OGL-UK-3.0", spdx("Open Government Licence v3.0"));
        assertEquals("OGL-UK-2.0", spdx("OGL v2.0"));
        assertEquals(null, spdx("Ogle County records"), "a word starting with ogl is not the licence");
    }

    @Test
    void eupl() {
        assertEquals("EUPL-1.2", spdx("https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12"));
        assertEquals("EUPL-1.1", spdx("https://joinup.ec.europa.eu/software/page/eupl/licence-eupl-v11"));
        assertEquals("EUPL-1.2", spdx("https://eupl.eu/1.2/en/"));
        assertEquals("EUPL-1.2", spdx("EUPL-1.2"));
        assertEquals("EUPL-1.1", spdx("European Union Public Licence v. 1.1"));
        assertEquals("EUPL-1.2", spdx("https://joinup.ec.europa.eu/collection/eupl"));
    }

    @Test
    void openDataCommons() {
        assertEquals("ODbL-1.0", spdx("https://opendatacommons.org/licenses/odbl/1-0/"));
        assertEquals("ODC-By-1.0", spdx("http://opendatacommons.org/licenses/by/1.0/"));
        assertEquals("PDDL-1.0", spdx("https://opendatacommons.org/licenses/pddl/"));
        assertEquals("ODbL-1.0", spdx("Open Database License (ODbL)"));
        assertEquals("ODC-By-1.0", spdx("ODC-By"));
    }

    @Test
    void notOurs() {
        assertEquals(Optional.empty(), catalogue.identify("https://creativecommons.org/licenses/by/4.0/"));
        assertEquals(Optional.empty(), catalogue.identify("© 2024 Example GmbH. Alle Rechte vorbehalten."));
        assertEquals(Optional.empty(), catalogue.identify("https://example.org/terms"));
        assertTrue(catalogue.identify(null).isEmpty());
    }
}
