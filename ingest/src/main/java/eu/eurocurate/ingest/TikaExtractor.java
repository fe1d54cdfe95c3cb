package eu.eurocurate.ingest;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Office documents, PDFs and e-books to text through Apache Tika's {@link AutoDetectParser}. Built once per JVM (Tika's
 * service loading takes a second or two) and thread-safe: Tika parsers keep no state between parses, and each call
 * has its own handler and context.
 *
 * <p>Deliberate choices: OCR is off (a crawl-scale job cannot afford Tesseract, and scanned pages are better handled
 * by a dedicated pipeline); embedded documents (attachments, images inside a DOCX) are not parsed, so a document
 * yields its own text only and an archive cannot unfold into gigabytes; the text is collected only up to a limit,
 * after which the parse stops.
 */
final class TikaExtractor {

    /** What Tika read: the text, the media type its detector saw, and whether the text limit stopped the parse. */
    record Result(String text, String mediaType, boolean truncated) {
    }

    /** Block elements of Tika's XHTML output after which a line ends (Tika emits some newlines itself). */
    private static final Set<String> LINE_END_ELEMENTS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "tr", "br", "blockquote", "pre", "table", "ul", "ol", "title");
    /** How many characters between two checks of the thread's interrupt flag (see {@link ParseLimiter}). */
    private static final int INTERRUPT_CHECK_CHARS = 16384;

    private final Parser parser;
    private final Detector detector;

    TikaExtractor() {
        this.parser = new AutoDetectParser(SharedConfig.CONFIG);
        this.detector = SharedConfig.CONFIG.getDetector();
    }

    /**
     * Tika's default configuration, loaded once per JVM (it scans the class path for parsers, which takes seconds)
     * and shared: a TikaConfig is immutable once built.
     */
    private static final class SharedConfig {
        static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    }

    /** The media type Tika's detector sees in the bytes (magic, container inspection, then the file name). */
    String detect(byte[] bytes, int length, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(slice(bytes, length))) {
            MediaType type = detector.detect(in, metadata);
            return type.getBaseType().toString();
        }
    }

    /**
     * Parses the document. Throws what Tika throws ({@code EncryptedDocumentException} for password-protected files,
     * {@code TikaException} for broken ones); {@link ParseInterruptedException} when the time limit interrupted it.
     */
    Result extract(byte[] bytes, int length, String mediaType, String fileName, int maxChars) throws Exception {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        if (mediaType != null && !mediaType.isEmpty()) {
            metadata.set(Metadata.CONTENT_TYPE, mediaType);
        }
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(EmbeddedDocumentExtractor.class, NoEmbedded.INSTANCE);

        TextCollector collector = new TextCollector(maxChars);
        ContentHandler handler = new BodyContentHandler(collector);
        try (InputStream in = TikaInputStream.get(slice(bytes, length), metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (!collector.limitReached) {
                throw e;
            }
            // The parse was stopped on purpose by the text limit: what was collected is the result.
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ParseInterruptedException();
        }
        String type = MediaTypes.base(metadata.get(Metadata.CONTENT_TYPE));
        return new Result(TextNormalizer.tidy(collector.text), type, collector.limitReached);
    }

    private static byte[] slice(byte[] bytes, int length) {
        return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
    }

    /** Collects body text, ends lines after block elements, stops at the limit, and honours interrupts. */
    private static final class TextCollector extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private boolean limitReached;
        private int sinceCheck;

        TextCollector(int maxChars) {
            // Collect a little more than the cap, so the cut can still be made at a paragraph boundary.
            this.limit = maxChars + Math.min(maxChars, 4096);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            sinceCheck += length;
            if (sinceCheck > INTERRUPT_CHECK_CHARS) {
                sinceCheck = 0;
                if (Thread.currentThread().isInterrupted()) {
                    throw new ParseInterruptedException();
                }
            }
            text.append(ch, start, length);
            if (text.length() > limit) {
                limitReached = true;
                throw new SAXException("text limit reached");
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (LINE_END_ELEMENTS.contains(localName)) {
                text.append('\n');
            }
        }
    }

    /** Tells Tika not to descend into attachments and embedded files. */
    private enum NoEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is always false
        }
    }
}
