package eu.eurocurate.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where a document came from, precisely enough to re-read the bytes.
 *
 * @param file       the input file's full path or URI as given to the job (e.g. {@code hdfs://nn/crawl/x.warc.gz})
 * @param offset     byte offset of the record in the (compressed) file; 0 for a raw file
 * @param length     length in bytes of the record in the file (compressed length for gzip-per-record WARCs);
 *                   the file size for a raw file; -1 when unknown (a truncated record)
 * @param recordId   WARC-Record-ID, or {@code sha256:<hex>} of a raw file's content
 * @param recordType WARC-Type ({@code response}, {@code request}, ...), or {@code file} for a raw file
 */
public record SourceLocator(String file, long offset, long length, String recordId, String recordType)
        implements Serializable {

    public SourceLocator {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recordType, "recordType");
    }
}
