package eu.eurocurate.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.Locale;

/**
 * Decoded HTML to plain text with jsoup (WHATWG HTML5 tree building, so tag soup parses as browsers parse it), in one
 * of the two modes of {@code ingest.html_extraction}: {@code main_content} ({@link MainContentExtractor}) or
 * {@code all_text} (every visible text node, as in Common Crawl's WET files). Thread-safe: no state between calls.
 */
final class HtmlExtractor {

    /** What extraction found: the text, and the page's declared language ({@code <html lang>}), or null. */
    record Result(String text, String htmlLang) {
    }

    private final boolean mainContent;

    HtmlExtractor(String mode) {
        this.mainContent = switch (mode) {
            case "main_content" -> true;
            case "all_text" -> false;
            default -> throw new IllegalArgumentException("unknown html_extraction mode: " + mode);
        };
    }

    Result extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri, Parser.htmlParser());
        if (Thread.currentThread().isInterrupted()) {
            throw new ParseInterruptedException(); // abandoned by ParseLimiter while jsoup was parsing
        }
        String lang = declaredLanguage(doc);
        String text = mainContent ? MainContentExtractor.extract(doc)
                : doc.body() == null ? "" : TextRenderer.render(doc.body());
        return new Result(text, lang);
    }

    private static String declaredLanguage(Document doc) {
        Element html = doc.selectFirst("html");
        if (html == null) {
            return null;
        }
        String lang = html.attr("lang");
        if (lang.isBlank()) {
            lang = html.attr("xml:lang");
        }
        lang = lang.strip();
        // BCP 47 tags are short (RFC 5646 section 4.4.1 recommends supporting at least 35 characters); longer is junk.
        return lang.isEmpty() || lang.length() > 35 ? null : lang.toLowerCase(Locale.ROOT);
    }
}
