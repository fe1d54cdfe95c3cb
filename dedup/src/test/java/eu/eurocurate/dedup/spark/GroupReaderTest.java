package eu.eurocurate.dedup.spark;

import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GroupReaderTest {

    /** Emits "group:first:count" at the end of each group. */
    private static final class FirstAndCount extends GroupReader<byte[], String> {
        private long first;
        private int count;

        @Override
        void start(ShuffleKey key) {
            first = key.order;
            count = 0;
        }

        @Override
        void record(ShuffleKey key, byte[] value, ArrayDeque<String> out) {
            count++;
        }

        @Override
        void end(ArrayDeque<String> out) {
            out.add(first + ":" + count);
        }
    }

    @Test
    void readsGroupAfterGroupLazily() {
        List<Tuple2<byte[], byte[]>> sorted = new ArrayList<>();
        for (long[] r : new long[][]{{1, 5}, {1, 6}, {1, 9}, {2, 3}, {4, 1}, {4, 2}}) {
            sorted.add(new Tuple2<>(ShuffleKey.of(r[0], 0, r[1]), null));
        }
        int[] consumed = {0};
        Iterator<Tuple2<byte[], byte[]>> counting = new Iterator<>() {
            private final Iterator<Tuple2<byte[], byte[]>> it = sorted.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Tuple2<byte[], byte[]> next() {
                consumed[0]++;
                return it.next();
            }
        };
        Iterator<String> out = new FirstAndCount().read(counting);
        assertEquals("5:3", out.next());
        // The first group ends when the second one starts: one record past it, not the whole partition.
        assertEquals(4, consumed[0]);
        assertEquals("3:1", out.next());
        assertEquals("1:2", out.next());
        assertFalse(out.hasNext());
        assertFalse(new FirstAndCount().read(List.<Tuple2<byte[], byte[]>>of().iterator()).hasNext());
    }
}
