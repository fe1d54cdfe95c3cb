package eu.eurocurate.licensing;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A single-pass, lenient scan of raw HTML for the few start tags that carry licence and opt-out signals: {@code meta}
 * (with a {@code content}), {@code link}, {@code a}, {@code area} (with a {@code rel} or {@code itemprop}), and
 * {@code <script type="application/ld+json">} blocks (with their text). Each tag records whether it is in the head
 * and whether it is in the page footer: inside a {@code <footer>} element, or a {@code <div>} with
 * {@code role="contentinfo"} or an id/class containing "footer" (nesting of divs is counted to find its end).
 *
 * <p>Why not a DOM parser: the licensing stage runs on every crawled page, and a full jsoup parse of a 100 KB page
 * costs milliseconds, while the signals sit in a handful of tags. This scan follows the HTML tokenizer where it
 * matters for those tags (WHATWG HTML, section 13.2.5 "Tokenization"): comments are skipped, the contents of raw-text
 * and RCDATA elements ({@code script}, {@code style}, {@code textarea}, {@code title}, ...) are skipped so that a
 * {@code <meta>} inside a script string is not taken for a real one, attribute names are case-insensitive, values
 * may be double-quoted, single-quoted or unquoted, a duplicate attribute is ignored, and character references in
 * values are decoded (with jsoup's decoder). It does not build a tree: a tag is "in head" when it comes before
 * {@code </head>} and before any start tag that does not belong in a head ({@code <body>}, {@code <div>}, {@code <a>},
 * ...), which is where the HTML parser would close the head ("in head" insertion mode, section 13.2.6.4.4).
 *
 * <p>Cost: one {@code indexOf('<')} per tag plus a switch on the tag name; attribute values are copied only for the
 * tags kept. Never throws on any input; stateless and thread-safe.
 */
public final class MarkupScanner {

    // Tag classes, from the tag name.
    private static final int OTHER = 0;
    /** Allowed in the head and carries no signal: html, head, title (RCDATA, below), style, script, base, ... */
    private static final int HEAD_ONLY = 1;
    private static final int META = 2;
    private static final int LINK = 3;
    private static final int A = 4;
    private static final int AREA = 5;
    private static final int BODY = 6;
    private static final int FOOTER = 7;
    private static final int DIV = 8;

    // Attribute slots.
    private static final String[] WANTED = {"rel", "href", "name", "content", "property", "itemprop", "type", "id",
        "class", "role"};
    private static final int REL = 0;
    private static final int CONTENT = 3;
    private static final int ITEMPROP = 5;
    private static final int TYPE = 6;
    private static final int ID = 7;
    private static final int CLASS = 8;
    private static final int ROLE = 9;

    /** JSON-LD blocks longer than this are skipped (a page's metadata is a few KB; this bounds parsing cost). */
    static final int MAX_JSON_LD_CHARS = 256 * 1024;

    private MarkupScanner() {
    }

    /** The signal-carrying tags of {@code html} in document order; empty for null or empty input. */
    public static List<MarkupTag> scan(String html) {
        List<MarkupTag> tags = new ArrayList<>();
        if (html == null || html.isEmpty()) {
            return tags;
        }
        final int n = html.length();
        final int[] slots = new int[WANTED.length * 2]; // start, end of each wanted attribute's value; -1 = absent
        boolean inHead = true;
        int footerDepth = 0;    // open <footer> elements
        int footerDivDepth = 0; // open <div>s since a div marked as the page footer (id/class "footer", role contentinfo)
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char next = html.charAt(lt + 1);
            if (next == '!') {
                if (html.startsWith("<!--", lt)) {
                    int end = html.indexOf("-->", lt + 4);
                    if (end < 0) {
                        break; // an unclosed comment hides the rest of the document, as in a browser
                    }
                    i = end + 3;
                } else {
                    i = lt + 2; // doctype, CDATA: nothing we read
                }
                continue;
            }
            boolean closing = next == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
                i = lt + 1; // "a < b" in text
                continue;
            }
            int nameEnd = nameStart + 1;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            int nameLength = nameEnd - nameStart;
            if (closing) {
                if (nameIs(html, nameStart, nameLength, "head")) {
                    inHead = false;
                } else if (footerDepth > 0 && nameIs(html, nameStart, nameLength, "footer")) {
                    footerDepth--;
                } else if (footerDivDepth > 0 && nameIs(html, nameStart, nameLength, "div")) {
                    footerDivDepth--;
                }
                i = nameEnd;
                continue;
            }
            int kind = classify(html, nameStart, nameLength);
            if (kind != HEAD_ONLY && kind != META && kind != LINK) {
                inHead = false; // <body>, or any body element that implies it
            }
            if (kind == META || kind == LINK || kind == A || kind == AREA) {
                Arrays.fill(slots, -1);
                i = readAttributes(html, nameEnd, slots);
                boolean keep = kind == META ? slots[2 * CONTENT] >= 0
                        : slots[2 * REL] >= 0 || slots[2 * ITEMPROP] >= 0;
                if (keep) {
                    tags.add(new MarkupTag(elementName(kind), values(html, slots), inHead,
                            footerDepth > 0 || footerDivDepth > 0, null));
                }
                continue;
            }
            if (kind == FOOTER) {
                footerDepth++;
                i = nameEnd;
                continue;
            }
            if (kind == DIV) {
                if (footerDivDepth > 0) {
                    footerDivDepth++;
                    i = nameEnd;
                    continue;
                }
                Arrays.fill(slots, -1);
                i = readAttributes(html, nameEnd, slots);
                if (isFooterMarker(html, slots)) {
                    footerDivDepth = 1;
                }
                continue;
            }
            String rawText = rawTextElement(html, nameStart, nameLength);
            if (rawText != null) {
                boolean script = rawText.equals("</script");
                if (script) {
                    Arrays.fill(slots, -1);
                }
                int tagEnd = readAttributes(html, nameEnd, script ? slots : null);
                int close = indexOfIgnoreCase(html, rawText, tagEnd);
                if (close < 0) {
                    break; // an unclosed script swallows the rest, as in a browser
                }
                if (script && slots[2 * TYPE] >= 0 && close - tagEnd <= MAX_JSON_LD_CHARS
                        && indexOfIgnoreCase(html.substring(slots[2 * TYPE], slots[2 * TYPE + 1]), "ld+json", 0) >= 0) {
                    tags.add(new MarkupTag("script", values(html, slots), inHead,
                            footerDepth > 0 || footerDivDepth > 0, html.substring(tagEnd, close)));
                }
                i = close;
                continue;
            }
            i = nameEnd;
        }
        return tags;
    }

    /** The wanted attributes present, with character references decoded (jsoup; only for kept tags, it is slow). */
    private static Map<String, String> values(String html, int[] slots) {
        Map<String, String> out = new HashMap<>(8);
        for (int s = 0; s < WANTED.length; s++) {
            int start = slots[2 * s];
            if (start >= 0) {
                String value = html.substring(start, slots[2 * s + 1]);
                out.put(WANTED[s], value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value);
            }
        }
        return out;
    }

    /**
     * A div that holds the page footer: {@code role="contentinfo"} (WAI-ARIA's landmark for a page footer) or an
     * {@code id} / {@code class} containing "footer" (the class names site templates use: {@code site-footer},
     * {@code footer-widgets}, ...).
     */
    private static boolean isFooterMarker(String html, int[] slots) {
        if (slots[2 * ROLE] >= 0 && html.substring(slots[2 * ROLE], slots[2 * ROLE + 1]).strip()
                .equalsIgnoreCase("contentinfo")) {
            return true;
        }
        for (int s : new int[] {ID, CLASS}) {
            if (slots[2 * s] >= 0 && indexOfIgnoreCase(html.substring(slots[2 * s], slots[2 * s + 1]), "footer", 0)
                    >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String elementName(int kind) {
        return switch (kind) {
            case META -> "meta";
            case LINK -> "link";
            case A -> "a";
            default -> "area";
        };
    }

    /** Classes a start tag by name; the names a head may hold per the HTML parser's "in head" insertion mode. */
    private static int classify(String html, int start, int length) {
        if (length > 8) {
            return OTHER;
        }
        switch (Character.toLowerCase(html.charAt(start))) {
            case 'a':
                return length == 1 ? A : nameIs(html, start, length, "area") ? AREA : OTHER;
            case 'd':
                return nameIs(html, start, length, "div") ? DIV : OTHER;
            case 'f':
                return nameIs(html, start, length, "footer") ? FOOTER : OTHER;
            case 'b':
                if (nameIs(html, start, length, "body")) {
                    return BODY;
                }
                return nameIs(html, start, length, "base") || nameIs(html, start, length, "basefont")
                        || nameIs(html, start, length, "bgsound") ? HEAD_ONLY : OTHER;
            case 'h':
                return nameIs(html, start, length, "head") || nameIs(html, start, length, "html") ? HEAD_ONLY : OTHER;
            case 'l':
                return nameIs(html, start, length, "link") ? LINK : OTHER;
            case 'm':
                return nameIs(html, start, length, "meta") ? META : OTHER;
            case 'n':
                return nameIs(html, start, length, "noscript") ? HEAD_ONLY : OTHER;
            case 's':
                return nameIs(html, start, length, "script") || nameIs(html, start, length, "style") ? HEAD_ONLY
                        : OTHER;
            case 't':
                return nameIs(html, start, length, "title") || nameIs(html, start, length, "template") ? HEAD_ONLY
                        : OTHER;
            default:
                return OTHER;
        }
    }

    /**
     * The closing-tag prefix to skip to when the element's content is text, not markup (tokenizer states RAWTEXT,
     * RCDATA, script data): {@code script}, {@code style}, {@code title}, {@code textarea}, {@code xmp},
     * {@code iframe}, {@code noembed}, {@code noframes}.
     */
    private static String rawTextElement(String html, int start, int length) {
        if (length < 3 || length > 8) {
            return null;
        }
        switch (Character.toLowerCase(html.charAt(start))) {
            case 's':
                return nameIs(html, start, length, "script") ? "</script"
                        : nameIs(html, start, length, "style") ? "</style" : null;
            case 't':
                return nameIs(html, start, length, "title") ? "</title"
                        : nameIs(html, start, length, "textarea") ? "</textarea" : null;
            case 'x':
                return nameIs(html, start, length, "xmp") ? "</xmp" : null;
            case 'i':
                return nameIs(html, start, length, "iframe") ? "</iframe" : null;
            case 'n':
                return nameIs(html, start, length, "noembed") ? "</noembed"
                        : nameIs(html, start, length, "noframes") ? "</noframes" : null;
            default:
                return null;
        }
    }

    /**
     * Reads attributes from {@code from} to the end of the start tag, recording where the wanted ones' values are in
     * {@code slots} (when not null). Returns the index just after the tag's {@code >}, or the end of input.
     */
    private static int readAttributes(String html, int from, int[] slots) {
        final int n = html.length();
        int p = from;
        while (p < n) {
            char c = html.charAt(p);
            if (c == '>') {
                return p + 1;
            }
            if (isSpace(c) || c == '/' || c == '=') {
                p++;
                continue;
            }
            int nameStart = p;
            while (p < n) {
                c = html.charAt(p);
                if (isSpace(c) || c == '/' || c == '>' || c == '=') {
                    break;
                }
                p++;
            }
            int slot = slots == null ? -1 : wantedAttribute(html, nameStart, p - nameStart);
            while (p < n && isSpace(html.charAt(p))) {
                p++;
            }
            int valueStart = p;
            int valueEnd = p;
            if (p < n && html.charAt(p) == '=') {
                p++;
                while (p < n && isSpace(html.charAt(p))) {
                    p++;
                }
                if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
                    int close = html.indexOf(html.charAt(p), p + 1);
                    valueStart = p + 1;
                    valueEnd = close < 0 ? n : close;
                    p = close < 0 ? n : close + 1;
                } else {
                    valueStart = p;
                    while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '>') {
                        p++;
                    }
                    valueEnd = p;
                }
            }
            if (slot >= 0 && slots[2 * slot] < 0) { // the first occurrence wins
                slots[2 * slot] = valueStart;
                slots[2 * slot + 1] = valueEnd;
            }
        }
        return n;
    }

    private static int wantedAttribute(String html, int start, int length) {
        for (int s = 0; s < WANTED.length; s++) {
            if (nameIs(html, start, length, WANTED[s])) {
                return s;
            }
        }
        return -1;
    }

    private static boolean nameIs(String html, int start, int length, String lowerCaseName) {
        return length == lowerCaseName.length() && html.regionMatches(true, start, lowerCaseName, 0, length);
    }

    /** First index of {@code lowerCaseNeedle} in {@code haystack} at or after {@code from}, ignoring ASCII case. */
    static int indexOfIgnoreCase(String haystack, String lowerCaseNeedle, int from) {
        final int last = haystack.length() - lowerCaseNeedle.length();
        final char first = lowerCaseNeedle.charAt(0);
        final char firstUpper = Character.toUpperCase(first);
        if (first == firstUpper) { // '<' of "</script": let String.indexOf (an intrinsic) find the candidates
            for (int i = haystack.indexOf(first, Math.max(0, from)); i >= 0 && i <= last;
                    i = haystack.indexOf(first, i + 1)) {
                if (haystack.regionMatches(true, i, lowerCaseNeedle, 0, lowerCaseNeedle.length())) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = Math.max(0, from); i <= last; i++) {
            char c = haystack.charAt(i);
            if ((c == first || c == firstUpper)
                    && haystack.regionMatches(true, i, lowerCaseNeedle, 0, lowerCaseNeedle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return !isSpace(c) && c != '/' && c != '>';
    }

    /** HTML's ASCII whitespace: tab, LF, FF, CR, space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
