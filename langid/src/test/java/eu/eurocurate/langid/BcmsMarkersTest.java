package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class BcmsMarkersTest {

    @Test
    void ijekavianFormsPointToCroatianAndBosnianCroatianWordsToCroatianOnly() {
        // gdje, prije: ijekavian (hrv, bos); tko, tisuću: Croatian
        assertArrayEquals(new int[] {4, 2, 0}, BcmsMarkers.count("Gdje je tko bio prije tisuću godina?"));
    }

    @Test
    void ekavianFormsPointToSerbianAlsoInCyrillic() {
        // Lingua's Serbian test sentence: "deo" and "mestu" are ekavian
        assertArrayEquals(new int[] {0, 0, 2}, BcmsMarkers.count("Први део сезоне ФК РЕАЦ је завршио на 6 месту."));
        assertArrayEquals(new int[] {0, 0, 1}, BcmsMarkers.count("GDE?"), "case and punctuation do not matter");
    }

    @Test
    void bosnianAndSharedBosnianSerbianWords() {
        // historijski: Bosnian; uspjeh: ijekavian; aprila: Bosnian and Serbian (Croatian: travnja)
        assertArrayEquals(new int[] {1, 3, 1}, BcmsMarkers.count("10. aprila 2010. godine ostvaren je historijski uspjeh."));
    }

    @Test
    void formsSharedByTheStandardsAreNoEvidence() {
        // vremena (genitive of vrijeme and of vreme alike), svet ("holy" in Croatian), reci ("say" everywhere)
        assertArrayEquals(new int[] {0, 0, 0}, BcmsMarkers.count("Reci mi, sveti oče, koliko je vremena prošlo."));
    }
}
