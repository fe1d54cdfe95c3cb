package eu.eurocurate.licensing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkupScannerTest {

    @Test
    void readsAttributesInEveryQuotingStyleAndCase() {
        List<MarkupTag> tags = MarkupScanner.scan(
                "<HEAD><META NAME=robots CONTENT='noai, noimageai'><Link REL=\"license\" HREF=/l/></HEAD>");
        assertEquals(2, tags.size());
        assertEquals("meta", tags.get(0).name());
        assertEquals("robots", tags.get(0).attribute("name"));
        assertEquals("noai, noimageai", tags.get(0).attribute("content"));
        assertEquals("link", tags.get(1).name());
        assertEquals("license", tags.get(1).attribute("rel"));
        assertEquals("/l/", tags.get(1).attribute("href"));
    }

    @Test
    void decodesCharacterReferencesInValues() {
        List<MarkupTag> tags = MarkupScanner.scan("<a rel=\"license\" href=\"https://x.org/?a=1&amp;b=2&#47;\">x</a>");
        assertEquals("https://x.org/?a=1&b=2/", tags.get(0).attribute("href"));
    }

    @Test
    void tellsHeadFromBody() {
        List<MarkupTag> tags = MarkupScanner.scan("<html><head><meta name=a content=1></head>"
                + "<body><meta name=b content=2></body>");
        assertTrue(tags.get(0).inHead());
        assertFalse(tags.get(1).inHead());
        List<MarkupTag> noHeadEnd = MarkupScanner.scan("<meta name=a content=1><body><meta name=b content=2>");
        assertTrue(noHeadEnd.get(0).inHead());
        assertFalse(noHeadEnd.get(1).inHead());
        // any body element ends the head, as in the HTML parser; </header> is not </head>
        assertFalse(MarkupScanner.scan("<div>x</div><meta name=a content=1>").get(0).inHead());
        assertFalse(MarkupScanner.scan("<a rel=license href=/l>l</a>").get(0).inHead());
        assertTrue(MarkupScanner.scan("<head></header><meta name=a content=1>").get(0).inHead());
        assertTrue(MarkupScanner.scan("<title>t</title><noscript><link rel=license href=/l></noscript>")
                .get(0).inHead());
    }

    @Test
    void ignoresCommentsAndScriptContents() {
        String html = "<head><!-- <meta name=\"tdm-reservation\" content=\"1\"> -->"
                + "<script>document.write('<meta name=\"robots\" content=\"noai\">');</script>"
                + "<STYLE>a[rel=license]{}</STYLE><title><meta name=x content=y></title>"
                + "<meta name=\"kept\" content=\"yes\"></head>";
        List<MarkupTag> tags = MarkupScanner.scan(html);
        assertEquals(1, tags.size());
        assertEquals("kept", tags.get(0).attribute("name"));
    }

    @Test
    void keepsOnlyTagsThatCanCarryASignal() {
        List<MarkupTag> tags = MarkupScanner.scan(
                "<meta charset=utf-8><a href=/x>x</a><abbr rel=license>y</abbr><a itemprop=license href=/l>l</a>");
        assertEquals(1, tags.size());
        assertEquals("license", tags.get(0).attribute("itemprop"));
    }

    @Test
    void firstDuplicateAttributeWins() {
        List<MarkupTag> tags = MarkupScanner.scan("<meta name=robots name=other content=noai content=all>");
        assertEquals("robots", tags.get(0).attribute("name"));
        assertEquals("noai", tags.get(0).attribute("content"));
    }

    @Test
    void survivesTruncatedAndBrokenMarkup() {
        assertTrue(MarkupScanner.scan(null).isEmpty());
        assertTrue(MarkupScanner.scan("").isEmpty());
        assertTrue(MarkupScanner.scan("<").isEmpty());
        assertTrue(MarkupScanner.scan("a < b and <3 </").isEmpty());
        assertTrue(MarkupScanner.scan("<script>never closed <meta name=a content=b>").isEmpty());
        List<MarkupTag> cut = MarkupScanner.scan("<meta name=\"tdm-reservation\" content=\"1");
        assertEquals("1", cut.get(0).attribute("content"));
    }

    @Test
    void findsBothLicenceLinksOfARealWikipediaPage() {
        List<MarkupTag> tags = MarkupScanner.scan(Pages.load(Pages.WIKIPEDIA));
        MarkupTag copyright = tags.stream().filter(t -> "copyright".equals(t.attribute("rel"))).findFirst().orElseThrow();
        assertEquals("//creativecommons.org/licenses/by-sa/3.0/", copyright.attribute("href"));
        assertTrue(copyright.inHead());
        assertTrue(tags.stream().anyMatch(t -> t.name().equals("a") && "license".equals(t.attribute("rel"))
                && !t.inHead()));
    }

    @Test
    void marksTagsInTheFooter() {
        List<MarkupTag> tags = MarkupScanner.scan("<body><a rel=license href=/a>a</a><footer><div><a rel=license "
                + "href=/b>b</a></div></footer><div id=\"site-footer\"><div class=x></div><a rel=license href=/c>c</a>"
                + "</div><a rel=license href=/d>d</a><div role=contentinfo><meta itemprop=license content=/e></div>");
        assertEquals(List.of(false, true, true, false, true), tags.stream().map(MarkupTag::inFooter).toList());
    }

    @Test
    void capturesJsonLdBlocks() {
        List<MarkupTag> tags = MarkupScanner.scan("<head><script type=\"application/ld+json\">{\"license\":"
                + "\"https://creativecommons.org/licenses/by/4.0/\"}</script><script>var x='<meta name=a content=b>'"
                + "</script></head>");
        assertEquals(1, tags.size());
        assertTrue(tags.get(0).isJsonLd());
        assertTrue(tags.get(0).inHead());
        assertEquals("{\"license\":\"https://creativecommons.org/licenses/by/4.0/\"}", tags.get(0).text());
    }
}
