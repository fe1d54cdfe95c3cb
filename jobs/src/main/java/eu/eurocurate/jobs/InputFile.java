package eu.eurocurate.jobs;

import java.io.Serializable;

/**
 * One input file found by {@link InputLister}.
 *
 * @param path         fully qualified path ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param relativePath path relative to the input root it was found under (used in raw-file document ids)
 * @param length       size in bytes
 * @param kind         how it is read
 */
public record InputFile(String path, String relativePath, long length, Kind kind) implements Serializable {

    public enum Kind {
        /** WARC, ARC, WET or WAT, read record by record. */
        WARC,
        /** A raw document (PDF, DOCX, HTML, ...), one document per file, through Apache Tika. */
        RAW,
        /** Neither: listed in the manifest as skipped, with its path. */
        UNSUPPORTED
    }
}
