package eu.eurocurate.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Which payloads are read, and how: HTML through jsoup, plain text as is, office and e-book documents through Tika,
 * everything else (images, scripts, style sheets, feeds, archives, media) not at all.
 */
final class MediaTypes {

    enum Kind { HTML, TEXT, DOCUMENT, OTHER }

    static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml");
    static final Set<String> TEXT = Set.of("text/plain", "text/markdown", "text/x-markdown");
    /**
     * Document formats worth text: PDF, Word, OpenDocument, RTF, EPUB, PowerPoint, Excel, and the container types
     * Tika's detector reports when it cannot look inside (x-tika-msoffice, x-tika-ooxml; the -protected variant is
     * an encrypted OOXML file, sent to Tika so that it is reported as encrypted).
     */
    static final Set<String> DOCUMENT = Set.of(
            "application/pdf", "application/x-pdf",
            "application/msword", "application/vnd.ms-word",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint", "application/vnd.ms-excel",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/rtf", "text/rtf",
            "application/epub+zip",
            "application/x-tika-msoffice", "application/x-tika-ooxml", "application/x-tika-ooxml-protected");

    /** Media types that say nothing about the bytes; the bytes are sniffed instead. */
    private static final Set<String> UNINFORMATIVE = Set.of("", "application/octet-stream", "unknown/unknown",
            "application/unknown", "binary/octet-stream", "application/x-unknown-content-type");

    private MediaTypes() {
    }

    /** The lower-case {@code type/subtype} of a Content-Type value, without parameters; "" for null or junk. */
    static String base(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        String b = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return b.indexOf('/') > 0 ? b : "";
    }

    /** The {@code charset} parameter of a Content-Type value, or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String v = param.substring(eq + 1).strip();
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    static boolean isUninformative(String base) {
        return UNINFORMATIVE.contains(base);
    }

    static Kind kind(String base) {
        if (HTML.contains(base)) {
            return Kind.HTML;
        }
        if (TEXT.contains(base)) {
            return Kind.TEXT;
        }
        if (DOCUMENT.contains(base)) {
            return Kind.DOCUMENT;
        }
        return Kind.OTHER;
    }

    /**
     * A media type guessed from the first bytes, for payloads served without a useful Content-Type: HTML by its
     * doctype or root tag, PDF by its {@code %PDF-} magic (ISO 32000-1, 7.5.2); "" when unsure.
     */
    static String sniff(byte[] bytes, int length) {
        int n = Math.min(length, 1024);
        if (n >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return "application/pdf";
        }
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading(); // UTF-8 BOM read as Latin-1
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<!--") && head.contains("<html")) {
            return "text/html";
        }
        return "";
    }
}
