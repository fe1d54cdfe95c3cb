package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicenceDetectorTest {

    private final LicenceDetector detector = LicenceDetector.creativeCommons();

    /** The markup Creative Commons' (pre-2023) licence chooser gives authors to paste. */
    private static final String CC_CHOOSER = "<html><head><title>My work</title></head><body><p>Text.</p>"
            + "<a rel=\"license\" href=\"http://creativecommons.org/licenses/by/4.0/\"><img alt=\"Creative Commons "
            + "License\" style=\"border-width:0\" src=\"https://i.creativecommons.org/l/by/4.0/88x31.png\" /></a><br />"
            + "This work is licensed under a <a rel=\"license\" href=\"http://creativecommons.org/licenses/by/4.0/\">"
            + "Creative Commons Attribution 4.0 International License</a>.</body></html>";

    /** The markup of Creative Commons' current chooser (chooser-v1). */
    private static final String CC_CHOOSER_V1 = "<body><p xmlns:cc=\"http://creativecommons.org/ns#\" >This work is "
            + "licensed under <a href=\"https://creativecommons.org/licenses/by-sa/4.0/?ref=chooser-v1\" "
            + "target=\"_blank\" rel=\"license noopener noreferrer\" style=\"display:inline-block;\">CC BY-SA 4.0"
            + "<img style=\"height:22px!important;margin-left:3px;vertical-align:text-bottom;\" "
            + "src=\"https://mirrors.creativecommons.org/presskit/icons/cc.svg?ref=chooser-v1\" alt=\"\"></a></p>";

    @Test
    void readsTheLinkCreativeCommonsChooserProduces() {
        List<LicenceStatement> found = detector.detect(CC_CHOOSER, Map.of());
        assertEquals(1, found.size(), "the badge and the text link are the same statement");
        assertEquals(LicenceSource.BODY_LINK, found.get(0).source());
        assertEquals("CC-BY-4.0", found.get(0).licence().spdx());
    }

    @Test
    void readsTheCurrentChooserWithExtraRelTokensAndQuery() {
        LicenceStatement s = detector.detect(CC_CHOOSER_V1, Map.of()).get(0);
        assertEquals("CC-BY-SA-4.0", s.licence().spdx());
        assertEquals(LicenceSource.BODY_LINK, s.source());
    }

    @Test
    void readsHeadLinkAndTheCopyrightSynonym() {
        assertEquals(LicenceSource.HEAD_LINK, detector.detect(
                "<head><link rel=\"license\" href=\"https://creativecommons.org/licenses/by-nd/4.0/\"></head>",
                Map.of()).get(0).source());
        LicenceStatement copyright = detector.detect(
                "<head><link rel=\"copyright\" href=\"//creativecommons.org/licenses/by-sa/3.0/\" /></head>",
                Map.of()).get(0);
        assertEquals(LicenceSource.HEAD_LINK, copyright.source());
        assertEquals("CC-BY-SA-3.0", copyright.licence().spdx());
    }

    @Test
    void readsLicenceMetaTags() {
        String html = "<head>"
                + "<meta name=\"license\" content=\"https://creativecommons.org/licenses/by/4.0/\">"
                + "<meta name=\"DC.rights\" content=\"CC BY-NC 4.0\">"
                + "<meta name=\"dcterms.license\" content=\"https://creativecommons.org/publicdomain/zero/1.0/\">"
                + "<meta property=\"cc:license\" content=\"http://creativecommons.org/licenses/by-sa/2.5/\">"
                + "<meta name=\"description\" content=\"https://creativecommons.org/licenses/by-nd/4.0/\">"
                + "</head><body><div itemscope itemtype=\"https://schema.org/CreativeWork\">"
                + "<meta itemprop=\"license\" content=\"https://creativecommons.org/licenses/by-nc-sa/4.0/\"></div>";
        List<LicenceStatement> found = detector.detect(html, Map.of());
        assertEquals(List.of("CC-BY-4.0", "CC-BY-NC-4.0", "CC0-1.0", "CC-BY-SA-2.5", "CC-BY-NC-SA-4.0"),
                found.stream().map(s -> s.licence().spdx()).toList());
        assertEquals(LicenceSource.HEAD_META, found.get(0).source());
        assertEquals(LicenceSource.BODY_META, found.get(4).source());
    }

    @Test
    void readsTheHttpLinkHeaderWithoutMarkup() {
        Map<String, String> headers = Map.of("link", "<https://example.com/page/2>; rel=\"next\", "
                + "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"; title=\"CC BY 4.0\"");
        List<LicenceStatement> found = detector.detect((String) null, headers);
        assertEquals(1, found.size());
        assertEquals(LicenceSource.HTTP_HEADER, found.get(0).source());
        assertEquals("CC-BY-4.0", found.get(0).licence().spdx());
    }

    @Test
    void ordersStatementsByTrustAndPicksThePrimary() {
        String html = "<head><meta name=license content=\"CC BY-ND 4.0\"></head><body>"
                + "<a rel=license href=\"https://creativecommons.org/licenses/by-nc/4.0/\">photo licence</a>"
                + "<a rel=license href=\"/about/terms\">terms</a>";
        Map<String, String> headers = Map.of("link", "<https://creativecommons.org/licenses/by/4.0/>; rel=license");
        List<LicenceStatement> found = detector.detect(html, headers);
        assertEquals(List.of(LicenceSource.HTTP_HEADER, LicenceSource.HEAD_META, LicenceSource.BODY_LINK,
                LicenceSource.BODY_LINK), found.stream().map(LicenceStatement::source).toList());
        assertEquals("CC-BY-4.0", LicenceDetector.primary(found).orElseThrow().licence().spdx());
        assertNull(found.get(3).licence(), "a link to the site's own terms is recorded, not identified");
    }

    @Test
    void keepsUnidentifiedStatementsButNoPrimary() {
        List<LicenceStatement> found = detector.detect("<a rel=license href=\"https://www.gnu.org/licenses/fdl.html\">",
                Map.of());
        assertEquals(1, found.size());
        assertTrue(LicenceDetector.primary(found).isEmpty());
    }

    @Test
    void capsTheNumberOfStatements() {
        StringBuilder html = new StringBuilder("<body>");
        for (int i = 0; i < 100; i++) {
            html.append("<a rel=license href=\"/photo/").append(i).append("\">x</a>");
        }
        assertEquals(LicenceDetector.MAX_STATEMENTS, detector.detect(html.toString(), Map.of()).size());
    }

    @Test
    void acceptsOtherCatalogues() {
        LicenceCatalogue etalab = s -> s.contains("etalab.gouv.fr/licence-ouverte")
                ? java.util.Optional.of(Licence.of("etalab-2.0")) : java.util.Optional.empty();
        LicenceDetector both = new LicenceDetector(List.of(new CreativeCommonsCatalogue(), etalab));
        LicenceStatement s = both.detect("<head><link rel=license href=\"https://www.etalab.gouv.fr/licence-ouverte-"
                + "open-licence/\"></head>", Map.of()).get(0);
        assertEquals("etalab-2.0", s.licence().spdx());
    }

    @Test
    void realPageEbbOrgCarriesAUsPort() {
        List<LicenceStatement> found = detector.detect(Pages.load(Pages.EBB_ORG), Map.of());
        LicenceStatement primary = LicenceDetector.primary(found).orElseThrow();
        assertEquals(LicenceSource.BODY_LINK, primary.source());
        assertEquals(new Licence("CC-BY-SA-3.0", "us"), primary.licence());
        assertEquals("http://creativecommons.org/licenses/by-sa/3.0/us/", primary.value());
    }

    @Test
    void realPageWikipediaPrefersItsHeadLink() {
        List<LicenceStatement> found = detector.detect(Pages.load(Pages.WIKIPEDIA), Map.of());
        LicenceStatement primary = LicenceDetector.primary(found).orElseThrow();
        assertEquals(LicenceSource.HEAD_LINK, primary.source());
        assertEquals("CC-BY-SA-3.0", primary.licence().spdx());
        assertTrue(found.stream().anyMatch(s -> s.source() == LicenceSource.FOOTER_LINK && s.licence() == null),
                "the footer link to Wikipedia's own copy of the licence text is recorded as unidentified");
    }

    @Test
    void realPagePanArmenianNewsSite() {
        LicenceStatement primary = LicenceDetector.primary(
                detector.detect(Pages.load(Pages.PANARMENIAN), Map.of())).orElseThrow();
        assertEquals("CC-BY-3.0", primary.licence().spdx());
        assertEquals(LicenceSource.FOOTER_LINK, primary.source(), "the licence link sits in the site footer");
        assertEquals("medium", primary.source().confidence());
    }

    @Test
    void realPageWithAPlainLinkToALicenceIsNotAStatement() {
        // The SRE book page says "Licensed under <a href=.../by-nc-nd/4.0/>" without rel="license": prose, not markup
        // a machine can rely on, so no statement (a limitation documented in the README).
        assertTrue(detector.detect(Pages.load(Pages.GOOGLE_SRE_BOOK), Map.of()).isEmpty());
    }

    @Test
    void standardDetectorKnowsEuOpenLicences() {
        // A French open-data portal page: Dublin Core licence meta with the Etalab URL.
        List<LicenceStatement> found = LicenceDetector.standard().detect("<head><meta name=\"DCTERMS.license\" "
                + "content=\"https://www.etalab.gouv.fr/licence-ouverte-open-licence\"></head>", Map.of());
        assertEquals("etalab-2.0", LicenceDetector.primary(found).orElseThrow().licence().spdx());
        assertTrue(detector.detect("<head><meta name=\"DCTERMS.license\" content=\"https://www.etalab.gouv.fr/"
                + "licence-ouverte-open-licence\"></head>", Map.of()).get(0).identified().isEmpty(),
                "the Creative Commons detector alone does not know it");
    }

    @Test
    void trustOrderAcrossJsonLdFooterAndBody() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"image\":"
                + "{\"license\":\"https://creativecommons.org/licenses/by-nd/4.0/\"},\"license\":"
                + "\"https://creativecommons.org/licenses/by/4.0/\"}</script></head><body>"
                + "<a rel=license href=\"https://creativecommons.org/licenses/by-nc/4.0/\">photo</a>"
                + "<footer><a rel=license href=\"https://www.govdata.de/dl-de/by-2-0\">DL-DE</a></footer></body></html>";
        List<LicenceStatement> found = LicenceDetector.standard().detect(html, Map.of());
        assertEquals(List.of(LicenceSource.JSON_LD, LicenceSource.FOOTER_LINK, LicenceSource.BODY_LINK,
                LicenceSource.JSON_LD_NESTED), found.stream().map(LicenceStatement::source).toList());
        assertEquals(List.of("CC-BY-4.0", "DL-DE-BY-2.0", "CC-BY-NC-4.0", "CC-BY-ND-4.0"),
                found.stream().map(st -> st.licence().spdx()).toList());
        assertEquals(List.of("high", "medium", "low", "low"),
                found.stream().map(st -> st.source().confidence()).toList());
    }
}
