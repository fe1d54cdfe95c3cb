package eu.eurocurate.jobs.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds {@code sample/warc/eurocurate-sample.warc.gz}, the small multilingual WARC that ships with the repository
 * so that the README's first command runs on a fresh clone.
 *
 * <p>Article bodies are real text only: Leipzig Corpora Collection sentences as shipped in Lingua's test data,
 * Universal Dependencies treebank sentences (CC BY-SA 4.0), CLD2 unit-test snippets, a CC0 README of the Open
 * Preservation Foundation's format corpus, and four CC BY-SA pages kept in Mozilla Readability's test pages. The page
 * furniture around them (menus, cookie notices, footers, error pages, CSS, robots.txt) is written here. Hosts under
 * the reserved {@code .example} TLD (RFC 2606) are placeholders: nothing was fetched from them. Which record tests which ingest path is listed in
 * {@code sample/SOURCE.md}.
 *
 * <p>The output is byte-identical on every run: fixed WARC-Date values, record ids that are name-based UUIDs of the
 * record type, URL and date, a fixed-seed sentence order, and only gzip streams whose header carries no timestamp.
 * (Deflate output depends on the zlib the JDK links; the same JDK build gives the same bytes.)
 *
 * <p>Usage: {@code SampleCorpusBuilder <shared data dir> <output .warc.gz>}. It reads only below the data dir.
 */
public final class SampleCorpusBuilder {

    /** First capture instant; every exchange advances the clock by {@link #STEP}. */
    private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
    private static final Duration STEP = Duration.ofSeconds(11);
    /** The revisit is a recrawl one day later, as a periodic crawl would make it. */
    private static final Instant RECRAWL = Instant.parse("2025-03-04T09:00:00Z");

    private static final String USER_AGENT =
            "eurocurate-sample-builder/1.0 (synthetic capture for tests; no network access)";
    private static final String REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** Sentences per article for the 1st, 2nd and 3rd page of a language: all above Gopher's 50-word minimum. */
    private static final int[] ARTICLE_SENTENCES = {12, 15, 18};
    private static final int SENTENCES_PER_PARAGRAPH = 3;

    private final Path data;
    private final Recorder recorder;
    private final Map<String, SentencePool> pools = new LinkedHashMap<>();
    /** The first English article's capture, recrawled at the end as a revisit. */
    private RevisitTarget revisitTarget;

