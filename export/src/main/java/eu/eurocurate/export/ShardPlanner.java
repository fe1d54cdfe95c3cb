package eu.eurocurate.export;

import eu.eurocurate.core.config.ExportConfig;

/**
 * How many Parquet shards to write for a given amount of text: {@code ceil(totalTextBytes / targetShardBytes)}, at
 * least 1 (an empty output is still one, empty, shard so readers find a file). With the default target of 128 MiB
 * ({@code export.target_shard_bytes}; the Parquet/HDFS block size, so a shard is one split for downstream readers),
 * 1 GiB of text gives 8 shards. Sizes are bytes of UTF-8 text (Spark: {@code sum(octet_length(text))}); the
 * compressed files are smaller, which is why the target is "approximate".
 */
public final class ShardPlanner {

    private final long targetShardBytes;

    public ShardPlanner(ExportConfig config) {
        this(config.targetShardBytes());
    }

    public ShardPlanner(long targetShardBytes) {
        if (targetShardBytes <= 0) {
            throw new IllegalArgumentException("target shard size must be positive, got " + targetShardBytes);
        }
        this.targetShardBytes = targetShardBytes;
    }

    /** Number of shards for {@code totalTextBytes} of text. */
    public int shards(long totalTextBytes) {
        return shardCount(totalTextBytes, targetShardBytes);
    }

    /**
     * {@code max(1, ceil(totalTextBytes / targetShardBytes))}.
     *
     * @throws IllegalArgumentException when {@code totalTextBytes} is negative or {@code targetShardBytes} not positive
     * @throws ArithmeticException      when the count does not fit an int (over 2^31 shards)
     */
    public static int shardCount(long totalTextBytes, long targetShardBytes) {
        if (totalTextBytes < 0) {
            throw new IllegalArgumentException("total text bytes must not be negative, got " + totalTextBytes);
        }
        if (targetShardBytes <= 0) {
            throw new IllegalArgumentException("target shard size must be positive, got " + targetShardBytes);
        }
        long shards = totalTextBytes / targetShardBytes + (totalTextBytes % targetShardBytes == 0 ? 0 : 1);
        return Math.toIntExact(Math.max(1, shards));
    }
}
