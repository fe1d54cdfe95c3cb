package eu.eurocurate.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic document ids, derived only from the source (never from Spark partition ids or random UUIDs), so that
 * two runs over the same input give the same ids whatever the cluster layout.
 *
 * <p>Only the file's <em>name</em> takes part, not its directory or scheme: the same WARC read from {@code file://}
 * on a laptop and from {@code s3a://} on a cluster keeps its ids. Common Crawl file names are globally unique.
 */
public final class DocumentIds {

    private DocumentIds() {
    }

    /** Id of a WARC record: file name, byte offset and WARC-Record-ID (which may be null for broken records). */
    public static String forWarcRecord(String file, long offset, String recordId) {
        return digest("warc", fileName(file), Long.toString(offset), recordId == null ? "" : recordId);
    }

    /** Id of a raw file (PDF, DOCX, ...): its path relative to the input root and the SHA-256 of its content. */
    public static String forRawFile(String relativePath, String contentSha256Hex) {
        return digest("file", relativePath, contentSha256Hex);
    }

    /** The last path segment of a path or URI. */
    public static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** 128 bits of SHA-256 over the NUL-separated parts, as 32 lower-case hex digits. */
    static String digest(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        byte[] full = sha.digest();
        return HexFormat.of().formatHex(full, 0, 16);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