    private SampleCorpusBuilder(Path data, Recorder recorder) {
        this.data = data;
        this.recorder = recorder;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SampleCorpusBuilder <shared data dir> <output.warc.gz>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            Recorder recorder = new Recorder(writer, out.getFileName().toString());
            new SampleCorpusBuilder(data, recorder).build();
            System.out.println("wrote " + recorder.records + " records to " + out);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // The corpus, in the order it is written.

    private void build() throws IOException {
        recorder.warcinfo();
        Map<String, List<Article>> written = new LinkedHashMap<>();
        for (Site site : Sites.LINGUA) {
            written.put(site.key(), writeLinguaSite(site));
        }
        writeNearDuplicates(written.get("fr").get(2));
        writeUniversalDependenciesPages();
        writeCld2Snippets();
        writeCc0Page();
        writeReadabilityPages();
        writeRevisit();
    }

    /**
     * Three article pages per language; some carry the special cases of their language's site (see
     * {@link #specialCase}). German also gets the support files, the exact duplicate, a 404 and a metadata record.
     */
    private List<Article> writeLinguaSite(Site site) throws IOException {
        SentencePool pool = pool(site.key());
        List<Article> articles = new ArrayList<>();
        for (int page = 1; page <= ARTICLE_SENTENCES.length; page++) {
            Charset pageCharset = pageCharset(site.key(), page);
            Predicate<String> encodable = s -> encoder(pageCharset).canEncode(s);
            articles.add(pool.article(site, page, ARTICLE_SENTENCES[page - 1], encodable));
        }
        for (int page = 1; page <= articles.size(); page++) {
            Article article = articles.get(page - 1);
            Special special = specialCase(site.key(), page);
            String html = Html.articlePage(site, article, relatedTo(articles, article), special.head, "");
            Charset pageCharset = pageCharset(site.key(), page);
            byte[] body = encode(html, pageCharset);
            Http.Response response = Http.ok(special.contentType, body);
            special.extraHeaders.forEach(response::header);
            if (special.gzip) {
                response.gzipBody();
            }
            Capture capture = recorder.exchange(site, article.url(), response);
            if (site.key().equals("de") && page == 1) {
                writeGermanSiteExtras(site, article, html, capture);
            }
            if (site.key().equals("en") && page == 1) {
                revisitTarget = new RevisitTarget(article.url(), capture, response);
            }
        }
        if (site.key().equals("cs")) {
            writeShortPage(site, pool);
        }
        if (site.key().equals("hu")) {
            writeLinkListPage(site);
        }
        if (site.key().equals("fr")) {
            // A crawler reaching the bare host over http is redirected; the redirect itself is not a document.
            String location = site.origin() + "/" + site.section() + "/";
            recorder.exchange(site, "http://" + site.host().replaceFirst("^www\\.", "") + "/" + site.section(),
                    Http.redirect(location));
        }
        if (site.key().equals("fi")) {
            recorder.exchange(site, site.origin() + "/robots.txt",
                    Http.ok("text/plain; charset=utf-8", Assets.ROBOTS_TXT.getBytes(StandardCharsets.UTF_8)));
        }
        return articles;
    }

    private void writeGermanSiteExtras(Site site, Article article, String html, Capture capture) throws IOException {
        recorder.metadata(article.url(), capture, Html.outlinks(site));
        recorder.exchange(site, site.origin() + "/static/site.css",
                Http.ok("text/css", Assets.SITE_CSS.getBytes(StandardCharsets.UTF_8)));
        recorder.exchange(site, site.origin() + "/static/logo.png", Http.ok("image/png", Assets.logoPng()));
        // Exact duplicate: an Austrian partner site republishes the article byte for byte (same payload digest).
        Site partner = Sites.SYNDICATION_AT;
        String partnerUrl = partner.origin() + "/" + partner.section() + "/" + article.id() + ".html";
        recorder.exchange(partner, partnerUrl, Http.ok("text/html; charset=utf-8", encode(html, utf8())));
        String missing = site.origin() + "/" + site.section() + "/2024/11/seite-die-es-nicht-gibt.html";
        recorder.exchange(site, missing, Http.notFound(encode(Html.notFoundPage(site), utf8())));
    }

    /** A gallery page whose only text is one caption sentence: too short for any quality rule. */
    private void writeShortPage(Site site, SentencePool pool) throws IOException {
        String caption = pool.headline(s -> true);
        String url = site.origin() + "/fotogalerie/" + Math.floorMod(("short:" + caption).hashCode(), 90000) + ".html";
        String html = Html.galleryPage(site, "Fotogalerie", caption);
        recorder.exchange(site, url, Http.ok("text/html; charset=utf-8", encode(html, utf8())));
    }

    /** A tag index: dozens of one-word links and a repeated "more" line, the shape quality filters must drop. */
    private void writeLinkListPage(Site site) throws IOException {
        List<String> tags = nonEmpty(readLines(data.resolve("lid-lingua-testdata/single-words/hu.txt")));
        Collections.shuffle(tags, new Random(seed("tags:hu")));
        String html = Html.tagIndexPage(site, "Címkék", tags.subList(0, 40), "Tovább &raquo;");
        recorder.exchange(site, site.origin() + "/cimkek/", Http.ok("text/html; charset=utf-8", encode(html, utf8())));
    }

    /**
     * Two near-duplicates of the third (longest, 18-sentence) French article, republished by Belgian and Swiss sites
     * with their own page furniture: one replaces a sentence and adds one, the other drops one and adds one. Their
     * word 5-gram Jaccard similarity to the original is about 0.8, above the usual MinHash thresholds.
     */
    private void writeNearDuplicates(Article original) throws IOException {
        SentencePool pool = pool("fr");
        List<String> sentences = original.sentences();

        List<String> belgian = new ArrayList<>(sentences);
        belgian.set(4, pool.next(s -> true));
        belgian.add(pool.next(s -> true));
        Site be = Sites.NEAR_DUP_BE;
        Article beArticle = Article.of(be, original.id() + 7, original.headline(), belgian);
        recorder.exchange(be, beArticle.url(), Http.ok("text/html; charset=utf-8",
                encode(Html.articlePage(be, beArticle, List.of(), Html.UTF8_META, ""), utf8())));

        List<String> swiss = new ArrayList<>(sentences);
        swiss.remove(2);
        swiss.add(pool.next(s -> true));
        Site ch = Sites.NEAR_DUP_CH;
        Article chArticle = Article.of(ch, original.id() + 13, original.headline(), swiss);
        recorder.exchange(ch, chArticle.url(), Http.ok("text/html; charset=utf-8",
                encode(Html.articlePage(ch, chArticle, List.of(), Html.UTF8_META, ""), utf8())));
    }

    /**
     * Pages whose text really is CC BY-SA 4.0 (Universal Dependencies treebanks), so their licence markup is true:
     * two Maltese articles (a language Lingua lacks) and the same SETimes article in Croatian and in Serbian (Latin
     * script), a parallel pair that near-dedup must not merge across languages. The treebank's first twelve Maltese
     * sentences are also stored as a WARC resource record (a plain-text file, no HTTP exchange).
     */
    private void writeUniversalDependenciesPages() throws IOException {
        String licence = Html.licence("https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0",
                "Text: Universal Dependencies treebank %s.");
        List<String> mt = readLines(data.resolve("lid-train-supplement/mt.txt"));
        List<String> hr = readLines(data.resolve("lid-train-supplement/hr.txt"));
        List<String> sr = readLines(data.resolve("lid-train-supplement/sr.txt"));

        // Line numbers are 1-based, as `grep -n` prints them; the headline and byline lines are the treebank's own.
        writeTreebankArticle(Sites.MT, mt, 90, 91, licence.formatted("UD_Maltese-MUDT"));
        writeTreebankArticle(Sites.MT, mt, 146, 0, licence.formatted("UD_Maltese-MUDT"));
        writeTreebankArticle(Sites.HR_UD, hr, 1, 0, licence.formatted("UD_Croatian-SET"));
        writeTreebankArticle(Sites.SR_LATN, sr, 1, 0, licence.formatted("UD_Serbian-SET"));

        List<String> resourceLines = nonEmpty(mt).subList(0, 12);
        recorder.resource("file:///srv/exports/mt/ahbarijiet-0001.txt", "text/plain; charset=utf-8",
                (String.join("\n", resourceLines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void writeTreebankArticle(Site site, List<String> lines, int headlineLine, int bylineLine, String licence)
            throws IOException {
        String headline = lines.get(headlineLine - 1);
        int from = Math.max(headlineLine, bylineLine);
        List<String> body = new ArrayList<>();
        for (int i = from; i < lines.size() && body.size() < 25; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (isHeadlineLike(line)) {
                break;
            }
            body.add(line);
        }
        Article article = Article.of(site, 400000 + headlineLine, headline, body);
        String byline = bylineLine > 0 ? lines.get(bylineLine - 1) : "";
        String html = Html.articlePage(site, article.withByline(byline), List.of(), Html.UTF8_META, licence);
        recorder.exchange(site, article.url(), Http.ok("text/html; charset=utf-8", encode(html, utf8())));
    }

    /** A treebank line without final punctuation is a headline or byline: the next article starts there. */
    private static boolean isHeadlineLike(String line) {
        String t = line.strip();
        return !t.isEmpty() && ".!?:;\"”»)'".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /**
     * One short page each for three mission languages that Lingua 1.2.2 cannot identify: Galician, Luxembourgish and
     * Montenegrin. CLD2's snippets are lower-case word runs without punctuation, about 40 words long.
     */
    private void writeCld2Snippets() throws IOException {
        Map<String, String> snippets = new LinkedHashMap<>();
        for (String row : readLines(data.resolve("lid-cld2-unittest/cld2_teststrings.tsv"))) {
            String[] cols = row.split("\t");
            if (cols.length == 4 && !snippets.containsKey(cols[0])) {
                snippets.put(cols[0], cols[3]);
            }
        }
        for (Site site : Sites.CLD2) {
            String text = snippets.get(site.cld2Var());
            if (text == null) {
                throw new IllegalStateException("CLD2 test string not found: " + site.cld2Var());
            }
            Article article = Article.of(site, 500000 + Math.floorMod(site.cld2Var().hashCode(), 1000),
                    site.nav().get(1), List.of(text));
            String html = Html.articlePage(site, article, List.of(), Html.UTF8_META, "");
            recorder.exchange(site, article.url(), Http.ok("text/html; charset=utf-8", encode(html, utf8())));
        }
    }

    /**
     * The CC0 page: English prose from the format corpus's powerpoint4-mac README, whose author waived all rights
     * (CC0 1.0), so the {@code rel="license"} link on the page is true.
     */
    private void writeCc0Page() throws IOException {
        List<String> readme = readLines(data.resolve(
                "office-docs-format-corpus/office-examples/powerpoint4-mac/README.md"));
        String headline = null;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i).strip();
            if (line.startsWith("License")) {
                break;
            }
            if (i + 1 < readme.size() && readme.get(i + 1).startsWith("---")) {
                headline = headline == null && line.startsWith("Migration") ? line : headline;
                continue;
            }
            if (headline != null && !line.isEmpty() && !line.startsWith("---")) {
                paragraphs.add(line);
            }
        }
        if (headline == null || paragraphs.isEmpty()) {
            throw new IllegalStateException("unexpected powerpoint4-mac README layout");
        }
        Site site = Sites.BLOG_EN;
        Article article = new Article(site, 600001, headline, paragraphs.stream().map(List::of).toList(), "",
                site.origin() + "/2025/02/migration-of-powerpoint-for-mac-4-files/");
        String licence = Html.licence("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0",
                "Text: format-corpus, Open Preservation Foundation.");
        String html = Html.articlePage(site, article, List.of(), Html.UTF8_META, licence);
        recorder.exchange(site, article.url(), Http.ok("text/html; charset=utf-8", encode(html, utf8())));
    }

    /**
     * Four real pages, byte for byte as kept in Mozilla Readability's test pages, all licensed CC BY-SA 3.0 by their
     * publishers and carrying that licence in their own markup. They keep their real URLs (where they were
     * published); HTTP headers and capture dates are the builder's.
     */
    private void writeReadabilityPages() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("wikipedia", "https://en.wikipedia.org/wiki/Mozilla");
        pages.put("wikipedia-3", "https://en.wikipedia.org/wiki/Hermitian_matrix");
        pages.put("001", "https://nicolas.perriault.net/code/2013/get-your-frontend-javascript-code-covered/");
        pages.put("002", "https://hacks.mozilla.org/2015/03/this-api-is-so-fetching/");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            byte[] html = gunzip(data.resolve("html-extraction-readability/test-pages/" + page.getKey()
                    + "/source.html.gz"));
            recorder.exchange(null, page.getValue(), Http.ok("text/html; charset=UTF-8", html));
        }
    }

    /** The first English article recrawled a day later with an identical payload: a revisit record, no body. */
    private void writeRevisit() throws IOException {
        recorder.revisit(revisitTarget);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Special cases attached to ordinary article pages.

    /** Header fields, head elements (including the charset declaration) and encoding of one article page. */
    private record Special(String contentType, Map<String, String> extraHeaders, String head, boolean gzip) {
    }

    private static Special specialCase(String key, int page) {
        String html = "text/html; charset=utf-8";
        Map<String, String> headers = new LinkedHashMap<>();
        String head = Html.UTF8_META;
        boolean gzip = false;
        String id = key + page;
        switch (id) {
            // W3C TDM Reservation Protocol (TDMRep, Community Group report), HTTP header form.
            case "it2" -> {
                headers.put("tdm-reservation", "1");
                headers.put("tdm-policy", "https://www.it.example/tdm/policy.json");
            }
            // TDMRep, HTML meta form.
            case "es2" -> head += "<meta name=\"tdm-reservation\" content=\"1\">\n"
                    + "<meta name=\"tdm-policy\" content=\"https://www.es.example/tdm/policy.json\">\n";
            // The "noai"/"noimageai" directives DeviantArt introduced in 2022, in the robots meta tag.
            case "nl2" -> head += "<meta name=\"robots\" content=\"noai, noimageai\">\n";
            // The same directive as an HTTP header.
            case "pl2" -> headers.put("X-Robots-Tag", "noai");
            // Header claims UTF-8, bytes are windows-1252 and the page declares nothing: charset detection must
            // notice that the bytes are not UTF-8 rather than trust the header.
            case "pt3" -> {
                html = "text/html; charset=UTF-8";
                head = "";
            }
            // No charset in the header; the page declares ISO-8859-2 in a meta http-equiv, as legacy CMSs did.
            case "pl3" -> {
                html = "text/html";
                head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">\n";
            }
            // Payload stored with its Content-Encoding, as a crawler that keeps the wire bytes would store it.
            case "ro2" -> gzip = true;
            default -> {
            }
        }
        return new Special(html, headers, head, gzip);
    }

    private static Charset pageCharset(String key, int page) {
        return switch (key + page) {
            case "pt3" -> Charset.forName("windows-1252");
            case "pl3" -> Charset.forName("ISO-8859-2");
            default -> utf8();
        };
    }

    private static List<Article> relatedTo(List<Article> all, Article self) {
        return all.stream().filter(a -> a != self).toList();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Sentences.

    private SentencePool pool(String lang) {
        return pools.computeIfAbsent(lang, l -> new SentencePool(l,
                readLines(data.resolve("lid-lingua-testdata/sentences/" + l + ".txt"))));
    }

    /**
     * Lingua's sentence files are sorted alphabetically (neighbouring lines often share their first words), so the
     * pool draws prose-like sentences in a fixed pseudo-random order instead: {@link Random} and
     * {@link Collections#shuffle(List, Random)} are specified algorithms, hence the same order on every JVM.
     */
    private static final class SentencePool {
        private final String lang;
        private final List<String> sentences;
        private int next;
        private int nextHeadline;

        SentencePool(String lang, List<String> lines) {
            this.lang = lang;
            List<String> prose = new ArrayList<>(lines.stream().filter(SentencePool::isProse).toList());
            Collections.shuffle(prose, new Random(seed("sentences:" + lang)));
            this.sentences = prose;
            this.nextHeadline = prose.size() - 1;
        }

        /**
         * A sentence that reads as article prose: starts with a letter in title case, ends with one of . ! ?
         * and not with an ellipsis, 40-280 characters, no URLs, list markers or hashtags.
         */
        static boolean isProse(String s) {
            int n = s.length();
            if (n < 40 || n > 280) {
                return false;
            }
            // Title-case test rather than "not lower case": Georgian Mkhedruli letters are lower case (Ll) since
            // Unicode 11 but are their own title case, and Georgian prose never capitalises.
            int first = s.codePointAt(0);
            if (!Character.isLetter(first) || Character.toTitleCase(first) != first) {
                return false;
            }
            if (".!?".indexOf(s.charAt(n - 1)) < 0 || s.endsWith("..") || s.endsWith("…")) {
                return false;
            }
            for (String bad : List.of("http", "www.", "@", "#", "*", "|", " - ", "•")) {
                if (s.contains(bad)) {
                    return false;
                }
            }
            return true;
        }

        String next(Predicate<String> accept) {
            while (next <= nextHeadline) {
                String s = sentences.get(next++);
                if (accept.test(s)) {
                    return s;
                }
            }
            throw new IllegalStateException("sentence pool exhausted for " + lang);
        }

        /**
         * A short sentence (5-11 words, no brackets) from the far end of the pool, final full stop removed; one
         * ending in an abbreviation ("z.B.") is skipped, since removing its stop would leave it cut short.
         */
        String headline(Predicate<String> accept) {
            while (nextHeadline >= next) {
                String s = sentences.get(nextHeadline--);
                String[] words = s.split("\\s+");
                String last = words[words.length - 1];
                boolean abbreviation = last.endsWith(".") && last.substring(0, last.length() - 1).contains(".");
                if (words.length >= 5 && words.length <= 11 && s.length() <= 90 && !abbreviation
                        && s.indexOf('(') < 0 && accept.test(s)) {
                    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
                }
            }
            throw new IllegalStateException("no headline left for " + lang);
        }

        Article article(Site site, int page, int count, Predicate<String> accept) {
            String headline = headline(accept);
            List<String> body = new ArrayList<>();
            while (body.size() < count) {
                body.add(next(accept));
            }
            int id = 100000 + Math.floorMod(("article:" + site.key() + ":" + page).hashCode(), 900000);
            return Article.of(site, id, headline, body);
        }
    }

    private static long seed(String name) {
        return name.hashCode(); // String.hashCode is specified by the JLS, so stable across JVMs
    }

    // ------------------------------------------------------------------------------------------------------------
    // Model.

    /** A site: host, language, the URL section for articles, its five menu labels and its page layout. */
    record Site(String key, String lang, String host, String section, List<String> nav, Layout layout,
                String ip, String cld2Var) {
        String origin() {
            return "https://" + host;
        }
    }

    enum Layout { NEWS, PORTAL, BLOG }

    /** An article: headline plus paragraphs of sentences, at a URL of its site. */
    record Article(Site site, int id, String headline, List<List<String>> paragraphs, String byline, String url) {
        static Article of(Site site, int id, String headline, List<String> sentences) {
            List<List<String>> paragraphs = new ArrayList<>();
            int n = sentences.size();
            int i = 0;
            while (i < n) {
                int end = Math.min(n, i + SENTENCES_PER_PARAGRAPH);
                if (n - end == 1) {
                    end = n; // a lone last sentence joins the paragraph before it, as an editor would
                }
                paragraphs.add(List.copyOf(sentences.subList(i, end)));
                i = end;
            }
            String url = site.origin() + "/" + site.section() + "/2025/02/" + id + ".html";
            return new Article(site, id, headline, paragraphs, "", url);
        }

        Article withByline(String newByline) {
            return new Article(site, id, headline, paragraphs, newByline, url);
        }

        List<String> sentences() {
            return paragraphs.stream().flatMap(List::stream).toList();
        }
    }

    /** What the recorder returns for a response, so later records can refer to it. */
    record Capture(URI recordId, Instant date, WarcDigest payloadDigest) {
    }

    record RevisitTarget(String url, Capture capture, Http.Response response) {
    }

    // ------------------------------------------------------------------------------------------------------------
    // Sites. Hosts under the reserved .example TLD (RFC 2606) stand for a site of that country; menus are in the site's language.

    static final class Sites {
        static Site site(String key, String lang, String host, String section, Layout layout, String... nav) {
            return cld2Site(key, lang, host, section, layout, null, nav);
        }

        static Site cld2Site(String key, String lang, String host, String section, Layout layout, String cld2Var,
                             String... nav) {
            // A documentation address (RFC 5737 TEST-NET-3, never routable), the same for every page of a host.
            String ip = "203.0.113." + (10 + Math.floorMod(host.hashCode(), 240));
            return new Site(key, lang, host, section, List.of(nav), layout, ip, cld2Var);
        }

        static final List<Site> LINGUA = List.of(
                site("bg", "bg", "www.bg.example", "novini", Layout.NEWS,
                        "Начало", "Новини", "Култура", "Спорт", "Контакти"),
                site("bs", "bs", "www.ba.example", "vijesti", Layout.PORTAL,
                        "Početna", "Vijesti", "Kultura", "Sport", "Kontakt"),
                site("ca", "ca", "www.cat.example", "noticies", Layout.BLOG,
                        "Inici", "Notícies", "Cultura", "Esports", "Contacte"),
                site("cs", "cs", "www.cz.example", "zpravy", Layout.NEWS,
                        "Úvod", "Zprávy", "Kultura", "Sport", "Kontakt"),
                site("da", "da", "www.dk.example", "nyheder", Layout.PORTAL,
                        "Forside", "Nyheder", "Kultur", "Sport", "Kontakt"),
                site("de", "de", "www.de.example", "nachrichten", Layout.NEWS,
                        "Startseite", "Nachrichten", "Kultur", "Sport", "Kontakt"),
                site("el", "el", "www.gr.example", "eidiseis", Layout.BLOG,
                        "Αρχική", "Ειδήσεις", "Πολιτισμός", "Αθλητισμός", "Επικοινωνία"),
                site("en", "en", "www.ie.example", "en/news", Layout.NEWS,
                        "Home", "News", "Culture", "Sport", "Contact"),
                site("es", "es", "www.es.example", "noticias", Layout.PORTAL,
                        "Inicio", "Noticias", "Cultura", "Deportes", "Contacto"),
                site("et", "et", "www.ee.example", "uudised", Layout.BLOG,
                        "Avaleht", "Uudised", "Kultuur", "Sport", "Kontakt"),
                site("eu", "eu", "www.eus.example", "albisteak", Layout.NEWS,
                        "Hasiera", "Albisteak", "Kultura", "Kirola", "Harremanetarako"),
                site("fi", "fi", "www.fi.example", "uutiset", Layout.PORTAL,
                        "Etusivu", "Uutiset", "Kulttuuri", "Urheilu", "Yhteystiedot"),
                site("fr", "fr", "www.fr.example", "actualites", Layout.NEWS,
                        "Accueil", "Actualités", "Culture", "Sport", "Contact"),
                site("ga", "ga", "www.ie.example", "ga/nuacht", Layout.NEWS,
                        "Baile", "Nuacht", "Cultúr", "Spórt", "Teagmháil"),
                site("hr", "hr", "www.hr.example", "vijesti", Layout.BLOG,
                        "Naslovnica", "Vijesti", "Kultura", "Sport", "Kontakt"),
                site("hu", "hu", "www.hu.example", "hirek", Layout.NEWS,
                        "Főoldal", "Hírek", "Kultúra", "Sport", "Kapcsolat"),
                site("is", "is", "www.is.example", "frettir", Layout.PORTAL,
                        "Forsíða", "Fréttir", "Menning", "Íþróttir", "Hafa samband"),
                site("it", "it", "www.it.example", "notizie", Layout.NEWS,
                        "Home", "Notizie", "Cultura", "Sport", "Contatti"),
                site("ka", "ka", "www.ge.example", "siakhleebi", Layout.BLOG,
                        "მთავარი", "სიახლეები", "კულტურა", "სპორტი", "კონტაქტი"),
                site("lt", "lt", "www.lt.example", "naujienos", Layout.PORTAL,
                        "Pradžia", "Naujienos", "Kultūra", "Sportas", "Kontaktai"),
                site("lv", "lv", "www.lv.example", "zinas", Layout.NEWS,
                        "Sākums", "Ziņas", "Kultūra", "Sports", "Kontakti"),
                site("mk", "mk", "www.mk.example", "vesti", Layout.BLOG,
                        "Почетна", "Вести", "Култура", "Спорт", "Контакт"),
                site("nb", "nb", "www.no.example", "nyheter", Layout.PORTAL,
                        "Forside", "Nyheter", "Kultur", "Sport", "Kontakt"),
                site("nn", "nn", "nynorsk.no.example", "nyheiter", Layout.BLOG,
                        "Framsida", "Nyheiter", "Kultur", "Sport", "Kontakt"),
                site("nl", "nl", "www.nl.example", "nieuws", Layout.NEWS,
                        "Home", "Nieuws", "Cultuur", "Sport", "Contact"),
                site("pl", "pl", "www.pl.example", "wiadomosci", Layout.PORTAL,
                        "Strona główna", "Wiadomości", "Kultura", "Sport", "Kontakt"),
                site("pt", "pt", "www.pt.example", "noticias", Layout.NEWS,
                        "Início", "Notícias", "Cultura", "Desporto", "Contactos"),
                site("ro", "ro", "www.ro.example", "stiri", Layout.BLOG,
                        "Acasă", "Știri", "Cultură", "Sport", "Contact"),
                site("sk", "sk", "www.sk.example", "spravy", Layout.NEWS,
                        "Úvod", "Správy", "Kultúra", "Šport", "Kontakt"),
                site("sl", "sl", "www.si.example", "novice", Layout.PORTAL,
                        "Domov", "Novice", "Kultura", "Šport", "Kontakt"),
                site("sq", "sq", "www.al.example", "lajme", Layout.BLOG,
                        "Ballina", "Lajme", "Kulturë", "Sport", "Kontakt"),
                site("sr", "sr", "www.rs.example", "vesti", Layout.NEWS,
                        "Почетна", "Вести", "Култура", "Спорт", "Контакт"),
                site("sv", "sv", "www.se.example", "nyheter", Layout.PORTAL,
                        "Startsida", "Nyheter", "Kultur", "Sport", "Kontakt"),
                site("tr", "tr", "www.tr.example", "haberler", Layout.NEWS,
                        "Ana Sayfa", "Haberler", "Kültür", "Spor", "İletişim"),
                site("uk", "uk", "www.ua.example", "novyny", Layout.BLOG,
                        "Головна", "Новини", "Культура", "Спорт", "Контакти"));

        static final Site SYNDICATION_AT = site("de-AT", "de", "www.at.example", "nachrichten", Layout.NEWS,
                "Startseite", "Nachrichten", "Kultur", "Sport", "Kontakt");
        static final Site NEAR_DUP_BE = site("fr-BE", "fr-BE", "www.be.example", "fr/actualites", Layout.PORTAL,
                "Accueil", "Belgique", "Monde", "Culture", "Contact");
        static final Site NEAR_DUP_CH = site("fr-CH", "fr-CH", "www.ch.example", "fr/actualite", Layout.BLOG,
                "Accueil", "Suisse", "International", "Culture", "Contact");
        static final Site MT = site("mt", "mt", "www.mt.example", "ahbarijiet", Layout.NEWS,
                "Il-Paġna Ewlenija", "Aħbarijiet", "Kultura", "Sport", "Kuntatt");
        static final Site HR_UD = site("hr-UD", "hr", "www.hr.example", "svijet", Layout.PORTAL,
                "Naslovnica", "Svijet", "Kultura", "Sport", "Kontakt");
        static final Site SR_LATN = site("sr-Latn", "sr-Latn", "www.rs.example", "lat/svet", Layout.NEWS,
                "Početna", "Vesti", "Kultura", "Sport", "Kontakt");
        static final List<Site> CLD2 = List.of(
                cld2Site("gl", "gl", "www.gal.example", "novas", Layout.BLOG, "kTeststr_gl_Latn",
                        "Inicio", "Novas", "Cultura", "Deportes", "Contacto"),
                cld2Site("lb", "lb", "www.lu.example", "noriichten", Layout.NEWS, "kTeststr_lb_Latn",
                        "Haaptsäit", "Noriichten", "Kultur", "Sport", "Kontakt"),
                cld2Site("cnr", "cnr", "www.me.example", "vijesti", Layout.PORTAL, "kTeststr_sr_ME_Latn",
                        "Početna", "Vijesti", "Kultura", "Sport", "Kontakt"));
        static final Site BLOG_EN = site("en-blog", "en", "blog.example.org", "", Layout.BLOG,
                "Home", "Articles", "Formats", "Tools", "Contact");

        private Sites() {
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // HTML. Page furniture is written here; only the article text comes from the data sets.

    static final class Html {
        static final String UTF8_META = "<meta charset=\"utf-8\">\n";
        private static final String COOKIE_NOTICE =
                "This website uses cookies to measure traffic and to remember your preferences.";

        static String articlePage(Site site, Article article, List<Article> related, String head,
                                  String licence) {
            StringBuilder main = new StringBuilder();
            main.append("<article class=\"").append(site.layout() == Layout.BLOG ? "post" : "story").append("\">\n");
            main.append("<h1>").append(esc(article.headline())).append("</h1>\n");
            if (!article.byline().isEmpty()) {
                main.append("<p class=\"byline\">").append(esc(article.byline())).append("</p>\n");
            }
            main.append("<p class=\"dateline\"><time datetime=\"2025-02-14\">14.02.2025</time></p>\n");
            for (List<String> paragraph : article.paragraphs()) {
                main.append("<p>").append(esc(String.join(" ", paragraph))).append("</p>\n");
            }
            if (site.layout() == Layout.BLOG) {
                main.append("<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> "
                        + "<a href=\"#\">E-mail</a></div>\n");
            }
            main.append("</article>\n");
            if (!related.isEmpty()) {
                main.append("<aside class=\"related\">\n<h2>").append(esc(site.nav().get(1))).append("</h2>\n<ul>\n");
                for (Article r : related) {
                    main.append("<li><a href=\"").append(path(r.url())).append("\">").append(esc(r.headline()))
                            .append("</a></li>\n");
                }
                main.append("</ul>\n</aside>\n");
            }
            return page(site, article.headline(), head, main.toString(), licence);
        }

        static String galleryPage(Site site, String title, String caption) {
            String main = "<figure class=\"gallery\">\n<img src=\"/static/logo.png\" alt=\"\" width=\"640\" "
                    + "height=\"427\">\n<figcaption>" + esc(caption) + "</figcaption>\n</figure>\n";
            return page(site, title, UTF8_META, main, "");
        }

        static String tagIndexPage(Site site, String title, List<String> tags, String more) {
            StringBuilder main = new StringBuilder("<h1>").append(esc(title)).append("</h1>\n<ul class=\"tags\">\n");
            for (int i = 0; i < tags.size(); i++) {
                main.append("<li><a href=\"/cimke/").append(i + 1).append("\">").append(esc(tags.get(i)))
                        .append("</a></li>\n");
                if (i % 4 == 3) {
                    main.append("<li class=\"more\"><a href=\"/cimkek/?oldal=").append(i / 4 + 2).append("\">")
                            .append(more).append("</a></li>\n");
                }
            }
            main.append("</ul>\n");
            return page(site, title, UTF8_META, main.toString(), "");
        }

        static String notFoundPage(Site site) {
            String main = "<h1>Seite nicht gefunden</h1>\n<p>Fehler 404</p>\n<p><a href=\"/\">"
                    + esc(site.nav().get(0)) + "</a></p>\n";
            return page(site, "404", UTF8_META, main, "");
        }

        static String licence(String href, String name, String credit) {
            return "<p class=\"licence\">" + esc(credit) + " Licence: <a rel=\"license\" href=\"" + href + "\">"
                    + esc(name) + "</a>.</p>\n";
        }

        /** Heritrix-style outlinks of an article page, for the metadata record. */
        static List<String> outlinks(Site site) {
            List<String> links = new ArrayList<>();
            links.add(site.origin() + "/static/site.css E link/@href");
            links.add(site.origin() + "/static/logo.png E img/@src");
            for (String slug : menuSlugs(site)) {
                links.add(site.origin() + "/" + slug + " L a/@href");
            }
            return links;
        }

        private static String page(Site site, String title, String head, String main, String licence) {
            List<String> nav = site.nav();
            // A page that states a licence credits its source instead of claiming the site's copyright.
            String copyright = licence.isEmpty() ? "&copy; 2025 " + site.host() : "";
            String[] slugs = menuSlugs(site);
            StringBuilder menu = new StringBuilder();
            for (int i = 0; i < nav.size(); i++) {
                menu.append("<li><a href=\"/").append(slugs[i]).append("\">").append(esc(nav.get(i)))
                        .append("</a></li>");
            }
            StringBuilder b = new StringBuilder();
            b.append("<!DOCTYPE html>\n<html lang=\"").append(site.lang()).append("\">\n<head>\n").append(head);
            b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            b.append("<title>").append(esc(title)).append(" | ").append(site.host()).append("</title>\n");
            b.append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n");
            switch (site.layout()) {
                case NEWS -> {
                    b.append("<body class=\"layout-news\">\n");
                    b.append("<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\">\n<p>")
                            .append(COOKIE_NOTICE).append(" <a href=\"/cookies\">Cookie policy</a></p>\n")
                            .append("<button type=\"button\">Accept all</button> ")
                            .append("<button type=\"button\">Reject</button>\n</div>\n");
                    b.append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">")
                            .append("<img src=\"/static/logo.png\" alt=\"\" width=\"16\" height=\"16\"> ")
                            .append(site.host()).append("</a>\n");
                    b.append("<nav class=\"main-nav\"><ul>").append(menu).append("</ul></nav>\n</header>\n");
                    b.append("<main class=\"content\">\n").append(main).append("</main>\n");
                    b.append("<footer class=\"site-footer\">\n<ul class=\"footer-links\"><li><a href=\"/contact/\">")
                            .append(esc(nav.get(4))).append("</a></li><li><a href=\"/privacy\">Privacy</a></li>")
                            .append("<li><a href=\"/cookies\">Cookies</a></li></ul>\n");
                    b.append(licence);
                    b.append(copyright.isEmpty() ? "" : "<p>" + copyright + "</p>\n").append("</footer>\n");
                }
                case PORTAL -> {
                    b.append("<body class=\"layout-portal\">\n");
                    b.append("<div class=\"topbar\"><a href=\"/login\">Log in</a> | <a href=\"/search\">Search</a>"
                            + " | <a href=\"/newsletter\">Newsletter</a></div>\n");
                    b.append("<div class=\"menu\"><ul>").append(menu).append("</ul></div>\n");
                    b.append("<div class=\"breadcrumb\"><a href=\"/\">").append(esc(nav.get(0)))
                            .append("</a> &raquo; <a href=\"/").append(site.section()).append("/\">")
                            .append(esc(nav.get(1))).append("</a></div>\n");
                    b.append("<div id=\"content\">\n").append(main).append("</div>\n");
                    b.append("<div class=\"sidebar\"><h3>Newsletter</h3><form action=\"/newsletter\">"
                            + "<input type=\"email\" name=\"email\" placeholder=\"E-mail\"> "
                            + "<button>Subscribe</button></form></div>\n");
                    b.append("<div class=\"footer\">\n<div class=\"col\"><a href=\"/contact/\">")
                            .append(esc(nav.get(4)))
                            .append("</a> &middot; <a href=\"/impressum\">Imprint</a> &middot; ")
                            .append("<a href=\"/privacy\">Privacy</a></div>\n");
                    b.append(licence);
                    if (!copyright.isEmpty()) {
                        b.append("<div class=\"col\">").append(copyright).append(". All rights reserved.</div>\n");
                    }
                    b.append("</div>\n");
                    b.append("<div class=\"cookie-bar\" id=\"cookies\">").append(COOKIE_NOTICE)
                            .append(" <button type=\"button\">OK</button></div>\n");
                }
                case BLOG -> {
                    b.append("<body class=\"layout-blog\">\n");
                    b.append("<div class=\"gdpr-notice\"><p>").append(COOKIE_NOTICE)
                            .append("</p><button type=\"button\">Got it</button></div>\n");
                    b.append("<header><p class=\"site-title\"><a href=\"/\">").append(site.host())
                            .append("</a></p>\n<nav><ul>").append(menu).append("</ul></nav>\n</header>\n");
                    b.append("<div class=\"wrap\">\n").append(main).append("</div>\n");
                    b.append("<footer>\n").append(licence).append("<p>").append(copyright)
                            .append(copyright.isEmpty() ? "" : " &middot; ")
                            .append("<a href=\"/privacy\">Privacy</a> &middot; <a href=\"/feed\">RSS</a></p>\n")
                            .append("</footer>\n");
                }
                default -> throw new IllegalStateException(String.valueOf(site.layout()));
            }
            b.append("</body>\n</html>\n");
            return b.toString();
        }

        /** Menu targets: home, the article section, then culture, sport and contact. */
        private static String[] menuSlugs(Site site) {
            return new String[] {"", site.section() + "/", "culture/", "sport/", "contact/"};
        }

        private static String path(String url) {
            return URI.create(url).getRawPath();
        }

        static String esc(String s) {
            StringBuilder b = new StringBuilder(s.length() + 16);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '"' -> b.append("&quot;");
                    default -> b.append(c);
                }
            }
            return b.toString();
        }

        private Html() {
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // HTTP messages, serialised by hand so that header order and payload bytes are exactly as given.

    static final class Http {
        static final class Response {
            final int status;
            final String reason;
            final Map<String, String> headers = new LinkedHashMap<>();
            byte[] body;

            Response(int status, String reason, String contentType, byte[] body) {
                this.status = status;
                this.reason = reason;
                this.body = body;
                headers.put("Server", "nginx");
                if (contentType != null) {
                    headers.put("Content-Type", contentType);
                }
            }

            Response header(String name, String value) {
                headers.put(name, value);
                return this;
            }

            void gzipBody() {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                // GZIPOutputStream writes MTIME = 0 and no file name, so the bytes do not depend on the clock.
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(body);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                body = out.toByteArray();
                headers.put("Content-Encoding", "gzip");
                headers.put("Vary", "Accept-Encoding");
            }

            byte[] serialize(Instant date, boolean withBody) {
                StringBuilder b = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason)
                        .append("\r\n");
                b.append("Date: ").append(HTTP_DATE.format(date)).append("\r\n");
                headers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
                b.append("Content-Length: ").append(body.length).append("\r\n\r\n");
                byte[] head = b.toString().getBytes(StandardCharsets.ISO_8859_1);
                if (!withBody) {
                    return head;
                }
                byte[] all = new byte[head.length + body.length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(body, 0, all, head.length, body.length);
                return all;
            }
        }

        static Response ok(String contentType, byte[] body) {
            return new Response(200, "OK", contentType, body).header("Cache-Control", "max-age=300");
        }

        static Response redirect(String location) {
            String body = "<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
                    + "<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    + "</body>\r\n</html>\r\n";
            return new Response(301, "Moved Permanently", "text/html",
                    body.getBytes(StandardCharsets.US_ASCII)).header("Location", location);
        }

        static Response notFound(byte[] body) {
            return new Response(404, "Not Found", "text/html; charset=utf-8", body);
        }

        static byte[] request(String url, String acceptLanguage) {
            URI uri = URI.create(url);
            String target = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) {
                target += "?" + uri.getRawQuery();
            }
            String head = "GET " + target + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + "\r\n"
                    + "User-Agent: " + USER_AGENT + "\r\n"
                    + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
                    + "Accept-Language: " + acceptLanguage + "\r\n"
                    + "Accept-Encoding: gzip\r\n"
                    + "Connection: close\r\n\r\n";
            return head.getBytes(StandardCharsets.ISO_8859_1);
        }

        private Http() {
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // WARC records.

    /** Writes WARC/1.1 records with deterministic ids, dates and SHA-1 digests (base32, as Heritrix and CC do). */
    static final class Recorder {
        private final WarcWriter writer;
        private final String filename;
        private URI warcinfoId;
        private Instant clock = START;
        int records;

        Recorder(WarcWriter writer, String filename) {
            this.writer = writer;
            this.filename = filename;
        }

        void warcinfo() throws IOException {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("software", List.of("eurocurate SampleCorpusBuilder with jwarc 0.36.0"));
            fields.put("format", List.of("WARC File Format 1.1"));
            fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/"
                    + "warc-format/warc-1.1/"));
            fields.put("isPartOf", List.of("eurocurate-sample"));
            fields.put("description", List.of("Synthetic test crawl built offline from public data sets; "
                    + ".example hosts (RFC 2606) are placeholders and nothing was fetched. Origins and licences of every text: "
                    + "sample/SOURCE.md in the eurocurate repository."));
            fields.put("http-header-user-agent", List.of(USER_AGENT));
            warcinfoId = id("warcinfo", filename, START);
            Warcinfo record = new Warcinfo.Builder()
                    .version(MessageVersion.WARC_1_1)
                    .recordId(warcinfoId)
                    .date(START)
                    .filename(filename)
                    .fields(fields)
                    .build();
            write(record);
        }

        /** A request and its response; returns the response's id, date and payload digest. */
        Capture exchange(Site site, String url, Http.Response response) throws IOException {
            Instant date = tick();
            byte[] request = Http.request(url, site == null ? "en" : site.lang() + ",en;q=0.5");
            byte[] block = response.serialize(date, true);
            URI responseId = id("response", url, date);
            WarcDigest payloadDigest = sha1(response.body);

            WarcRequest.Builder req = new WarcRequest.Builder(URI.create(url))
                    .version(MessageVersion.WARC_1_1)
                    .recordId(id("request", url, date))
                    .date(date)
                    .warcinfoId(warcinfoId)
                    .concurrentTo(responseId)
                    .blockDigest(sha1(request))
                    .body(MediaType.HTTP_REQUEST, request);
            WarcResponse.Builder resp = new WarcResponse.Builder(URI.create(url))
                    .version(MessageVersion.WARC_1_1)
                    .recordId(responseId)
                    .date(date)
                    .warcinfoId(warcinfoId)
                    .blockDigest(sha1(block))
                    .payloadDigest(payloadDigest)
                    .body(MediaType.HTTP_RESPONSE, block);
            if (site != null) {
                InetAddress ip = InetAddress.getByName(site.ip());
                req.ipAddress(ip);
                resp.ipAddress(ip);
            }
            write(req.build());
            write(resp.build());
            return new Capture(responseId, date, payloadDigest);
        }

        /** A Heritrix-style metadata record (application/warc-fields) about a captured response. */
        void metadata(String url, Capture capture, List<String> outlinks) throws IOException {
            StringBuilder b = new StringBuilder();
            b.append("via: ").append(URI.create(url).resolve("/")).append("\r\n");
            b.append("hopsFromSeed: L\r\n");
            b.append("fetchTimeMs: 142\r\n");
            b.append("charsetForLinkExtraction: UTF-8\r\n");
            for (String link : outlinks) {
                b.append("outlink: ").append(link).append("\r\n");
            }
            byte[] body = b.toString().getBytes(StandardCharsets.UTF_8);
            write(new WarcMetadata.Builder()
                    .version(MessageVersion.WARC_1_1)
                    .recordId(id("metadata", url, capture.date()))
                    .date(capture.date())
                    .targetURI(url)
                    .warcinfoId(warcinfoId)
                    .concurrentTo(capture.recordId())
                    .blockDigest(sha1(body))
                    .body(MediaType.WARC_FIELDS, body)
                    .build());
        }

        /** A resource record: a document captured without a protocol exchange (here a text file export). */
        void resource(String uri, String contentType, byte[] body) throws IOException {
            Instant date = tick();
            write(new WarcResource.Builder(URI.create(uri))
                    .version(MessageVersion.WARC_1_1)
                    .recordId(id("resource", uri, date))
                    .date(date)
                    .warcinfoId(warcinfoId)
                    .blockDigest(sha1(body))
                    .payloadDigest(sha1(body))
                    .body(MediaType.parse(contentType), body)
                    .build());
        }

        /**
         * WARC 1.1 section 6.7.2, identical-payload-digest profile: the block is the new HTTP header only; the
         * payload digest and the WARC-Refers-To* fields point at the earlier response.
         */
        void revisit(RevisitTarget target) throws IOException {
            Instant date = RECRAWL;
            String url = target.url();
            byte[] request = Http.request(url, "en,en;q=0.5");
            byte[] header = target.response().serialize(date, false);
            URI revisitId = id("revisit", url, date);
            Site site = Sites.LINGUA.stream().filter(s -> s.key().equals("en")).findFirst().orElseThrow();
            InetAddress ip = InetAddress.getByName(site.ip());
            write(new WarcRequest.Builder(URI.create(url))
                    .version(MessageVersion.WARC_1_1)
                    .recordId(id("request", url, date))
                    .date(date)
                    .warcinfoId(warcinfoId)
                    .concurrentTo(revisitId)
                    .ipAddress(ip)
                    .blockDigest(sha1(request))
                    .body(MediaType.HTTP_REQUEST, request)
                    .build());
            write(new WarcRevisit.Builder(url, URI.create(REVISIT_PROFILE))
                    .version(MessageVersion.WARC_1_1)
                    .recordId(revisitId)
                    .date(date)
                    .warcinfoId(warcinfoId)
                    .refersTo(target.capture().recordId(), URI.create(url), target.capture().date())
                    .ipAddress(ip)
                    .blockDigest(sha1(header))
                    .payloadDigest(target.capture().payloadDigest())
                    .body(MediaType.HTTP_RESPONSE, header)
                    .build());
        }

        private Instant tick() {
            Instant now = clock;
            clock = clock.plus(STEP);
            return now;
        }

        private void write(org.netpreserve.jwarc.WarcRecord record) throws IOException {
            writer.write(record);
            records++;
        }

        /** Name-based (version 3) UUID of record type, URI and date: stable across runs, unique per record. */
        private static URI id(String type, String uri, Instant date) {
            UUID uuid = UUID.nameUUIDFromBytes(("eurocurate-sample|" + type + "|" + uri + "|" + date)
                    .getBytes(StandardCharsets.UTF_8));
            return URI.create("urn:uuid:" + uuid);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Non-HTML payloads written here.

    static final class Assets {
        static final String SITE_CSS = """
                body { margin: 0; font: 16px/1.5 Georgia, serif; color: #222; }
                .site-header, .topbar { background: #0b3d91; color: #fff; padding: .5em 1em; }
                .main-nav ul, .menu ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1em; }
                .cookie-banner, .cookie-bar, .gdpr-notice { position: fixed; bottom: 0; background: #ffd; }
                .related, .sidebar { font-size: .9em; border-top: 1px solid #ccc; }
                .site-footer, .footer { font-size: .8em; color: #666; padding: 1em; }
                """;

        static final String ROBOTS_TXT = """
                User-agent: GPTBot
                Disallow: /

                User-agent: CCBot
                Disallow: /

                User-agent: *
                Disallow: /haku/
                Allow: /

                Sitemap: https://www.fi.example/sitemap.xml
                """;

        /**
         * A 16x16 greyscale PNG (ISO/IEC 15948) built by hand with a stored (uncompressed) zlib block, so that
         * its bytes do not depend on the zlib version the JDK links.
         */
        static byte[] logoPng() {
            int size = 16;
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            for (int y = 0; y < size; y++) {
                raw.write(0); // filter type None
                for (int x = 0; x < size; x++) {
                    raw.write((x + y) * 8);
                }
            }
            byte[] pixels = raw.toByteArray();
            ByteArrayOutputStream zlib = new ByteArrayOutputStream();
            zlib.write(0x78);
            zlib.write(0x01);
            zlib.write(1); // final stored block
            zlib.write(pixels.length & 0xff);
            zlib.write(pixels.length >>> 8);
            zlib.write(~pixels.length & 0xff);
            zlib.write((~pixels.length >>> 8) & 0xff);
            zlib.writeBytes(pixels);
            Adler32 adler = new Adler32();
            adler.update(pixels);
            writeInt(zlib, (int) adler.getValue());

            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            writeInt(ihdr, size);
            writeInt(ihdr, size);
            ihdr.writeBytes(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale, deflate, adaptive filter, no interlace
            chunk(png, "IHDR", ihdr.toByteArray());
            chunk(png, "IDAT", zlib.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        }

        private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
            writeInt(out, data.length);
            byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
            out.writeBytes(typeBytes);
            out.writeBytes(data);
            CRC32 crc = new CRC32();
            crc.update(typeBytes);
            crc.update(data);
            writeInt(out, (int) crc.getValue());
        }

        private static void writeInt(ByteArrayOutputStream out, int v) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
        }

        private Assets() {
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Small helpers.

    private static Charset utf8() {
        return StandardCharsets.UTF_8;
    }

    private static CharsetEncoder encoder(Charset charset) {
        return charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Encodes strictly: a character the page's charset cannot hold is a bug here, not a '?' in the sample. */
    private static byte[] encode(String text, Charset charset) {
        try {
            ByteBuffer buffer = encoder(charset).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("text not encodable in " + charset, e);
        }
    }

    /** All lines, stripped, blank ones kept so that indexes match line numbers. */
    private static List<String> readLines(Path file) {
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lines.add(line.replace("\uFEFF", "").strip());
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> nonEmpty(List<String> lines) {
        return new ArrayList<>(lines.stream().filter(l -> !l.isEmpty()).toList());
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static WarcDigest sha1(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            md.update(bytes);
            return new WarcDigest(md);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }
}
