package eu.eurocurate.dedup.spark;

import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The key of every shuffle of {@link SparkDeduplicator} and {@link ConnectedComponents}: a <em>group</em>
 * ({@code text}, {@code number}) that decides the partition, and an <em>order</em> ({@code type}, {@code order}, then
 * a rank or a name) within the group. {@link #sort} shuffles by group and sorts each partition by (group, order) with
 * Spark's external sorter, which spills to disk: a task then streams through each group in order and holds only the
 * few values it needs (the group's first record, a count), never the group itself. That is how every join and every
 * group of the deduplication stays bounded in memory whatever the size of a bucket or cluster, with one shuffle per
 * step and no query planning (each DataFrame query costs a planning and code generation pass on the driver, which
 * dominated the run time of small inputs).
 *
 * <p>Keys are shuffled as bytes ({@link Bytes}): {@code [group length][text][number][type][order][kind][rank or
 * name]}, compared as unsigned bytes. Equal groups have equal prefixes, so they sort together; within a group the
 * fields after it sort numerically, ranks in {@link Rank} order and names in code point order. Records with a smaller
 * {@code type} come first in their group: a join puts its one-row-per-key side at type 0. This class is also the
 * decoded view of a key that {@link GroupReader} hands to its subclasses.
 */
final class ShuffleKey {

    private static final int NONE = 0;
    private static final int RANK = 1;
    private static final int NAME = 2;

    long number;
    int type;
    long order;
    /** The name of a {@link #named} key, else null. */
    String name;

    private ShuffleKey() {
    }

    /** Group {@code number}, ordered by (type, order). */
    static byte[] of(long number, int type, long order) {
        return of("", number, type, order);
    }

    /** Group ({@code text}, {@code number}), ordered by (type, order). */
    static byte[] of(String text, long number, int type, long order) {
        return start(text, number, type, order).writeByte(NONE).toBytes();
    }

    /** Group {@code text}, ordered by rank. */
    static byte[] ranked(String text, Rank rank) {
        Bytes.Writer w = start(text, 0L, 0, 0L).writeByte(RANK);
        rank.writeTo(w);
        return w.toBytes();
    }

    /** Group {@code text}, ordered by (type, name). */
    static byte[] named(String text, int type, String name) {
        return start(text, 0L, type, 0L).writeByte(NAME).writeTail(name).toBytes();
    }

    private static Bytes.Writer start(String text, long number, int type, long order) {
        Bytes.Writer w = new Bytes.Writer();
        w.writeInt(0);
        w.writeTail(text);
        w.writeLong(number);
        w.setInt(0, w.size() - 4);
        return w.writeInt(type).writeLong(order);
    }

    /** The number, type, order and name of a key. */
    static ShuffleKey decode(byte[] key) {
        Bytes.Reader r = new Bytes.Reader(key, 0);
        int groupLength = r.readInt();
        r = new Bytes.Reader(key, 4 + groupLength - 8);
        ShuffleKey k = new ShuffleKey();
        k.number = r.readLong();
        k.type = r.readInt();
        k.order = r.readLong();
        if (r.readByte() == NAME) {
            k.name = r.readTail();
        }
        return k;
    }

    /** Whether two keys have the same group. */
    static boolean sameGroup(byte[] a, byte[] b) {
        int end = 4 + new Bytes.Reader(a, 0).readInt();
        return b != null && b.length >= end && Arrays.equals(a, 0, end, b, 0, end);
    }

    static int groupHash(byte[] key) {
        int end = 4 + new Bytes.Reader(key, 0).readInt();
        long h = 0;
        for (int i = 4; i < end; i++) {
            h = (h + (key[i] & 0xff)) * 0x9e3779b97f4a7c15L;
        }
        return (int) (h ^ (h >>> 32));
    }

    /** Shuffles the records by group into {@code partitions} partitions, each sorted by (group, order). */
    static <V> JavaPairRDD<byte[], V> sort(JavaPairRDD<byte[], V> records, int partitions) {
        return records.repartitionAndSortWithinPartitions(new ByGroup(partitions), new Unsigned());
    }

    /** Partitions by group only, so that a group is in one partition whatever its order fields. */
    static final class ByGroup extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByGroup(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return Math.floorMod(groupHash((byte[]) key), partitions);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByGroup b && b.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }

    /** Unsigned lexicographic order of byte arrays. */
    static final class Unsigned implements Comparator<byte[]>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(byte[] a, byte[] b) {
            return Arrays.compareUnsigned(a, b);
        }
    }
}
