package eu.eurocurate.dedup.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectedComponentsTest {

    private static final StructType EDGES = new StructType()
            .add("src", DataTypes.LongType, false)
            .add("dst", DataTypes.LongType, false);

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("ConnectedComponentsTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /**
     * One graph, one Spark run (each costs seconds): a long path with shuffled labels and alternating directions,
     * a random sparse graph, duplicates, self-loops and an isolated vertex, on disjoint vertex ranges.
     */
    @Test
    void componentsMatchUnionFindAndEachIsAStarAroundItsMinimum() {
        List<long[]> edges = new ArrayList<>();
        List<Long> labels = new ArrayList<>();
        for (long i = 0; i < 120; i++) {
            labels.add(1000 + i * 7);
        }
        Collections.shuffle(labels, new Random(11));
        for (int i = 1; i < labels.size(); i++) {
            edges.add(i % 2 == 0 ? new long[]{labels.get(i - 1), labels.get(i)} : new long[]{labels.get(i), labels.get(i - 1)});
        }
        Random random = new Random(5);
        for (int i = 0; i < 250; i++) {
            edges.add(new long[]{random.nextInt(400), random.nextInt(400)});
        }
        edges.addAll(List.of(new long[]{5005, 5003}, new long[]{5003, 5005}, new long[]{5005, 5005}, new long[]{5009, 5009}));

        Map<Long, Long> roots = components(edges);
        assertEquals(unionFind(edges), roots);
        assertEquals(120, roots.keySet().stream().filter(v -> v >= 1000 && v < 5000).count());
        assertTrue(roots.entrySet().stream().filter(e -> e.getKey() >= 1000 && e.getKey() < 5000)
                .allMatch(e -> e.getValue() == 1000L));
        assertEquals(5003L, roots.get(5005L));
        assertEquals(5003L, roots.get(5003L));
        assertFalse(roots.containsKey(5009L));
    }

    @Test
    void noEdgesNoComponents() {
        assertEquals(Map.of(), components(List.of()));
    }

    private static Map<Long, Long> components(List<long[]> edges) {
        List<Row> rows = new ArrayList<>();
        for (long[] e : edges) {
            rows.add(RowFactory.create(e[0], e[1]));
        }
        Dataset<Row> input = spark.createDataFrame(rows, EDGES).repartition(3);
        Map<Long, Long> roots = new TreeMap<>();
        for (Row r : ConnectedComponents.run(input).collectAsList()) {
            Long previous = roots.put(r.getLong(0), r.getLong(1));
            assertEquals(null, previous, "vertex " + r.getLong(0) + " listed twice");
        }
        return roots;
    }

    /** The reference: union-find with path halving, component label = minimum vertex. */
    private static Map<Long, Long> unionFind(List<long[]> edges) {
        Map<Long, Long> parent = new HashMap<>();
        for (long[] e : edges) {
            if (e[0] == e[1]) {
                continue;
            }
            long a = find(parent, e[0]);
            long b = find(parent, e[1]);
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, Long> roots = new TreeMap<>();
        for (Long v : parent.keySet()) {
            roots.put(v, find(parent, v));
        }
        return roots;
    }

    private static long find(Map<Long, Long> parent, long v) {
        parent.putIfAbsent(v, v);
        while (parent.get(v) != v) {
            long grand = parent.get(parent.get(v));
            parent.put(v, grand);
            v = grand;
        }
        return v;
    }
}
