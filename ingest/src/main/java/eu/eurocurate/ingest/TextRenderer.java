package eu.eurocurate.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Set;

/**
 * Turns a jsoup subtree into plain text the way a browser lays it out, reduced to what a language model needs:
 * whitespace collapsed as in CSS {@code white-space: normal} (kept inside {@code <pre>}), a blank line between
 * paragraph-level blocks, a single newline for list items, table rows and {@code <br>}.
 *
 * <p>Blank lines between paragraphs matter downstream: the Gopher repetition rules count duplicate
 * <em>paragraphs</em> by splitting on {@code \n\n} (Rae et al. 2021, table A1), and the C4 rules work per line.
 */
final class TextRenderer {

    /** Elements whose content is never rendered text. */
    static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "title", "svg",
            "math", "iframe", "object", "embed", "canvas", "select", "textarea", "input", "button", "option",
            "datalist", "audio", "video", "picture", "img", "map", "meta", "link", "base", "param", "source", "track");

    /** Blocks that end a paragraph: a blank line before and after. */
    static final Set<String> PARAGRAPH_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "table", "ul", "ol", "dl", "div", "section", "article", "main", "header", "footer", "nav", "aside",
            "figure", "figcaption", "address", "hr", "form", "fieldset", "details", "summary", "center", "body",
            "caption", "menu", "hgroup", "legend");

    /** Blocks that end a line only. */
    static final Set<String> LINE_BLOCKS = Set.of("li", "tr", "br", "dt", "dd");

    /** How often (in visited nodes) a long rendering checks whether its thread was interrupted by a time limit. */
    private static final int INTERRUPT_CHECK_INTERVAL = 4096;

    private TextRenderer() {
    }

    /** Renders {@code root}, skipping invisible elements and any element for which {@code skip} answers true. */
    static String render(Element root, java.util.function.Predicate<Element> skip) {
        Builder b = new Builder(skip);
        NodeTraversor.filter(b, root);
        return b.finish();
    }

    static String render(Element root) {
        return render(root, e -> false);
    }

    private static final class Builder implements NodeFilter {
        private final java.util.function.Predicate<Element> skip;
        private final StringBuilder out = new StringBuilder();
        /** 0: nothing pending, 1: a newline, 2: a blank line, to be written before the next visible text. */
        private int pendingBreak;
        private boolean pendingSpace;
        private int preDepth;
        private int visited;

        Builder(java.util.function.Predicate<Element> skip) {
            this.skip = skip;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (++visited % INTERRUPT_CHECK_INTERVAL == 0 && Thread.currentThread().isInterrupted()) {
                throw new ParseInterruptedException();
            }
            if (node instanceof TextNode t) {
                appendText(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
            }
            String tag = e.normalName();
            if (INVISIBLE.contains(tag) || skip.test(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                // A <br> always produces a line break, even several in a row (a poem, an address).
                out.append('\n');
                pendingSpace = false;
                return FilterResult.CONTINUE;
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
            blockBoundary(tag);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = true; // cells of one row stay on one line
                } else {
                    blockBoundary(tag);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void blockBoundary(String tag) {
            if (PARAGRAPH_BLOCKS.contains(tag)) {
                pendingBreak = 2;
            } else if (LINE_BLOCKS.contains(tag)) {
                pendingBreak = Math.max(pendingBreak, 1);
            }
        }

        private void appendText(String s) {
            if (preDepth > 0) {
                if (!s.isEmpty()) {
                    flushBreak();
                    out.append(s);
                }
                return;
            }
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (isCollapsible(c)) {
                    pendingSpace = true;
                } else {
                    if (pendingBreak > 0 || out.length() == 0) {
                        flushBreak();
                    } else if (pendingSpace && !endsWithWhitespace()) {
                        out.append(' ');
                    }
                    pendingSpace = false;
                    out.append(c);
                }
            }
        }

        private void flushBreak() {
            if (out.length() > 0 && pendingBreak > 0) {
                trimTrailingSpaces();
                int have = trailingNewlines();
                for (int k = have; k < pendingBreak; k++) {
                    out.append('\n');
                }
            }
            pendingBreak = 0;
            pendingSpace = false;
        }

        private boolean endsWithWhitespace() {
            char last = out.charAt(out.length() - 1);
            return last == ' ' || last == '\n';
        }

        private int trailingNewlines() {
            int k = 0;
            for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
                k++;
            }
            return k;
        }

        private void trimTrailingSpaces() {
            int len = out.length();
            while (len > 0 && out.charAt(len - 1) == ' ') {
                len--;
            }
            out.setLength(len);
        }

        String finish() {
            return TextNormalizer.tidy(out);
        }
    }

    /** HTML's collapsible white space (ASCII space, tab, LF, FF, CR), plus NBSP, which readers also see as a gap. */
    static boolean isCollapsible(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0';
    }
}
