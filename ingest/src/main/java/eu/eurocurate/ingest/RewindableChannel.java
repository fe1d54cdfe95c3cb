package eu.eurocurate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only {@link SeekableByteChannel} over a plain {@link InputStream} that can seek forward freely and backward
 * within the last {@link #HISTORY_BYTES} bytes read. It is what lets jwarc's {@code WarcReader.position(long)}
 * resynchronise after a corrupt record without the job needing a seekable file: readers (jwarc's 8 KiB buffers,
 * gzip's input buffer) read ahead of the record that failed, and the next record boundary is found by scanning back
 * from there.
 *
 * <p>A failure of the underlying stream is remembered ({@link #streamFailure()}), so that callers can tell a broken
 * disk or network read (to be retried by the job) from corrupt bytes (to be recorded).
 */
final class RewindableChannel implements SeekableByteChannel {

    /**
     * Bytes kept for seeking back. jwarc reads at most 8 KiB ahead of what it parsed, and a corrupt gzip member is
     * detected within one input buffer of its damage; 1 MiB leaves ample room for both.
     */
    static final int HISTORY_BYTES = 1 << 20;

    private final InputStream in;
    private final byte[] history = new byte[HISTORY_BYTES];
    private final byte[] chunk = new byte[8192];
    /** Bytes read from the stream so far (the stream's position). */
    private long streamPosition;
    /** The channel's position: at most {@link #streamPosition}, at least {@link #oldestRetained()}. */
    private long position;
    private boolean eof;
    private boolean open = true;
    private IOException streamFailure;

    RewindableChannel(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (!dst.hasRemaining()) {
            return 0;
        }
        if (position < streamPosition) {
            return readHistory(dst);
        }
        if (!fill()) {
            return -1;
        }
        return readHistory(dst);
    }

    /** Reads one more chunk from the stream into the history; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        try {
            n = in.read(chunk, 0, chunk.length);
        } catch (IOException e) {
            streamFailure = e;
            throw e;
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        for (int done = 0; done < n; ) {
            int at = (int) (streamPosition % HISTORY_BYTES);
            int k = Math.min(n - done, HISTORY_BYTES - at);
            System.arraycopy(chunk, done, history, at, k);
            done += k;
            streamPosition += k;
        }
        return true;
    }

    private int readHistory(ByteBuffer dst) {
        int at = (int) (position % HISTORY_BYTES);
        int k = (int) Math.min(Math.min(streamPosition - position, HISTORY_BYTES - at), dst.remaining());
        dst.put(history, at, k);
        position += k;
        return k;
    }

    /** One byte at the current position, or -1 at the end of the stream. */
    int readByte() throws IOException {
        if (position >= streamPosition && !fill()) {
            return -1;
        }
        int b = history[(int) (position % HISTORY_BYTES)] & 0xFF;
        position++;
        return b;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        if (newPosition < oldestRetained()) {
            throw new IOException("cannot seek back to " + newPosition + ": only bytes from " + oldestRetained()
                    + " are retained");
        }
        while (newPosition > streamPosition) {
            if (!fill()) {
                break;
            }
        }
        position = Math.min(newPosition, streamPosition);
        return this;
    }

    /** The smallest position that can still be sought back to. */
    long oldestRetained() {
        return Math.max(0, streamPosition - HISTORY_BYTES);
    }

    /**
     * Reads to the end of the stream and returns its total length (used to size the unreadable rest of a file).
     * Leaves the position at the end.
     */
    long drainToEnd() throws IOException {
        while (fill()) {
            // keep reading
        }
        position = streamPosition;
        return streamPosition;
    }

    /** The I/O error the underlying stream threw, or null: not corrupt data, a failed read. */
    IOException streamFailure() {
        return streamFailure;
    }

    /** Unknown until the stream has been read to its end: this channel never asks the stream for its length. */
    @Override
    public long size() throws IOException {
        if (!eof) {
            throw new IOException("size unknown before the end of the stream");
        }
        return streamPosition;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        in.close();
    }
}
