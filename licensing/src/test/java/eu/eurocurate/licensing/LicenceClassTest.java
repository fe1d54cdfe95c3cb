package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LicenceClassTest {

    @Test
    void creativeCommons() {
        assertEquals(LicenceClass.PUBLIC_DOMAIN, LicenceClass.of("CC0-1.0"));
        assertEquals(LicenceClass.PUBLIC_DOMAIN, LicenceClass.of("CC-PDM-1.0"));
        assertEquals(LicenceClass.PUBLIC_DOMAIN, LicenceClass.of("CC-PDDC"));
        assertEquals(LicenceClass.PERMISSIVE, LicenceClass.of("CC-BY-4.0"));
        assertEquals(LicenceClass.PERMISSIVE, LicenceClass.of("CC-BY-3.0-DE"));
        assertEquals(LicenceClass.SHARE_ALIKE, LicenceClass.of("CC-BY-SA-3.0-IGO"));
        assertEquals(LicenceClass.SHARE_ALIKE, LicenceClass.of("CC-SA-1.0"));
        assertEquals(LicenceClass.NON_COMMERCIAL, LicenceClass.of("CC-BY-NC-ND-4.0"), "NC wins over ND");
        assertEquals(LicenceClass.NON_COMMERCIAL, LicenceClass.of("LicenseRef-CC-NC-SA-1.0"));
        assertEquals(LicenceClass.NO_DERIVATIVES, LicenceClass.of("CC-BY-ND-2.5"));
        assertEquals(LicenceClass.NO_DERIVATIVES, LicenceClass.of("LicenseRef-CC-ND-1.0"));
        assertEquals(LicenceClass.PERMISSIVE, LicenceClass.of("LicenseRef-CC-BY-2.1-JP"));
        assertEquals(LicenceClass.UNKNOWN, LicenceClass.of("LicenseRef-CC-SAMPLINGPLUS-1.0"));
    }

    @Test
    void euOpenLicences() {
        assertEquals(LicenceClass.PERMISSIVE, LicenceClass.of("etalab-2.0"));
        assertEquals(LicenceClass.PERMISSIVE, LicenceClass.of("DL-DE-BY-2.0"));
        assertEquals(LicenceClass.PUBLIC_DOMAIN, LicenceClass.of("DL-DE-ZERO-2.0"));
        assertEquals(LicenceClass.NON_COMMERCIAL, LicenceClass.of("LicenseRef-DL-DE-BY-NC-1.0"));
        assertEquals(LicenceClass.PERMISSIVE, LicenceClass.of("NLOD-2.0"));
        assertEquals(LicenceClass.PERMISSIVE, LicenceClass.of("OGL-UK-3.0"));
        assertEquals(LicenceClass.SHARE_ALIKE, LicenceClass.of("EUPL-1.2"));
        assertEquals(LicenceClass.SHARE_ALIKE, LicenceClass.of("ODbL-1.0"));
        assertEquals(LicenceClass.PERMISSIVE, LicenceClass.of("ODC-By-1.0"));
        assertEquals(LicenceClass.PUBLIC_DOMAIN, LicenceClass.of("PDDL-1.0"));
    }

    @Test
    void unknown() {
        assertEquals(LicenceClass.UNKNOWN, LicenceClass.of("GFDL-1.3-or-later"));
        assertEquals(LicenceClass.UNKNOWN, LicenceClass.of(null));
        assertEquals("no_derivatives", LicenceClass.NO_DERIVATIVES.label());
    }
}
