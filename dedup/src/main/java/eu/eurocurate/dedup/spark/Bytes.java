package eu.eurocurate.dedup.spark;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compact binary form of every shuffled record. Shuffling byte arrays instead of objects matters for speed: Spark
 * estimates the memory of the records it buffers for sorting by walking their object graphs (profiled: 17% of the CPU
 * samples with objects), and Java serialization of objects costs field reflection; a byte array is one object of
 * known size. Numbers are written big-endian with the sign bit flipped, so that unsigned lexicographic order of the
 * bytes is numeric order, and strings as UTF-8, whose byte order is code point order (as Spark SQL compares strings).
 */
final class Bytes {

    private Bytes() {
    }

    /** A growable buffer. */
    static final class Writer {
        private byte[] buffer = new byte[64];
        private int size;

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        Writer writeByte(int b) {
            ensure(1);
            buffer[size++] = (byte) b;
            return this;
        }

        /** A long in sortable form. */
        Writer writeLong(long v) {
            ensure(8);
            long u = v ^ Long.MIN_VALUE;
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (u >>> shift);
            }
            return this;
        }

        /** An int in sortable form. */
        Writer writeInt(int v) {
            ensure(4);
            int u = v ^ Integer.MIN_VALUE;
            for (int shift = 24; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (u >>> shift);
            }
            return this;
        }

        /** A double in sortable form: the order of {@link Double#compare}. */
        Writer writeDouble(double d) {
            long bits = Double.doubleToLongBits(d);
            return writeLong(bits < 0 ? ~bits ^ Long.MIN_VALUE : bits);
        }

        /** Raw UTF-8 bytes, no length: only as the last field of a key, where it sorts in code point order. */
        Writer writeTail(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            ensure(b.length);
            System.arraycopy(b, 0, buffer, size, b.length);
            size += b.length;
            return this;
        }

        /** A nullable string with its length. */
        Writer writeString(String s) {
            if (s == null) {
                return writeInt(-1);
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeInt(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buffer, size, b.length);
            size += b.length;
            return this;
        }

        /** A nullable array of longs with its length. */
        Writer writeLongs(long[] values) {
            if (values == null) {
                return writeInt(-1);
            }
            writeInt(values.length);
            for (long v : values) {
                writeLong(v);
            }
            return this;
        }

        int size() {
            return size;
        }

        /** Overwrites the int at {@code position} (written earlier with {@link #writeInt}). */
        void setInt(int position, int v) {
            int u = v ^ Integer.MIN_VALUE;
            for (int i = 0; i < 4; i++) {
                buffer[position + i] = (byte) (u >>> (24 - 8 * i));
            }
        }

        byte[] toBytes() {
            return Arrays.copyOf(buffer, size);
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order. */
    static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        int readByte() {
            return bytes[position++];
        }

        long readLong() {
            long u = 0;
            for (int i = 0; i < 8; i++) {
                u = (u << 8) | (bytes[position++] & 0xff);
            }
            return u ^ Long.MIN_VALUE;
        }

        int readInt() {
            int u = 0;
            for (int i = 0; i < 4; i++) {
                u = (u << 8) | (bytes[position++] & 0xff);
            }
            return u ^ Integer.MIN_VALUE;
        }

        double readDouble() {
            long v = readLong();
            return Double.longBitsToDouble(v < 0 ? ~(v ^ Long.MIN_VALUE) : v);
        }

        String readTail() {
            String s = new String(bytes, position, bytes.length - position, StandardCharsets.UTF_8);
            position = bytes.length;
            return s;
        }

        String readString() {
            int n = readInt();
            if (n < 0) {
                return null;
            }
            String s = new String(bytes, position, n, StandardCharsets.UTF_8);
            position += n;
            return s;
        }

        long[] readLongs() {
            int n = readInt();
            if (n < 0) {
                return null;
            }
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = readLong();
            }
            return values;
        }

        int position() {
            return position;
        }
    }
}
