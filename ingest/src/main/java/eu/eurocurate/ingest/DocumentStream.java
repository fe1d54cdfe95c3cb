package eu.eurocurate.ingest;

import eu.eurocurate.core.Document;

import java.util.Iterator;

/**
 * The documents of one input file, read lazily: one record in memory at a time. Every record of the file gives
 * exactly one document carrying exactly one ingest decision; unreadable byte ranges give one document each
 * ({@link Reasons#CORRUPT_RECORD}, {@link Reasons#CORRUPT_FILE}). Never throws on bad content; a failure of the
 * underlying stream itself (a network or disk error) is thrown as {@link java.io.UncheckedIOException} so that the
 * job retries the file instead of recording good data as corrupt.
 *
 * <p>Not thread-safe: one stream is consumed by one thread. {@link #close()} closes the input stream.
 */
public interface DocumentStream extends Iterator<Document>, AutoCloseable {

    @Override
    void close();
}
