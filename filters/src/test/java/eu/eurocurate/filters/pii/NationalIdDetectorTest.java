package eu.eurocurate.filters.pii;

import eu.eurocurate.core.config.PiiConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static eu.eurocurate.filters.pii.PiiTestSupport.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NationalIdDetectorTest {

    private final NationalIdDetector all = new NationalIdDetector(NationalIdDetector.kinds());

    @Test
    void knowsExactlyTheKindsTheConfigurationAccepts() {
        assertEquals(PiiConfig.NATIONAL_ID_KINDS, Set.copyOf(NationalIdDetector.kinds()));
        assertThrows(IllegalArgumentException.class, () -> new NationalIdDetector(List.of("xx_nothing")));
    }

    @Test
    void distinctiveIdsNeedNoContext() {
        assertEquals(List.of("RSSMRA85T10A562S", "131052-308T", "2 55 08 14 168 025 38", "12345678Z", "X-1234567-L"),
                found(all, "CF RSSMRA85T10A562S; hetu 131052-308T; NIR 2 55 08 14 168 025 38; DNI 12345678Z; "
                        + "NIE X-1234567-L", "ZZ"));
    }

    @Test
    void weakNumericIdsNeedTheirNameInFront() {
        assertEquals(List.of("44051401359", "123456782", "1960523460016", "86095742719"),
                found(all, "Numer PESEL: 44051401359. Uw BSN is 123456782. CNP 1960523460016. "
                        + "Steuer-ID 86095742719.", "ZZ"));
        assertEquals(List.of(), found(all, "Bestellnummer 44051401359, Artikel 123456782, EAN 1960523460016, "
                + "Tel 86095742719.", "ZZ"));
    }

    @Test
    void belgianAndSwedishNeedContextOnlyWithoutSeparators() {
        assertEquals(List.of("85.07.30-033.28", "811228-9874"),
                found(all, "n° 85.07.30-033.28 et 811228-9874, mais 85073003328 et 8112289874 seuls", "ZZ"));
        assertEquals(List.of("85073003328", "8112289874"),
                found(all, "Rijksregisternummer 85073003328, personnummer 8112289874", "ZZ"));
    }

    @Test
    void checksumFailuresAreNotMasked() {
        assertEquals(List.of(), found(all, "CF RSSMRA85T10A562T; hetu 131052-308U; NIR 2 55 08 14 168 025 39; "
                + "DNI 12345678A; PESEL 44051401358; BSN 123456789; PPSN 1234567U; CPR 310261-4285", "ZZ"));
    }

    @Test
    void onlyConfiguredKindsAreFound() {
        NationalIdDetector italianOnly = new NationalIdDetector(List.of("it_codice_fiscale"));
        List<PiiMatch> out = new ArrayList<>();
        italianOnly.find("RSSMRA85T10A562S 12345678Z", "ZZ", out);
        assertEquals(1, out.size());
        assertEquals("it_codice_fiscale", out.get(0).kind());
    }

    @Test
    void theNewerKindsNeedTheirNamesOrSeparators() {
        assertEquals(List.of("7523169263", "780123/1230", "37605030299", "33309240064", "69435151530"),
                found(all, "ЕГН 7523169263; r.č. 780123/1230; isikukood 37605030299; asmens kodas 33309240064; "
                        + "OIB: 69435151530", "ZZ"));
        assertEquals(List.of("780123/1230"), found(all, "7523169263 and 780123/1230 and 7801231230", "ZZ"),
                "only the birth number with its slash is distinctive without a name");
    }

    @Test
    void sharedAlgorithmsAreAttributedByTheNearestName() {
        List<PiiMatch> out = new ArrayList<>();
        all.find("isikukood 37605030299; asmens kodas 33309240064", "ZZ", out);
        out.sort(java.util.Comparator.comparingInt(PiiMatch::start));
        assertEquals(List.of("ee_isikukood", "lt_asmens_kodas"), out.stream().map(PiiMatch::kind).toList());
    }
}
