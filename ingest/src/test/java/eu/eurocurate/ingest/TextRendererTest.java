package eu.eurocurate.ingest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextRendererTest {

    private static String render(String body) {
        return TextRenderer.render(Jsoup.parse("<html><body>" + body + "</body></html>").body());
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        assertEquals("One two.\n\nThree.", render("<p>One\n   two.</p><p>Three.</p>"));
        assertEquals("Title\n\nText", render("<h1>Title</h1>Text"));
    }

    @Test
    void listItemsRowsAndBreaksEndALine() {
        assertEquals("a\nb", render("<ul><li>a</li><li>b</li></ul>"));
        assertEquals("x\ny", render("x<br>y"));
        assertEquals("1 2\n3 4", render("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>"));
    }

    @Test
    void inlineElementsDoNotSplitWords() {
        assertEquals("bold and italic", render("<b>bold</b> and <i>ital</i><i>ic</i>"));
    }

    @Test
    void preformattedTextKeepsItsLayout() {
        assertEquals("if (x) {\n    y();\n}", render("<pre>if (x) {\n    y();\n}</pre>"));
    }

    @Test
    void invisibleElementsAreSkipped() {
        assertEquals("seen", render("<script>var hidden;</script><style>p{}</style><noscript>x</noscript>seen"
                + "<template>t</template><select><option>o</option></select>"));
    }

    @Test
    void aSkipPredicateRemovesSubtrees() {
        assertEquals("keep", TextRenderer.render(
                Jsoup.parse("<div class=ad>drop</div><p>keep</p>").body(), e -> e.hasClass("ad")));
    }
}
