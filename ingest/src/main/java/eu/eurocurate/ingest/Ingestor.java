package eu.eurocurate.ingest;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.DocumentIds;
import eu.eurocurate.core.SourceLocator;
import eu.eurocurate.core.config.IngestConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Stage 1 of the pipeline: input files to {@link Document}s, each with exactly one decision of stage
 * {@value Reasons#STAGE}.
 *
 * <p>Build one per executor JVM and share it between threads: it holds Apache Tika (slow to initialise), the HTML
 * extractor and the pool that enforces {@code ingest.max_parse_millis}. The caller opens the input streams (the Spark
 * job through Hadoop's FileSystem); this class never opens a file by path.
 *
 * <pre>{@code
 * try (Ingestor ingestor = new Ingestor(config.ingest());
 *      DocumentStream docs = ingestor.readWarc(path, fs.open(path))) {
 *     while (docs.hasNext()) {
 *         Document d = docs.next();
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class Ingestor implements AutoCloseable {

    /** File-name endings read as WARC-family files (compared in lower case). */
    static final List<String> WARC_SUFFIXES = List.of(".warc", ".warc.gz", ".arc", ".arc.gz", ".wet", ".wet.gz",
            ".wat", ".wat.gz");

    private final IngestConfig config;
    private final ParseLimiter limiter;
    private final PayloadExtractor extractor;
    private final WarcRecordConverter converter;

    public Ingestor(IngestConfig config) {
        this.config = config;
        this.limiter = new ParseLimiter(config.maxParseMillis());
        this.extractor = new PayloadExtractor(config, new TikaExtractor(), limiter);
        this.converter = new WarcRecordConverter(extractor);
    }

    /** True for WARC, ARC, WET and WAT files, plain or gzipped, by file name. */
    public static boolean isWarc(String path) {
        String name = DocumentIds.fileName(path).toLowerCase(Locale.ROOT);
        for (String suffix : WARC_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** True for a non-WARC file whose extension is listed in {@code ingest.raw_file_extensions}. */
    public static boolean isRawFile(String path, IngestConfig config) {
        if (isWarc(path)) {
            return false;
        }
        String ext = extension(path);
        if (ext.isEmpty()) {
            return false;
        }
        for (String allowed : config.rawFileExtensions()) {
            if (allowed.toLowerCase(Locale.ROOT).equals(ext)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The documents of a WARC-family file, read lazily from {@code in} (gzip detected from the bytes). {@code path}
     * is recorded as given in each document's {@link SourceLocator}; only its file name enters the ids. Closing the
     * stream closes {@code in}.
     */
    public DocumentStream readWarc(String path, InputStream in) {
        return new WarcDocumentStream(path, in, converter);
    }

    /**
     * One raw document file (PDF, DOCX, HTML, TXT, ...) as one document. The id comes from {@code relativePath} (the
     * path below the input root) and the SHA-256 of the content. Does not close {@code in}.
     *
     * @throws UncheckedIOException if reading {@code in} fails (a failed read, not a bad file: bad files are drops)
     */
    public Document readRawFile(String path, String relativePath, InputStream in) {
        MessageDigest sha = DocumentIds.sha256();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long total = 0;
        long max = config.maxRecordBytes();
        byte[] buf = new byte[65536];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                if (total <= max) {
                    kept.write(buf, 0, (int) Math.min(n, max + 1 - total));
                }
                total += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
        String hex = HexFormat.of().formatHex(sha.digest());
        Document doc = new Document(DocumentIds.forRawFile(relativePath, hex),
                new SourceLocator(path, 0, total, "sha256:" + hex, "file"));
        String type = typeByExtension(extension(path));
        if (total > max) {
            doc.contentType(type);
            PayloadExtractor.drop(doc, Reasons.TOO_LARGE, (double) total, null);
            return doc;
        }
        byte[] bytes = kept.toByteArray();
        extractor.extract(doc, new PayloadExtractor.Payload(bytes, bytes.length, type, null,
                DocumentIds.fileName(path), false));
        return doc;
    }

    /** HTML and plain text are known by their extension; everything else is left to content detection (""). */
    private static String typeByExtension(String ext) {
        return switch (ext) {
            case "html", "htm", "xhtml" -> "text/html";
            case "txt", "text" -> "text/plain";
            case "md", "markdown" -> "text/markdown";
            default -> "";
        };
    }

    static String extension(String path) {
        String name = DocumentIds.fileName(path);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public IngestConfig config() {
        return config;
    }

    /** Stops the parse workers. Streams already handed out must not be read afterwards. */
    @Override
    public void close() {
        limiter.close();
    }
}
