package eu.eurocurate.dedup.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

/**
 * Connected components of an undirected graph given as an edge list, computed entirely with DataFrame operations on
 * the executors: nothing but a per-round emptiness test reaches the driver, and no task holds a component or a
 * neighbourhood in memory (every step is a shuffle, an aggregation with partial combining, or a sort-merge join).
 *
 * <p>Algorithm: the alternating algorithm of Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected
 * Components in MapReduce and Beyond" (SoCC 2014), section 3. Vertices are totally ordered longs. With
 * {@code Γ+(x)} the neighbours of x and x itself and {@code m(x)} its minimum:
 * <ul>
 *   <li><em>large-star</em>: every x connects each neighbour y greater than x to {@code m(x)};</li>
 *   <li><em>small-star</em>: every x connects each neighbour y not greater than x, and x itself, to {@code m(x)}.</li>
 * </ul>
 * Both preserve connectivity; alternating them turns each component into a star around its minimum vertex in
 * O(log^2 n) rounds (in practice a few more than log n). Edges are kept oriented as (u, v) with u &gt; v, so the
 * neighbours smaller than u are exactly the v of its edges. The loop stops when the graph is a star forest: every
 * vertex has at most one smaller neighbour and no vertex with a smaller neighbour has a greater one; then each
 * component is one star whose centre is its minimum. Each round's edges are checkpointed ({@link Checkpoints}).
 */
public final class ConnectedComponents {

    /** Far above the O(log^2 n) bound for any graph that fits in a cluster: reaching it means a bug, not a big graph. */
    static final int MAX_ROUNDS = 200;

    private ConnectedComponents() {
    }

    /**
     * @param edges columns {@code src} and {@code dst} (non-null longs); direction, duplicates and self-loops are
     *              ignored
     * @return columns {@code vertex} and {@code root} (longs): one row for every vertex of an edge that is not a
     *         self-loop, with the minimum vertex of its component (a root maps to itself); isolated vertices are absent
     */
    public static Dataset<Row> run(Dataset<Row> edges) {
        // Materialised first: each round reads its input several times, and the caller's edges may be costly.
        Dataset<Row> e = Checkpoints.cut(edges
                .select(greatest(col("src"), col("dst")).as("u"), least(col("src"), col("dst")).as("v"))
                .filter(col("u").notEqual(col("v")))
                .distinct());
        for (int round = 1; ; round++) {
            if (round > MAX_ROUNDS) {
                throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
            }
            e = Checkpoints.cut(smallStar(largeStar(e)));
            if (isStarForest(e)) {
                break;
            }
        }
        Dataset<Row> children = e.select(col("u").as("vertex"), col("v").as("root"));
        Dataset<Row> roots = e.select(col("v").as("vertex"), col("v").as("root")).distinct();
        return children.union(roots);
    }

    /** Smallest smaller neighbour of every vertex that has one: m(u) for those vertices. */
    private static Dataset<Row> minSmallerNeighbour(Dataset<Row> e) {
        return e.groupBy("u").agg(min("v").as("m"));
    }

    /**
     * For each edge (u, v), v &lt; u, vertex v emits (u, m(v)): u is a neighbour of v greater than v, and m(v) is v's
     * smallest smaller neighbour, or v itself when it has none.
     */
    static Dataset<Row> largeStar(Dataset<Row> e) {
        Dataset<Row> m = minSmallerNeighbour(e).withColumnRenamed("u", "x");
        return e.join(m, e.col("v").equalTo(m.col("x")), "left")
                .select(e.col("u").as("u"), coalesce(m.col("m"), e.col("v")).as("v"))
                .distinct();
    }

    /**
     * Every vertex u with smaller neighbours emits (v, m(u)) for each of them except m(u) itself, and (u, m(u)).
     */
    static Dataset<Row> smallStar(Dataset<Row> e) {
        Dataset<Row> m = minSmallerNeighbour(e);
        Dataset<Row> neighbours = e.join(m, "u")
                .select(col("v").as("u"), col("m").as("v"))
                .filter(col("u").notEqual(col("v")));
        Dataset<Row> self = m.select(col("u"), col("m").as("v"));
        return neighbours.union(self).distinct();
    }

    /** True when no vertex has two smaller neighbours and no vertex is both below and above another. */
    static boolean isStarForest(Dataset<Row> e) {
        Column one = lit(1L);
        Column zero = lit(0L);
        Dataset<Row> roles = e.select(col("u").as("x"), one.as("below"), zero.as("above"))
                .union(e.select(col("v").as("x"), zero.as("below"), one.as("above")));
        return roles.groupBy("x").agg(sum("below").as("b"), max("above").as("a"))
                .filter(col("b").gt(1).or(col("b").geq(1).and(col("a").equalTo(1))))
                .isEmpty();
    }
}
