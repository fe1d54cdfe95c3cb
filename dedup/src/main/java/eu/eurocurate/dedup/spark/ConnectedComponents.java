package eu.eurocurate.dedup.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Connected components of an undirected graph given as an edge list, computed entirely on the executors: nothing but
 * a per-round count reaches the driver, and no task holds a component or a neighbourhood in memory (each step is one
 * shuffle sorted by vertex, read group by group with {@link GroupReader}).
 *
 * <p>Algorithm: the alternating algorithm of Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected
 * Components in MapReduce and Beyond" (SoCC 2014), section 3. Vertices are totally ordered longs. With
 * {@code Γ+(x)} the neighbours of x and x itself and {@code m(x)} its minimum:
 * <ul>
 *   <li><em>large-star</em>: every x connects each neighbour y greater than x to {@code m(x)};</li>
 *   <li><em>small-star</em>: every x connects each neighbour y not greater than x, and x itself, to {@code m(x)}.</li>
 * </ul>
 * Both preserve connectivity; alternating them turns each component into a star around its minimum vertex in
 * O(log^2 n) rounds (in practice a few more than log n). Edges are kept oriented as (u, v) with u &gt; v. A round is
 * one large-star and one small-star, two shuffles; each round's edges are materialised ({@link Checkpoints}).
 *
 * <p>Convergence: the graph is a star forest when no vertex has two smaller neighbours and no vertex has both a
 * smaller and a greater one; then each component is one star around its minimum. The large-star step sees exactly
 * these neighbourhoods, so it counts the vertices that break the rule as it goes (an accumulator): when its input had
 * none, that input was already the answer (large-star leaves a star forest unchanged) and the loop stops without a
 * separate test. Spark may add a task's accumulator update twice when it re-runs the task; only zero versus non-zero
 * matters here, which re-runs do not change.
 */
public final class ConnectedComponents {

    /** Far above the O(log^2 n) bound for any graph that fits in a cluster: reaching it means a bug, not a big graph. */
    static final int MAX_ROUNDS = 200;

    private static final StructType ROOTS = new StructType()
            .add("vertex", DataTypes.LongType, false)
            .add("root", DataTypes.LongType, false);

    private ConnectedComponents() {
    }

    /**
     * @param edges columns {@code src} and {@code dst} (non-null longs); direction, duplicates and self-loops are
     *              ignored
     * @return columns {@code vertex} and {@code root} (longs): one row for every vertex of an edge that is not a
     *         self-loop, with the minimum vertex of its component (a root maps to itself); isolated vertices are absent
     */
    public static Dataset<Row> run(Dataset<Row> edges) {
        int partitions = Math.max(1, edges.rdd().getNumPartitions());
        JavaRDD<long[]> pairs = edges.select("src", "dst").javaRDD().map(r -> new long[]{r.getLong(0), r.getLong(1)});
        JavaRDD<Row> rows = roots(pairs, partitions)
                .mapToPair(p -> new Tuple2<>(p[0], p[1]))
                .reduceByKey(Math::min, partitions)
                .map(t -> RowFactory.create(t._1(), t._2()));
        return edges.sparkSession().createDataFrame(rows, ROOTS);
    }

    /**
     * (vertex, root) for every vertex of a non-loop edge, root = the minimum vertex of its component; a vertex may be
     * listed more than once (always with the same root).
     */
    static JavaRDD<long[]> roots(JavaRDD<long[]> edges, int partitions) {
        JavaRDD<long[]> e = edges.filter(p -> p[0] != p[1])
                .map(p -> new long[]{Math.max(p[0], p[1]), Math.min(p[0], p[1])});
        Checkpoints.cut(e);
        for (int round = 1; ; round++) {
            if (round > MAX_ROUNDS) {
                throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
            }
            LongAccumulator violations = e.context().longAccumulator("connected components: not a star");
            JavaRDD<long[]> large = largeStar(e, partitions, violations);
            Checkpoints.cut(large);
            if (violations.value() == 0) {
                large.unpersist(false);
                break;
            }
            JavaRDD<long[]> small = smallStar(large, partitions);
            Checkpoints.cut(small);
            e.unpersist(false);
            large.unpersist(false);
            e = small;
        }
        return e.flatMap(p -> List.of(p, new long[]{p[1], p[1]}).iterator());
    }

    /**
     * For each edge (u, v), v &lt; u, vertex v emits (u, m(v)): u is a neighbour of v greater than v, and m(v) is v's
     * smallest smaller neighbour, or v itself when it has none. Vertex x sees its smaller neighbours (type 0) in
     * increasing order, then its greater ones (type 1); duplicates arrive next to each other and are skipped.
     */
    static JavaRDD<long[]> largeStar(JavaRDD<long[]> e, int partitions, LongAccumulator violations) {
        JavaPairRDD<byte[], byte[]> records = e.flatMapToPair(p -> List.of(
                new Tuple2<>(ShuffleKey.of(p[0], 0, p[1]), (byte[]) null),
                new Tuple2<>(ShuffleKey.of(p[1], 1, p[0]), (byte[]) null)).iterator());
        return ShuffleKey.sort(records, partitions).mapPartitions(in -> new GroupReader<byte[], long[]>() {
            private long m;
            private int smaller;
            private boolean greater;
            private long previous;

            @Override
            void start(ShuffleKey key) {
                m = key.number;
                smaller = 0;
                greater = false;
            }

            @Override
            void record(ShuffleKey key, byte[] value, ArrayDeque<long[]> out) {
                if (key.type == 0) {
                    if (smaller == 0 || key.order != previous) {
                        m = smaller == 0 ? key.order : m;
                        smaller++;
                    }
                } else if (!greater || key.order != previous) {
                    greater = true;
                    out.add(new long[]{key.order, m});
                }
                previous = key.order;
            }

            @Override
            void end(ArrayDeque<long[]> out) {
                if (smaller > 1 || smaller == 1 && greater) {
                    violations.add(1);
                }
            }
        }.read(in));
    }

    /** Every vertex u with smaller neighbours emits (v, m(u)) for each of them except m(u) itself, and (u, m(u)). */
    static JavaRDD<long[]> smallStar(JavaRDD<long[]> e, int partitions) {
        JavaPairRDD<byte[], byte[]> records = e.mapToPair(p -> new Tuple2<>(ShuffleKey.of(p[0], 0, p[1]), (byte[]) null));
        return ShuffleKey.sort(records, partitions).mapPartitions(in -> new GroupReader<byte[], long[]>() {
            private long m;
            private long previous;
            private boolean first;

            @Override
            void start(ShuffleKey key) {
                m = key.order;
                first = true;
            }

            @Override
            void record(ShuffleKey key, byte[] value, ArrayDeque<long[]> out) {
                if (first) {
                    out.add(new long[]{key.number, m});
                } else if (key.order != previous) {
                    out.add(new long[]{key.order, m});
                }
                first = false;
                previous = key.order;
            }
        }.read(in));
    }
}
