package eu.eurocurate.ingest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainContentExtractorTest {

    private static final String PARAGRAPH = "<p>Vlada je v ponedeljek, po dolgi razpravi, sprejela nov zakon o "
            + "visokem šolstvu, ki bo začel veljati prihodnje leto in bo prinesel več denarja za univerze.</p>";

    private static String extract(String html) {
        return MainContentExtractor.extract(Jsoup.parse(html));
    }

    private static String gunzip(String resource) throws IOException {
        try (InputStream in = new GZIPInputStream(Fixtures.open(resource))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsTheArticleAndDropsPageFurniture() {
        String html = "<html><body>"
                + "<div id='cookie-consent'>Ta stran uporablja piškotke. <button>Sprejmi</button></div>"
                + "<header><a href=/>Domov</a></header>"
                + "<ul class='menu'><li><a href=/a>Novice</a></li><li><a href=/b>Šport</a></li></ul>"
                + "<div class='content'><h1>Nov zakon</h1>" + PARAGRAPH.repeat(4)
                + "<div class='share-buttons'><a href=/fb>Deli</a></div></div>"
                + "<aside class='sidebar'><p>Najbolj brano: nekaj drugega, nekaj tretjega, in še kaj.</p></aside>"
                + "<div class='comments'><p>Komentar bralca, ki se ne strinja, z vsem kar piše.</p></div>"
                + "<footer>© 2024 Časopis</footer></body></html>";
        String text = extract(html);
        assertTrue(text.startsWith("Nov zakon\n\nVlada je v ponedeljek"), text);
        for (String boilerplate : new String[] {"piškotke", "Domov", "Novice", "Deli", "Najbolj brano", "Komentar",
            "Časopis"}) {
            assertFalse(text.contains(boilerplate), boilerplate + " in: " + text);
        }
        assertEquals(4, text.split("\n\n").length - 1, "title plus four paragraphs, blank-line separated");
    }

    @Test
    void hiddenElementsAreNotContent() {
        String text = extract("<body><div class='article'>" + PARAGRAPH.repeat(3)
                + "<p style='display: none'>skrito besedilo, ki ga bralec ne vidi, nikoli in nikdar.</p>"
                + "<p hidden>tudi to je skrito, skrito, skrito pred očmi vseh.</p></div></body>");
        assertFalse(text.contains("skrit"), text);
    }

    @Test
    void pageWithoutAnArticleFallsBackToAllText() {
        String text = extract("<body><table><tr><td><a href=/1>Prijava</a></td><td>Iskanje</td></tr></table>"
                + "<div>Kratko sporočilo.</div></body>");
        assertTrue(text.contains("Kratko sporočilo."), text);
    }

    @Test
    void germanNewsPageMatchesReadabilityOutput() throws IOException {
        String source = gunzip("html/heise-source.html.gz");
        String expected = Jsoup.parse(gunzip("html/heise-expected.html.gz")).text();
        String text = MainContentExtractor.extract(Jsoup.parse(source));
        double[] m = ExtractionBenchmark.match(expected, text);
        double precision = m[0] / (m[0] + m[1]);
        double recall = m[0] / (m[0] + m[2]);
        assertTrue(precision > 0.9 && recall > 0.9, "precision " + precision + ", recall " + recall);
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<body>" + "<div>".repeat(30_000) + PARAGRAPH + "</div>".repeat(30_000) + "</body>";
        assertTrue(extract(html).startsWith("Vlada je v ponedeljek"));
    }

    @Test
    void classWeightReadsClassIdAndSchemaOrgHints() {
        assertEquals(25, MainContentExtractor.classWeight(Jsoup.parse("<div class='post-body'>").selectFirst("div")));
        assertEquals(-25, MainContentExtractor.classWeight(Jsoup.parse("<div id='sidebar'>").selectFirst("div")));
        assertEquals(25, MainContentExtractor.classWeight(
                Jsoup.parse("<div itemprop='articleBody'>").selectFirst("div")));
        assertEquals(0, MainContentExtractor.classWeight(Jsoup.parse("<div class='x'>").selectFirst("div")));
    }

    @Test
    void commasOfSeveralScriptsCount() {
        assertEquals(4, MainContentExtractor.commas("a, b، c，d、e"));
    }
}
