package eu.eurocurate.dedup.spark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShuffleKeyTest {

    private static final Comparator<byte[]> BYTES = new ShuffleKey.Unsigned();

    @Test
    void rankedKeysSortInRankOrder() {
        Random random = new Random(9);
        String[] ids = {"a", "b", "ab", "é", "\uFFFF", "\uD840\uDC0B", "z9"};
        List<Rank> ranks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Double quality = random.nextInt(4) == 0 ? null : random.nextInt(5) == 0 ? Double.NaN : (double) random.nextInt(3) - 1;
            Long micros = random.nextInt(3) == 0 ? null : (long) random.nextInt(5) - 2;
            ranks.add(new Rank(ids[random.nextInt(ids.length)] + i % 3, quality, micros));
        }
        for (Rank a : ranks.subList(0, 60)) {
            for (Rank b : ranks) {
                assertEquals(Integer.signum(a.compareTo(b)),
                        Integer.signum(BYTES.compare(ShuffleKey.ranked("g", a), ShuffleKey.ranked("g", b))));
            }
        }
        // Code point order, as UTF-8 bytes and Spark SQL compare: a supplementary character sorts after U+FFFF.
        assertTrue(new Rank("\uFFFF", null, null).compareTo(new Rank("\uD840\uDC0B", null, null)) < 0);
    }

    @Test
    void groupsDecideThePartitionAndTypeThenOrderTheRecords() {
        byte[] first = ShuffleKey.of("en", 7L, 0, 99L);
        byte[] second = ShuffleKey.of("en", 7L, 1, -5L);
        byte[] otherGroup = ShuffleKey.of("en", 8L, 0, 0L);
        assertTrue(BYTES.compare(first, second) < 0);
        assertTrue(ShuffleKey.sameGroup(first, second));
        assertFalse(ShuffleKey.sameGroup(first, otherGroup));
        assertFalse(ShuffleKey.sameGroup(ShuffleKey.of("e", 7L, 0, 0L), first));
        ShuffleKey.ByGroup partitioner = new ShuffleKey.ByGroup(13);
        assertEquals(partitioner.getPartition(first), partitioner.getPartition(second));
        assertTrue(BYTES.compare(ShuffleKey.of(3L, 1, -1L), ShuffleKey.of(3L, 1, 2L)) < 0);
        ShuffleKey k = ShuffleKey.decode(second);
        assertEquals(7L, k.number);
        assertEquals(1, k.type);
        assertEquals(-5L, k.order);
        assertNull(k.name);
        assertEquals("doc-1", ShuffleKey.decode(ShuffleKey.named("rep", 1, "doc-1")).name);
        assertTrue(BYTES.compare(ShuffleKey.named("rep", 0, ""), ShuffleKey.named("rep", 1, "a")) < 0);
    }
}
