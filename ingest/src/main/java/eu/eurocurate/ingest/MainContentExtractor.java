package eu.eurocurate.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Main-content extraction ("boilerplate removal") on a jsoup DOM: keeps the article, drops navigation, menus, footers,
 * cookie banners, share bars and link lists.
 *
 * <p>The method is the content-scoring heuristic of Arc90's Readability as refined in Mozilla's Readability.js
 * (github.com/mozilla/readability, Apache-2.0; reimplemented here, no code copied): paragraphs score by length and
 * comma count, pass their score up to their ancestors, ancestors are weighted by class/id hints and link density,
 * the best ancestor and its qualifying siblings form the article, and lists, tables and divs inside it that look like
 * boilerplate are removed before rendering. The constants below are Readability.js's unless stated otherwise;
 * {@code IngestorTest}/{@code MainContentExtractorTest} and the benchmark in the module README measure the result.
 *
 * <p>Thread-safe and stateless; each call works on its own DOM (which it modifies).
 */
final class MainContentExtractor {

    // The class/id hints are literal substrings, matched with String.contains on the lower-cased hint: a regular
    // expression alternation of 40 words is several times slower and the hint test runs on every element.

    /** Readability.js REGEXPS.unlikelyCandidates, plus consent/cookie/newsletter/share widgets common in EU pages. */
    private static final String[] UNLIKELY = {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
        "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
        "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "consent", "newsletter",
        "subscribe", "share", "sharing", "promo", "teaser-list", "paywall", "modal", "overlay", "toolbar",
        "skip-link", "skiplink", "signup"};
    /** Readability.js REGEXPS.okMaybeItsACandidate. */
    private static final String[] MAYBE_CANDIDATE = {"and", "article", "body", "column", "content", "main",
        "shadow"};
    /** Readability.js REGEXPS.positive. */
    private static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "h-entry", "main",
        "page", "pagination", "post", "text", "blog", "story"};
    /** Readability.js REGEXPS.negative (its "hid" token is matched as a whole word), plus the widgets above. */
    private static final String[] NEGATIVE = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
        "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "cookie", "consent", "newsletter",
        "subscribe", "byline", "author", "caption", "credit", "breadcrumb", "nav", "menu"};
    /** ARIA landmark roles that are never the article (WAI-ARIA 1.2, section 5.3.4). */
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "tooltip", "alert");
    /** Elements removed before scoring: page furniture by HTML5 semantics, and form controls. */
    private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "header", "form", "button",
            "dialog", "menu", "figure");
    /** Elements whose text is scored as a paragraph (Readability.js DEFAULT_TAGS_TO_SCORE, minus headings). */
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "li");
    /** Block-level elements: a div containing none of them is treated as a paragraph (Readability's DIV_TO_P_ELEMS). */
    private static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table",
            "ul", "section", "article", "header", "footer", "aside", "nav", "figure", "h1", "h2", "h3", "h4", "h5",
            "h6", "main", "form", "select", "li");
    /** Readability's minimum paragraph length worth scoring. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Readability passes a paragraph's score to 5 ancestor levels (parent full, grandparent half, then 1/(3 level)). */
    private static final int ANCESTOR_LEVELS = 5;
    /** Class/id hint weight, Readability's getClassWeight. */
    private static final int CLASS_WEIGHT = 25;
    /** Sibling threshold: at least this fraction of the top score, and at least {@link #MIN_SIBLING_SCORE}. */
    private static final double SIBLING_FRACTION = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;
    /** Readability: "if 3 of the top 5 candidates share an ancestor scoring >= 0.75 of the top, use that ancestor". */
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_SHARED_CANDIDATES = 3;
    private static final double SHARED_ANCESTOR_FRACTION = 0.75;
    /**
     * If the chosen article holds less than this fraction of the page's text and fewer than
     * {@link #MIN_ARTICLE_CHARS} characters, the page has no single article (a listing, a form, a short note) and the
     * whole visible text is kept instead: Readability's own fallback is to retry with looser rules and finally take
     * the body. 250 is Readability's default charThreshold.
     */
    private static final int MIN_ARTICLE_CHARS = 250;

    /** How often (in elements) the scoring loop checks whether {@link ParseLimiter} abandoned this parse. */
    private static final int INTERRUPT_CHECK_INTERVAL = 1024;

    private MainContentExtractor() {
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ParseInterruptedException();
        }
    }

    /** The main text of {@code doc}'s body (falls back to all visible text when no article stands out). */
    static String extract(org.jsoup.nodes.Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        prune(body);
        checkInterrupted();
        Stats stats = new Stats();
        stats.measure(body);
        checkInterrupted();
        Map<Element, Double> scores = score(body, stats);
        checkInterrupted();
        Element top = topCandidate(body, scores);
        if (top == null) {
            return TextRenderer.render(body);
        }
        List<Element> article = withSiblings(top, scores, stats);
        StringBuilder text = new StringBuilder();
        for (Element part : article) {
            String rendered = TextRenderer.render(part, e -> isBoilerplateInArticle(e, scores, stats));
            if (!rendered.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(rendered);
            }
        }
        String result = text.toString();
        if (result.length() < MIN_ARTICLE_CHARS && result.length() < stats.text(body) / 4) {
            return TextRenderer.render(body);
        }
        return result;
    }

    /** Removes what is never content: hidden elements, ARIA boilerplate landmarks, furniture, unlikely candidates. */
    private static void prune(Element body) {
        List<Element> doomed = new ArrayList<>();
        collectPrunable(body, doomed);
        for (Element e : doomed) {
            e.remove();
        }
    }

    /** Depth-first, without recursion: real pages can nest tens of thousands of elements deep. */
    private static void collectPrunable(Element root, List<Element> doomed) {
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element parent = stack.pop();
            List<Element> children = parent.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                Element child = children.get(i);
                if (isPrunable(child)) {
                    doomed.add(child);
                } else {
                    stack.push(child);
                }
            }
        }
    }

    private static boolean isPrunable(Element e) {
        String tag = e.normalName();
        if (TextRenderer.INVISIBLE.contains(tag)) {
            return true;
        }
        if (FURNITURE.contains(tag)) {
            // ASP.NET wraps whole pages in one <form>; some sites put the article inside <header> or <footer>.
            return tag.equals("form") ? !containsParagraphs(e) : !containsArticle(e);
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !containsParagraphs(e)) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        if (BOILERPLATE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        String hint = hint(e.className() + ' ' + e.id());
        return hint.length() > 1 && containsAny(hint, UNLIKELY) && !containsAny(hint, MAYBE_CANDIDATE)
                && !containsArticle(e);
    }

    private static boolean containsParagraphs(Element e) {
        return e.selectFirst("p") != null;
    }

    private static boolean containsArticle(Element e) {
        return e.selectFirst("article, main, [itemprop=articleBody]") != null;
    }

    /** Readability's scoring pass: each paragraph gives 1 + commas + min(len/100, 3) to its ancestors. */
    private static Map<Element, Double> score(Element body, Stats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        int visited = 0;
        for (Element e : body.getAllElements()) {
            if (++visited % INTERRUPT_CHECK_INTERVAL == 0) {
                checkInterrupted();
            }
            if (!isParagraph(e)) {
                continue;
            }
            int len = stats.text(e);
            if (len < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double contentScore = 1 + stats.commas(e) + Math.min(Math.floor(len / 100.0), 3);
            Element ancestor = e.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initialScore(ancestor) + contentScore / divider,
                        (old, add) -> old + contentScore / divider);
                ancestor = ancestor.parent();
            }
        }
        // Readability scales every candidate by (1 - link density): a block of links is navigation.
        scores.replaceAll((e, s) -> s * (1 - stats.linkDensity(e)));
        return scores;
    }

    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (SCORED.contains(tag)) {
            return true;
        }
        if (tag.equals("div") || tag.equals("section") || tag.equals("article")) {
            for (Element child : e.children()) {
                if (BLOCKS.contains(child.normalName())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Readability's initializeNode: a prior by tag, plus the class/id hint weight. */
    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    static int classWeight(Element e) {
        int weight = hintWeight(hint(e.className())) + hintWeight(hint(e.id()));
        if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
            weight += CLASS_WEIGHT; // schema.org markup is the publisher telling us where the article is
        }
        return weight;
    }

    private static int hintWeight(String hint) {
        if (hint.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (containsAny(hint, NEGATIVE) || hasWord(hint, "hid")) {
            weight -= CLASS_WEIGHT;
        }
        if (containsAny(hint, POSITIVE)) {
            weight += CLASS_WEIGHT;
        }
        return weight;
    }

    private static String hint(String s) {
        return s.isBlank() ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static boolean containsAny(String hint, String[] words) {
        for (String w : words) {
            if (hint.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(String hint, String word) {
        for (String token : hint.split("\\s+")) {
            if (token.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static Element topCandidate(Element body, Map<Element, Double> scores) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        if (ranked.isEmpty()) {
            return null;
        }
        // Ties broken by document order so the choice is deterministic (IdentityHashMap order is not).
        Map<Element, Integer> order = new IdentityHashMap<>();
        int i = 0;
        for (Element e : body.getAllElements()) {
            order.put(e, i++);
        }
        ranked.sort((a, b) -> {
            int c = Double.compare(b.getValue(), a.getValue());
            return c != 0 ? c : Integer.compare(order.getOrDefault(a.getKey(), 0), order.getOrDefault(b.getKey(), 0));
        });
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();

        // Several strong candidates under one ancestor: the article is split into blocks, take the ancestor.
        List<Element> alternatives = new ArrayList<>();
        for (int k = 1; k < Math.min(TOP_CANDIDATES, ranked.size()); k++) {
            if (ranked.get(k).getValue() / topScore >= SHARED_ANCESTOR_FRACTION) {
                alternatives.add(ranked.get(k).getKey());
            }
        }
        if (alternatives.size() >= MIN_SHARED_CANDIDATES) {
            Element parent = top.parent();
            while (parent != null && !parent.normalName().equals("body")) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= MIN_SHARED_CANDIDATES) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        // Climb while the parent scores higher (the article's paragraphs sit in nested wrappers), and past wrappers
        // that have no other child.
        Element parent = top.parent();
        double lastScore = scores.getOrDefault(top, 0.0);
        while (parent != null && !parent.normalName().equals("body")) {
            Double parentScore = scores.get(parent);
            if (parent.childrenSize() == 1) {
                top = parent;
                lastScore = parentScore == null ? lastScore : parentScore;
            } else if (parentScore != null && parentScore > lastScore) {
                top = parent;
                lastScore = parentScore;
            } else {
                break;
            }
            parent = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The top candidate plus siblings that score well or read like paragraphs (Readability's sibling pass). */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, Stats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_FRACTION);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * SIBLING_FRACTION : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int len = stats.text(sibling);
                double density = stats.linkDensity(sibling);
                String text = stats.ownText(sibling);
                if (len > 80 && density < 0.25
                        || len > 0 && len <= 80 && density == 0 && text.matches("(?s).*\\.( |$).*")) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /**
     * Readability's "conditional cleaning" of the article: a list, table or container that weighs negative, or has
     * few commas and is mostly links, images or form fields, is boilerplate that sat inside the article.
     */
    private static boolean isBoilerplateInArticle(Element e, Map<Element, Double> scores, Stats stats) {
        String tag = e.normalName();
        if (!(tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol")
                || tag.equals("table") || tag.equals("dl"))) {
            return false;
        }
        int weight = classWeight(e);
        if (weight + scores.getOrDefault(e, 0.0) < 0) {
            return true;
        }
        if (stats.commas(e) >= 10) {
            return false;
        }
        double density = stats.linkDensity(e);
        int len = stats.text(e);
        boolean isList = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        if (weight < CLASS_WEIGHT && density > 0.2 && !(isList && density < 0.5)) {
            return true;
        }
        if (weight >= CLASS_WEIGHT && density > 0.5) {
            return true;
        }
        int paragraphs = stats.count(e, Stats.PARAGRAPHS);
        // Readability.js subtracts 100 from the list-item count, so that only list-heavy blocks are removed.
        int listItems = stats.count(e, Stats.LIST_ITEMS) - 100;
        if (!isList && listItems > paragraphs) {
            return true;
        }
        return len < MIN_PARAGRAPH_CHARS && paragraphs == 0 && !isList && stats.count(e, Stats.IMAGES) == 0
                && len > 0 && density > 0;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ASCII comma plus the commas of Arabic, CJK and fullwidth scripts (Readability.js REGEXPS.commas).
            if (c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFE10' || c == '\uFE11' || c == '\u2E41'
                    || c == '\u2E34' || c == '\u2E32' || c == '\uFF0C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    /**
     * Per element, over its visible subtree: text length, link-text length, commas, and the number of paragraphs,
     * list items and images, all computed in one bottom-up pass. Asking jsoup for each candidate's text instead is
     * quadratic on nested markup (a page of 100,000 nested divs took minutes).
     */
    private static final class Stats {
        static final int TEXT = 0;
        static final int LINK = 1;
        static final int COMMAS = 2;
        static final int PARAGRAPHS = 3;
        static final int LIST_ITEMS = 4;
        static final int IMAGES = 5;

        private final Map<Element, int[]> values = new IdentityHashMap<>();

        /**
         * Children come after their parent in jsoup's pre-order element list, so walking it backwards sees every
         * child before its parent: a bottom-up pass without recursion (pages can nest deeper than the stack).
         */
        void measure(Element root) {
            List<Element> all = root.getAllElements();
            Map<Element, Integer> index = new IdentityHashMap<>(all.size() * 2);
            boolean[] inLink = new boolean[all.size()];
            boolean[] invisible = new boolean[all.size()];
            for (int i = 0; i < all.size(); i++) {
                Element e = all.get(i);
                index.put(e, i);
                Integer parent = i == 0 ? null : index.get(e.parent());
                String tag = e.normalName();
                inLink[i] = tag.equals("a") || parent != null && inLink[parent];
                invisible[i] = TextRenderer.INVISIBLE.contains(tag) || parent != null && invisible[parent];
            }
            for (int i = all.size() - 1; i >= 0; i--) {
                if (invisible[i]) {
                    continue;
                }
                Element e = all.get(i);
                String tag = e.normalName();
                int[] v = new int[6];
                v[PARAGRAPHS] = tag.equals("p") ? 1 : 0;
                v[LIST_ITEMS] = tag.equals("li") ? 1 : 0;
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t) {
                        String s = t.getWholeText();
                        v[TEXT] += visibleLength(s);
                        v[COMMAS] += MainContentExtractor.commas(s);
                    } else if (child instanceof Element c) {
                        int[] sub = values.get(c);
                        if (sub != null) {
                            for (int k = 0; k < v.length; k++) {
                                v[k] += sub[k];
                            }
                        } else if (c.normalName().equals("img")) {
                            v[IMAGES]++;
                        }
                    }
                }
                if (inLink[i]) {
                    v[LINK] = v[TEXT];
                }
                values.put(e, v);
            }
        }

        int text(Element e) {
            return count(e, TEXT);
        }

        int commas(Element e) {
            return count(e, COMMAS);
        }

        int count(Element e, int what) {
            int[] v = values.get(e);
            return v == null ? 0 : v[what];
        }

        double linkDensity(Element e) {
            int[] v = values.get(e);
            return v == null || v[TEXT] == 0 ? 0 : (double) v[LINK] / v[TEXT];
        }

        /** The element's whitespace-normalised visible text (jsoup's {@code text()}). */
        String ownText(Element e) {
            return e.text();
        }

        /** Length of {@code s} with white-space runs counted as one character, as a browser shows it. */
        private static int visibleLength(String s) {
            int n = 0;
            boolean space = true;
            for (int i = 0; i < s.length(); i++) {
                if (TextRenderer.isCollapsible(s.charAt(i))) {
                    if (!space) {
                        n++;
                        space = true;
                    }
                } else {
                    n++;
                    space = false;
                }
            }
            return n;
        }
    }
}
