package eu.eurocurate.licensing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Loads the real test pages in src/test/resources/pages (see SOURCE.txt there). */
final class Pages {

    static final String EBB_ORG = "readability-ebb-org.html.gz";
    static final String WIKIPEDIA = "readability-wikipedia.html.gz";
    static final String GOOGLE_SRE_BOOK = "readability-google-sre-book-1.html.gz";
    static final String PANARMENIAN = "scrapinghub-d90bda7e.html.gz";

    private Pages() {
    }

    static String load(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test page " + name);
            }
            return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
