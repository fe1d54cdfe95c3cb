package eu.eurocurate.dedup.spark;

import scala.Tuple2;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads one partition sorted by {@link ShuffleKey#sort}, group after group, and produces output lazily: a subclass
 * keeps only the state of the current group (its first record, a count), so a task's memory does not depend on the
 * size of a group. One instance per partition.
 *
 * @param <V> the shuffled values
 * @param <O> the output records
 */
abstract class GroupReader<V, O> {

    /** A new group starts with this key (its first record follows). */
    abstract void start(ShuffleKey key);

    /** Whether {@link #record} needs the decoded key; readers that only look at values skip the decoding. */
    boolean decodesKeys() {
        return true;
    }

    /** The next record of the current group, in (type, order) order; append output to {@code out}. */
    abstract void record(ShuffleKey key, V value, ArrayDeque<O> out);

    /** The current group has no more records. */
    void end(ArrayDeque<O> out) {
    }

    /** The output of the whole partition, computed as it is consumed. */
    final Iterator<O> read(Iterator<Tuple2<byte[], V>> in) {
        boolean decode = decodesKeys();
        return new Iterator<>() {
            private final ArrayDeque<O> buffer = new ArrayDeque<>();
            private byte[] current;

            @Override
            public boolean hasNext() {
                while (buffer.isEmpty()) {
                    if (in.hasNext()) {
                        Tuple2<byte[], V> t = in.next();
                        ShuffleKey key = decode ? ShuffleKey.decode(t._1()) : null;
                        if (current == null || !ShuffleKey.sameGroup(current, t._1())) {
                            if (current != null) {
                                end(buffer);
                            }
                            current = t._1();
                            start(key);
                        }
                        record(key, t._2(), buffer);
                    } else if (current != null) {
                        end(buffer);
                        current = null;
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public O next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.poll();
            }
        };
    }
}
