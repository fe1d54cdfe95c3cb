package eu.eurocurate.ingest;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.config.IngestConfig;
import org.apache.tika.exception.EncryptedDocumentException;

import java.util.concurrent.TimeoutException;

/**
 * One payload's bytes to a document's text: decides how to read it from its media type, decodes, extracts under the
 * time limit, applies the length limits, and appends the document's single ingest decision. Shared by WARC records
 * and raw files, so both obey the same rules. Thread-safe.
 */
final class PayloadExtractor {

    /** Attribute keys written on documents (all prefixed with the stage name). */
    static final String ATTR_CHARSET = "ingest.charset";
    static final String ATTR_CHARSET_SOURCE = "ingest.charset_source";
    static final String ATTR_EXTRACTION = "ingest.extraction";
    static final String ATTR_HTML_LANG = "ingest.html_lang";
    static final String ATTR_TRUNCATED = "ingest.truncated";

    /** Longest exception message kept in a decision's detail: enough to diagnose, short enough for the ledger. */
    static final int MAX_DETAIL_CHARS = 300;

    /** The bytes to read and what is known about them. */
    record Payload(byte[] bytes, int length, String mediaType, String headerCharset, String fileName,
            boolean fromWarc) {
    }

    private final IngestConfig config;
    private final TikaExtractor tika;
    private final ParseLimiter limiter;
    private final HtmlExtractor html;

    PayloadExtractor(IngestConfig config, TikaExtractor tika, ParseLimiter limiter) {
        this.config = config;
        this.tika = tika;
        this.limiter = limiter;
        this.html = new HtmlExtractor(config.htmlExtraction());
    }

    IngestConfig config() {
        return config;
    }

    /** Sets the document's content type, text, markup and attributes, and appends exactly one decision. */
    void extract(Document doc, Payload p) {
        String type = p.mediaType() == null ? "" : p.mediaType();
        try {
            if (MediaTypes.isUninformative(type)) {
                type = MediaTypes.sniff(p.bytes(), p.length());
                if (type.isEmpty() && p.length() > 0) {
                    type = tika.detect(p.bytes(), p.length(), p.fileName());
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            type = "application/octet-stream"; // detection over an in-memory array failed: nothing readable
        }
        doc.contentType(type);
        MediaTypes.Kind kind = MediaTypes.kind(type);
        if (kind == MediaTypes.Kind.OTHER
                || kind == MediaTypes.Kind.DOCUMENT && p.fromWarc() && !config.parseDocumentsInWarc()) {
            drop(doc, Reasons.CONTENT_TYPE, null, type.isEmpty() ? "unknown" : type);
            return;
        }
        try {
            switch (kind) {
                case HTML -> readHtml(doc, p);
                case TEXT -> readText(doc, p);
                default -> readDocument(doc, p, type);
            }
        } catch (TimeoutException e) {
            drop(doc, Reasons.PARSE_TIMEOUT, (double) limiter.limitMillis(), null);
        } catch (EncryptedDocumentException e) {
            drop(doc, Reasons.ENCRYPTED, null, describe(e));
        } catch (ParseInterruptedException e) {
            drop(doc, Reasons.PARSE_TIMEOUT, (double) limiter.limitMillis(), null);
        } catch (Exception | StackOverflowError e) {
            // StackOverflowError: absurdly deep markup or document structure; the parse unwinds and the JVM is fine.
            if (isEncryption(e)) {
                drop(doc, Reasons.ENCRYPTED, null, describe(e));
            } else {
                drop(doc, Reasons.PARSE_ERROR, null, describe(e));
            }
        }
    }

    private void readHtml(Document doc, Payload p) throws Exception {
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(p.bytes(), p.length(), p.headerCharset(), true);
        doc.attribute(ATTR_CHARSET, decoded.charset());
        doc.attribute(ATTR_CHARSET_SOURCE, decoded.source());
        doc.markup(decoded.text());
        String baseUri = doc.url();
        HtmlExtractor.Result r = limiter.call(() -> html.extract(decoded.text(), baseUri));
        doc.attribute(ATTR_EXTRACTION, config.htmlExtraction());
        if (r.htmlLang() != null) {
            doc.attribute(ATTR_HTML_LANG, r.htmlLang());
        }
        finish(doc, r.text(), false);
    }

    private void readText(Document doc, Payload p) {
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(p.bytes(), p.length(), p.headerCharset(), false);
        doc.attribute(ATTR_CHARSET, decoded.charset());
        doc.attribute(ATTR_CHARSET_SOURCE, decoded.source());
        doc.attribute(ATTR_EXTRACTION, "text");
        finish(doc, TextNormalizer.tidy(decoded.text()), false);
    }

    private void readDocument(Document doc, Payload p, String type) throws Exception {
        TikaExtractor.Result r = limiter.call(
                () -> tika.extract(p.bytes(), p.length(), type, p.fileName(), config.maxTextChars()));
        if (!r.mediaType().isEmpty()) {
            doc.contentType(r.mediaType());
        }
        doc.attribute(ATTR_EXTRACTION, "tika");
        finish(doc, r.text(), r.truncated());
    }

    /** Applies max_text_chars and min_text_chars to extracted text and appends the keep or empty-text decision. */
    void finish(Document doc, String text, boolean truncatedByParser) {
        String t = TextNormalizer.truncate(text, config.maxTextChars());
        if (truncatedByParser || t.length() < text.length()) {
            doc.attribute(ATTR_TRUNCATED, "true");
        }
        doc.text(t);
        if (t.length() < config.minTextChars() || t.isEmpty()) {
            drop(doc, Reasons.EMPTY_TEXT, (double) t.length(), null);
        } else {
            doc.decide(Decision.keep(Reasons.STAGE, Reasons.VERSION, Reasons.OK, (double) t.length()));
        }
    }

    static void drop(Document doc, String reason, Double value, String detail) {
        doc.decide(Decision.drop(Reasons.STAGE, Reasons.VERSION, reason, value, detail));
    }

    /** Tika reports some encrypted files through other exceptions (POI, PDFBox) wrapped in a TikaException. */
    private static boolean isEncryption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getSimpleName().contains("Encrypt")
                    || t.getClass().getSimpleName().equals("InvalidPasswordException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        String msg = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
        return msg.length() <= MAX_DETAIL_CHARS ? msg : msg.substring(0, MAX_DETAIL_CHARS);
    }
}
