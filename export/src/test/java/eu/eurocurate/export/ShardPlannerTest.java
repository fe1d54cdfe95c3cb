package eu.eurocurate.export;

import eu.eurocurate.core.config.ExportConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShardPlannerTest {

    private static final long MIB_128 = 134_217_728L;

    @Test
    void roundsUpAndNeverReturnsZero() {
        assertEquals(1, ShardPlanner.shardCount(0, MIB_128));
        assertEquals(1, ShardPlanner.shardCount(1, MIB_128));
        assertEquals(1, ShardPlanner.shardCount(MIB_128, MIB_128));
        assertEquals(2, ShardPlanner.shardCount(MIB_128 + 1, MIB_128));
        assertEquals(8, ShardPlanner.shardCount(1L << 30, MIB_128));
    }

    @Test
    void readsTheTargetFromTheConfiguration() {
        ShardPlanner planner = new ShardPlanner(new ExportConfig("o200k_base", 1L << 16, "zstd"));
        assertEquals(16, planner.shards(1L << 20));
    }

    @Test
    void rejectsImpossibleInputs() {
        assertThrows(IllegalArgumentException.class, () -> ShardPlanner.shardCount(-1, MIB_128));
        assertThrows(IllegalArgumentException.class, () -> ShardPlanner.shardCount(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ShardPlanner(0));
        assertThrows(ArithmeticException.class, () -> ShardPlanner.shardCount(Long.MAX_VALUE, 1));
    }
}
