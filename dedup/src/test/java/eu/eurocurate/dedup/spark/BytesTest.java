package eu.eurocurate.dedup.spark;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BytesTest {

    @Test
    void valuesReadBackAsWritten() {
        long[] sig = {Long.MIN_VALUE, -1L, 0L, 42L, Long.MAX_VALUE};
        byte[] bytes = new Bytes.Writer().writeString("ação 日本 \uD840\uDC0B").writeString(null).writeLongs(sig)
                .writeLongs(null).writeInt(-7).writeDouble(-0.5).writeByte(1).writeTail("end").toBytes();
        Bytes.Reader r = new Bytes.Reader(bytes, 0);
        assertEquals("ação 日本 \uD840\uDC0B", r.readString());
        assertNull(r.readString());
        assertArrayEquals(sig, r.readLongs());
        assertNull(r.readLongs());
        assertEquals(-7, r.readInt());
        assertEquals(-0.5, r.readDouble());
        assertEquals(1, r.readByte());
        assertEquals("end", r.readTail());
    }

    @Test
    void unsignedByteOrderIsNumericOrder() {
        Random random = new Random(3);
        double[] specials = {Double.NEGATIVE_INFINITY, -1e300, -1.0, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 2.5,
                Double.POSITIVE_INFINITY};
        for (int i = 0; i < 2000; i++) {
            long a = i < 4 ? new long[]{Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}[i] : random.nextLong();
            long b = random.nextLong();
            assertEquals(Integer.signum(Long.compare(a, b)), Integer.signum(compare(
                    new Bytes.Writer().writeLong(a).toBytes(), new Bytes.Writer().writeLong(b).toBytes())));
            double x = specials[random.nextInt(specials.length)];
            double y = i % 2 == 0 ? specials[random.nextInt(specials.length)] : random.nextGaussian();
            assertEquals(Integer.signum(Double.compare(x, y)), Integer.signum(compare(
                    new Bytes.Writer().writeDouble(x).toBytes(), new Bytes.Writer().writeDouble(y).toBytes())), x + " " + y);
            assertEquals(x, new Bytes.Reader(new Bytes.Writer().writeDouble(x).toBytes(), 0).readDouble());
        }
    }

    private static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }
}
