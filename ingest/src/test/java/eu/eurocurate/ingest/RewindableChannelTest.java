package eu.eurocurate.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RewindableChannelTest {

    private static byte[] data(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    @Test
    void readsTheStreamInOrder() throws IOException {
        byte[] d = data(100_000);
        RewindableChannel c = new RewindableChannel(new ByteArrayInputStream(d));
        ByteBuffer all = ByteBuffer.allocate(d.length);
        while (c.read(all) > 0) {
            // read on
        }
        assertEquals(-1, c.read(ByteBuffer.allocate(10)));
        assertEquals(java.nio.ByteBuffer.wrap(d), all.flip());
        assertEquals(d.length, c.size());
    }

    @Test
    void seeksBackWithinHistoryAndForwardPastTheStream() throws IOException {
        byte[] d = data(3 * RewindableChannel.HISTORY_BYTES);
        RewindableChannel c = new RewindableChannel(new ByteArrayInputStream(d));
        c.position(2_000_000);
        assertEquals(2_000_000, c.position());
        assertEquals(d[2_000_000] & 0xFF, c.readByte());
        c.position(1_500_000);
        assertEquals(d[1_500_000] & 0xFF, c.readByte());
        assertThrows(IOException.class, () -> c.position(100), "beyond the retained history");
        assertEquals(d.length, c.drainToEnd());
        assertEquals(-1, c.readByte());
    }

    @Test
    void remembersAFailureOfTheUnderlyingStream() {
        RewindableChannel c = new RewindableChannel(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("gone");
            }
        });
        assertNull(c.streamFailure());
        assertThrows(IOException.class, () -> c.read(ByteBuffer.allocate(4)));
        assertNotNull(c.streamFailure());
    }

    @Test
    void isReadOnly() {
        RewindableChannel c = new RewindableChannel(new ByteArrayInputStream(new byte[0]));
        assertThrows(NonWritableChannelException.class, () -> c.write(ByteBuffer.allocate(1)));
        assertThrows(NonWritableChannelException.class, () -> c.truncate(0));
        assertThrows(IOException.class, c::size, "size is unknown before the end");
    }
}
