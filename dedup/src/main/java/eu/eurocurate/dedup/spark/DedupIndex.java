package eu.eurocurate.dedup.spark;

import eu.eurocurate.core.config.ConfigException;
import eu.eurocurate.core.config.DedupConfig;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The dedup index of a release: for every document a run kept, its language, the exact key of its normalised text and
 * its MinHash signature, as Parquet, plus the settings those values depend on in {@value #PARAMS_FILE}. A later run
 * lists the index in {@code dedup.reference_indexes} and removes new documents that duplicate a released one
 * ({@code dedup.release}) without reading or hashing the released texts again.
 *
 * <p>Band keys are not stored: they are a cheap function of the signature and the band layout, which the settings
 * file pins. An index is refused (with a {@link ConfigException} naming the key) when any setting the stored values
 * depend on differs from the run's: signatures computed with other shingles, n, seed, bands or rows are not
 * comparable, and comparing them anyway would silently find nothing. {@value #FORMAT_VERSION} is the version of the
 * normalisation and hash definitions ({@code TextNormalizer}, {@code Shingler}, {@code MinHasher}, {@code ExactKey});
 * it must change whenever those change, which their pinned-value tests would reveal.
 */
public final class DedupIndex {

    /** Columns of the Parquet files. {@code exact_key} is null when exact dedup was off; {@code sig} when MinHash was. */
    public static final StructType SCHEMA = new StructType(new StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("language", DataTypes.StringType, true),
            DataTypes.createStructField("exact_key", DataTypes.StringType, true),
            DataTypes.createStructField("sig", DataTypes.BinaryType, true)});

    /** The settings file; its leading underscore makes Parquet readers skip it. */
    public static final String PARAMS_FILE = "_dedup_index.properties";

    static final String FORMAT = "eurocurate-dedup-index";
    /** 2: one permutation hashing replaced k independent universal hashes (the signatures of version 1 differ). */
    static final int FORMAT_VERSION = 2;

    private DedupIndex() {
    }

    /** Writes {@code index} (schema {@link #SCHEMA}) as Parquet under {@code path}, then the settings file. */
    public static void write(Dataset<Row> index, String path, DedupConfig config, String compression) {
        index.select("id", "language", "exact_key", "sig").sortWithinPartitions("id")
                .write().option("compression", compression).parquet(path);
        // Written last: a directory without it (a failed write) is refused as "not a dedup index".
        Configuration hadoop = index.sparkSession().sparkContext().hadoopConfiguration();
        Path file = new Path(path, PARAMS_FILE);
        try (FSDataOutputStream out = file.getFileSystem(hadoop).create(file, false)) {
            StringBuilder text = new StringBuilder();
            params(config).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads one index for a run with {@code config}, after checking that its settings match.
     *
     * @return schema {@link #SCHEMA} plus {@code release} (the path as given)
     * @throws ConfigException naming the first setting that differs, or {@code dedup.reference_indexes} when the path
     *                         holds no index
     */
    public static Dataset<Row> read(SparkSession spark, String path, DedupConfig config) {
        Map<String, String> recorded = readParams(spark.sparkContext().hadoopConfiguration(), path);
        check(path, recorded, config);
        return spark.read().parquet(path).select(col("id"), col("language"), col("exact_key"), col("sig"),
                lit(path).as("release"));
    }

    /** The settings an index records, in a fixed order. */
    static Map<String, String> params(DedupConfig config) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("format", FORMAT);
        p.put("format_version", Integer.toString(FORMAT_VERSION));
        p.put("exact", Boolean.toString(config.exact()));
        p.put("minhash", Boolean.toString(config.minhash()));
        p.put("shingle", config.shingle());
        p.put("ngram_size", Integer.toString(config.ngramSize()));
        p.put("bands", Integer.toString(config.bands()));
        p.put("rows", Integer.toString(config.rows()));
        p.put("seed", Long.toString(config.seed()));
        return p;
    }

    static void check(String path, Map<String, String> recorded, DedupConfig config) {
        Map<String, String> expected = params(config);
        if (!FORMAT.equals(recorded.get("format"))) {
            throw new ConfigException("dedup.reference_indexes", "'" + path + "' is not a dedup index (" + PARAMS_FILE
                    + " lacks format=" + FORMAT + ")");
        }
        if (!expected.get("format_version").equals(recorded.get("format_version"))) {
            throw new ConfigException("dedup.reference_indexes", "'" + path + "' has index format version "
                    + recorded.get("format_version") + ", this build reads version " + FORMAT_VERSION
                    + ": rebuild the index with this build");
        }
        // Only what this run compares must be present and comparable.
        if (config.exact()) {
            requireEqual(path, recorded, expected, "exact");
        }
        if (config.minhash()) {
            for (String key : new String[]{"minhash", "shingle", "ngram_size", "bands", "rows", "seed"}) {
                requireEqual(path, recorded, expected, key);
            }
        }
    }

    private static void requireEqual(String path, Map<String, String> recorded, Map<String, String> expected, String key) {
        String had = recorded.get(key);
        if (!expected.get(key).equals(had)) {
            throw new ConfigException("dedup." + key, "reference index '" + path + "' was built with " + key + "=" + had
                    + " but this run has " + key + "=" + expected.get(key)
                    + "; its values are not comparable: run with the index's settings or rebuild the index");
        }
    }

    private static Map<String, String> readParams(Configuration hadoop, String path) {
        Path file = new Path(path, PARAMS_FILE);
        try {
            FileSystem fs = file.getFileSystem(hadoop);
            if (!fs.exists(file)) {
                throw new ConfigException("dedup.reference_indexes", "'" + path + "' is not a dedup index (no "
                        + PARAMS_FILE + ")");
            }
            Map<String, String> params = new LinkedHashMap<>();
            try (FSDataInputStream in = fs.open(file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        params.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                    }
                }
            }
            return params;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
