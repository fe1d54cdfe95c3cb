package eu.eurocurate.dedup.spark;

import eu.eurocurate.core.config.DedupConfig;
import eu.eurocurate.dedup.ExactKey;
import eu.eurocurate.dedup.FetchTimes;
import eu.eurocurate.dedup.MinHasher;
import eu.eurocurate.dedup.Reasons;
import eu.eurocurate.dedup.TextNormalizer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

/**
 * Exact and MinHash near-duplicate removal over a whole dataset (issues 2 and 4, stage 3).
 *
 * <ol>
 *   <li>Every document gets, in one pass over its text: the {@link ExactKey} of its normalised text, its MinHash
 *       signature ({@link MinHasher}; none below {@code min_length} shingle units) and its {@link Rank}. The text is
 *       then dropped. A text that normalises to nothing gets neither key nor band, so it is in no cluster.</li>
 *   <li>Exact: one shuffle by (scope, exact key), sorted by rank: the first document of each group is its
 *       representative. Only representatives go on.</li>
 *   <li>Earlier releases ({@code dedup.reference_indexes}, see {@link DedupIndex}): a representative whose exact key
 *       is in an index, or which shares a band with an indexed signature that reaches the Jaccard threshold, is
 *       removed with its whole exact group as {@code dedup.release}, linked to the most similar released document
 *       found (then the smallest released id). Released documents are never removed and never re-hashed.</li>
 *   <li>MinHash on the remaining representatives: they are numbered in rank order (a distributed sort), so a smaller
 *       number means a better rank. Each band key of each signature is a bucket (per scope); one shuffle by bucket,
 *       sorted by number, links every member to the bucket's first (smallest) number, which gives at most one edge per
 *       document and band, however large the bucket. With {@code jaccard_threshold > 0}, an edge survives only if the
 *       two signatures' estimated Jaccard reaches it (two shuffles that bring each end's signature to the edge).
 *       {@link ConnectedComponents} then labels every representative with its component's smallest number, which is
 *       the best-ranked document of the component.</li>
 *   <li>A cluster is a component together with the exact groups of its members. The kept document is the component's
 *       best-ranked representative, which is also the best-ranked document of the whole cluster. A removed document
 *       is {@code dedup.exact} (similarity 1.0) when its normalised text equals the kept document's, otherwise
 *       {@code dedup.minhash} with the estimated Jaccard between its signature and the kept document's.</li>
 * </ol>
 * <p>Every step is a function of the set of input rows, not of their order or partitioning, so the results are the
 * same for any input partitioning. Scope {@code language} puts the language label (null counts as one more label)
 * into the exact key and the bucket key, so only documents with the same label are compared; {@code global} compares
 * all. Nothing but record counts reaches the driver.
 *
 * <p>The steps are RDD shuffles keyed by {@link ShuffleKey} and read group by group ({@link GroupReader}) rather than
 * DataFrame queries: each DataFrame query costs the driver an analysis, optimisation and code generation pass
 * (about a quarter of a CPU second each in local mode), and with some fifty of them that fixed cost was most of a
 * run on a few thousand documents. Memory: every step is a sorted shuffle (Spark's external sorter spills) read with
 * constant state per group, or an aggregation with partial combining, so no task holds a bucket, a cluster or a group
 * in memory, however large; a huge cluster makes a task long, not big.
 */
public final class SparkDeduplicator {

    /** Columns that {@link #run} reads; others are ignored. */
    public static final List<String> INPUT_COLUMNS = List.of("id", "text", "language", "fetch_time");

    /** Optional input column: a quality score (double, higher is better) that ranks documents before fetch time. */
    public static final String QUALITY_COLUMN = "quality";

    private static final StructType MEMBERS = new StructType()
            .add("cluster_id", DataTypes.StringType, true)
            .add("id", DataTypes.StringType, true)
            .add("kept_id", DataTypes.StringType, true)
            .add("cluster_size", DataTypes.LongType, true)
            .add("reason", DataTypes.StringType, true)
            .add("similarity", DataTypes.DoubleType, true)
            .add("release", DataTypes.StringType, true);

    private static final StructType REPS = new StructType()
            .add("rep_id", DataTypes.StringType, false)
            .add("scope", DataTypes.StringType, false)
            .add("exact_key", DataTypes.StringType, true)
            .add("sig", DataTypes.BinaryType, true);

    private static final StructType GROUPED = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("rep_id", DataTypes.StringType, false);

    private SparkDeduplicator() {
    }

    /**
     * @param docs   columns {@code id} (string, unique, non-null), {@code text} (string), {@code language} (string)
     *               and {@code fetch_time} (ISO-8601 string, nullable); optionally {@value #QUALITY_COLUMN} (double,
     *               nullable, higher is better)
     * @param config the {@code dedup:} section; with both {@code exact} and {@code minhash} off, all results are empty.
     *               Its {@code reference_indexes} are read here ({@link DedupIndex#read}, which refuses an index built
     *               with other settings)
     * @return lazily evaluated datasets backed by a persisted table of the cluster members, cheap to read more than
     *         once
     */
    public static DedupResult run(Dataset<Row> docs, DedupConfig config) {
        List<String> missing = new ArrayList<>(INPUT_COLUMNS);
        missing.removeAll(Arrays.asList(docs.columns()));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("dedup input lacks columns " + missing + "; it has "
                    + Arrays.toString(docs.columns()));
        }
        SparkSession spark = docs.sparkSession();
        if (!config.exact() && !config.minhash()) {
            return new DedupResult(spark.createDataFrame(List.of(), DedupResult.REMOVED),
                    spark.createDataFrame(List.of(), DedupResult.CLUSTERS),
                    spark.createDataFrame(List.of(), DedupIndex.SCHEMA));
        }
        MinHasher hasher = config.minhash() ? MinHasher.fromConfig(config) : null;
        // Read (and checked) before any work: a mismatched index fails the run at once.
        Dataset<Row> released = config.referenceIndexes().isEmpty() ? null : releasedIndex(spark, config);
        int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));

        JavaRDD<Object> exact = exactGroups(fingerprints(docs, config, hasher), config.exact(), partitions);
        JavaRDD<Doc> reps = exact.filter(o -> o instanceof Doc).map(o -> (Doc) o);
        JavaRDD<String[]> grouped = exact.filter(o -> o instanceof String[]).map(o -> (String[]) o);

        JavaRDD<Doc> remaining = reps;
        Dataset<Row> releaseMembers = null;
        if (released != null) {
            Dataset<Row> repRows = spark.createDataFrame(reps.map(d ->
                    RowFactory.create(d.id, d.scope, d.exactKey, d.sig == null ? null : toBytes(d.sig))), REPS);
            Dataset<Row> groupRows = spark.createDataFrame(grouped.map(g -> RowFactory.create(g[1], g[0])), GROUPED);
            Dataset<Row> matches = Checkpoints.cut(releaseMatches(repRows, released, config, hasher));
            Dataset<Row> sizes = matches.join(groupRows, "rep_id")
                    .groupBy("release", "kept_id").agg(count(lit(1)).plus(1L).as("cluster_size"));
            releaseMembers = groupRows.join(matches, "rep_id")
                    .join(sizes, new String[]{"release", "kept_id"})
                    .select(col("kept_id").as("cluster_id"), col("id"), col("kept_id"), col("cluster_size"),
                            lit(Reasons.RELEASE).as("reason"), col("similarity"), col("release"));
            remaining = withoutMatches(reps, matches.select("rep_id").javaRDD().map(r -> r.getString(0)), partitions);
        }
        JavaRDD<Assignment> assignments = config.minhash()
                ? nearDuplicates(remaining, hasher, config.jaccardThreshold(), partitions)
                : remaining.filter(d -> d.exactN >= 2).map(d -> new Assignment(d.id, d.id, d.exactN, 1.0));
        // Serialized: a deserialized cache would have Spark estimate the size of every row it stores.
        JavaRDD<Row> inRunRows = members(assignments, grouped, partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());
        Dataset<Row> inRun = spark.createDataFrame(inRunRows, MEMBERS);
        Dataset<Row> members = releaseMembers == null ? inRun : Checkpoints.cut(inRun.unionByName(releaseMembers));

        Dataset<Row> removed = members.filter(col("reason").notEqual(lit(Reasons.REPRESENTATIVE)))
                .select("id", "reason", "cluster_id", "cluster_size", "kept_id", "similarity", "release");
        Dataset<Row> clusters = members.select("cluster_id", "id", "kept_id", "cluster_size", "reason", "release");
        // Kept = exact representatives that were not removed; a document with neither key nor signature is useless.
        Dataset<Row> index = spark.createDataFrame(reps.filter(d -> d.exactKey != null || d.sig != null)
                        .map(d -> RowFactory.create(d.id, d.language, d.exactKey, d.sig == null ? null : toBytes(d.sig))),
                        DedupIndex.SCHEMA)
                .join(removed.select("id"), new String[]{"id"}, "left_anti");
        return new DedupResult(removed, clusters, index);
    }

    /**
     * One document after its pass over the text; an exact representative once {@link #exactN} is set. Shuffled as
     * {@link #encode} bytes, like the other records below.
     */
    static final class Doc implements Serializable {
        private static final long serialVersionUID = 1L;
        String id;
        String language;
        String scope;
        Rank rank;
        /** Null when exact dedup is off or the text normalises to nothing. */
        String exactKey;
        /** Null when MinHash is off; the empty signature below {@code min_length} or without shingles. */
        long[] sig;
        /** Size of the exact group this document represents. */
        long exactN = 1;

        byte[] encode() {
            Bytes.Writer w = new Bytes.Writer().writeString(id).writeString(language).writeString(scope)
                    .writeByte(rank.noQuality ? 1 : 0).writeDouble(rank.negQuality).writeByte(rank.late ? 1 : 0)
                    .writeLong(rank.micros).writeString(exactKey).writeLongs(sig).writeLong(exactN);
            return w.toBytes();
        }

        static Doc decode(byte[] bytes) {
            Bytes.Reader r = new Bytes.Reader(bytes, 0);
            Doc d = new Doc();
            d.id = r.readString();
            d.language = r.readString();
            d.scope = r.readString();
            boolean noQuality = r.readByte() == 1;
            double negQuality = r.readDouble();
            boolean late = r.readByte() == 1;
            long micros = r.readLong();
            d.rank = new Rank(d.id, noQuality ? null : -negQuality, late ? null : micros);
            d.exactKey = r.readString();
            d.sig = r.readLongs();
            d.exactN = r.readLong();
            return d;
        }
    }

    /** A representative in a cluster: {@code keptId} is the cluster's kept document. */
    static final class Assignment implements Serializable {
        private static final long serialVersionUID = 1L;
        final String repId;
        final String keptId;
        final long size;
        final double similarity;

        Assignment(String repId, String keptId, long size, double similarity) {
            this.repId = repId;
            this.keptId = keptId;
            this.size = size;
            this.similarity = similarity;
        }

        byte[] encode() {
            return new Bytes.Writer().writeString(repId).writeString(keptId).writeLong(size)
                    .writeLong(Double.doubleToRawLongBits(similarity)).toBytes();
        }

        static Assignment decode(byte[] bytes) {
            Bytes.Reader r = new Bytes.Reader(bytes, 0);
            return new Assignment(r.readString(), r.readString(), r.readLong(), Double.longBitsToDouble(r.readLong()));
        }
    }

    /** A numbered representative ({@code v}: its number in rank order) on its way to its component's root. */
    static final class Member implements Serializable {
        private static final long serialVersionUID = 1L;
        long v;
        long root;
        String id;
        String scope;
        long[] sig;
        long exactN;

        byte[] encode() {
            return new Bytes.Writer().writeLong(v).writeLong(root).writeString(id).writeString(scope).writeLongs(sig)
                    .writeLong(exactN).toBytes();
        }

        static Member decode(byte[] bytes) {
            Bytes.Reader r = new Bytes.Reader(bytes, 0);
            Member m = new Member();
            m.v = r.readLong();
            m.root = r.readLong();
            m.id = r.readString();
            m.scope = r.readString();
            m.sig = r.readLongs();
            m.exactN = r.readLong();
            return m;
        }
    }

    /** Ids, labels, ranks, exact keys and signatures: the only pass over the texts. */
    private static JavaRDD<Doc> fingerprints(Dataset<Row> docs, DedupConfig config, MinHasher hasher) {
        Column q = Arrays.asList(docs.columns()).contains(QUALITY_COLUMN)
                ? col(QUALITY_COLUMN).cast(DataTypes.DoubleType) : lit(null).cast(DataTypes.DoubleType);
        boolean exact = config.exact();
        boolean global = "global".equals(config.scope());
        int minLength = config.minLength();
        return docs.select(col("id"), col("text"), col("language"), col("fetch_time"), q).javaRDD().map(r -> {
            Doc d = new Doc();
            d.id = r.getString(0);
            d.language = r.getString(2);
            d.scope = global || d.language == null ? "" : d.language;
            d.rank = new Rank(d.id, r.isNullAt(4) ? null : r.getDouble(4), FetchTimes.epochMicros(r.getString(3)));
            String normalized = TextNormalizer.normalize(r.getString(1));
            // An empty text has nothing to compare: it gets no exact key (and MinHash gives it no band).
            d.exactKey = exact && !normalized.isEmpty() ? ExactKey.ofNormalized(normalized) : null;
            d.sig = hasher == null ? null
                    : hasher.signature(hasher.shingler().shinglesOfNormalized(normalized, minLength));
            return d;
        });
    }

    /**
     * The representatives ({@link Doc} with {@code exactN} set) and, for every document, {rep_id, id}. Documents with
     * the same (scope, exact key) are one shuffle group sorted by rank, so the first is the representative; a document
     * without exact key (exact off, or empty text) is a group of its own. Every document goes through this one
     * shuffle, so its text is hashed once, in the shuffle's map tasks, whatever reads the groups afterwards.
     */
    private static JavaRDD<Object> exactGroups(JavaRDD<Doc> docs, boolean exact, int partitions) {
        JavaPairRDD<byte[], byte[]> keyed = docs.mapToPair(d -> new Tuple2<>(ShuffleKey.ranked(
                exact && d.exactKey != null ? d.scope + '\u0000' + d.exactKey : "\u0001" + d.id, d.rank), d.encode()));
        return ShuffleKey.sort(keyed, partitions).mapPartitions(in -> new GroupReader<byte[], Object>() {
            private Doc rep;

            @Override
            boolean decodesKeys() {
                return false;
            }

            @Override
            void start(ShuffleKey key) {
                rep = null;
            }

            @Override
            void record(ShuffleKey key, byte[] value, ArrayDeque<Object> out) {
                if (rep == null) {
                    rep = Doc.decode(value);
                    rep.exactN = 0;
                    out.add(new String[]{rep.id, rep.id});
                } else {
                    // Only the id of the other members is needed.
                    out.add(new String[]{rep.id, new Bytes.Reader(value, 0).readString()});
                }
                rep.exactN++;
            }

            @Override
            void end(ArrayDeque<Object> out) {
                out.add(rep);
            }
        }.read(in));
    }

    /** The representatives whose id is not in {@code matched}. */
    private static JavaRDD<Doc> withoutMatches(JavaRDD<Doc> reps, JavaRDD<String> matched, int partitions) {
        JavaPairRDD<byte[], byte[]> records = matched
                .mapToPair(id -> new Tuple2<>(ShuffleKey.named(id, 0, ""), (byte[]) null))
                .union(reps.mapToPair(d -> new Tuple2<>(ShuffleKey.named(d.id, 1, ""), d.encode())));
        return ShuffleKey.sort(records, partitions).mapPartitions(in -> new GroupReader<byte[], Doc>() {
            private boolean isMatched;

            @Override
            void start(ShuffleKey key) {
                isMatched = false;
            }

            @Override
            void record(ShuffleKey key, byte[] value, ArrayDeque<Doc> out) {
                if (key.type == 0) {
                    isMatched = true;
                } else if (!isMatched) {
                    out.add(Doc.decode(value));
                }
            }
        }.read(in));
    }

    /** MinHash over the representatives: one {@link Assignment} for every representative in a cluster of two or more. */
    private static JavaRDD<Assignment> nearDuplicates(JavaRDD<Doc> reps, MinHasher hasher, double threshold,
                                                      int partitions) {
        // Numbers that follow the rank order: the minimum of any set of numbers is its best-ranked document. Only
        // their order matters, and it is fixed by the (unique) ranks, whatever the partitioning.
        JavaRDD<byte[]> numbered = reps
                .mapToPair(d -> {
                    Bytes.Writer w = new Bytes.Writer();
                    d.rank.writeTo(w);
                    Member m = new Member();
                    m.id = d.id;
                    m.scope = d.scope;
                    m.sig = d.sig;
                    m.exactN = d.exactN;
                    return new Tuple2<>(w.toBytes(), m);
                })
                .sortByKey(new ShuffleKey.Unsigned(), true, partitions)
                .values()
                .zipWithIndex()
                .map(t -> {
                    t._1().v = t._2();
                    t._1().root = t._2();
                    return t._1().encode();
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        JavaPairRDD<byte[], byte[]> bandRecords = numbered.flatMapToPair(bytes -> {
            Member m = Member.decode(bytes);
            long[] keys = hasher.bandKeys(m.sig);
            List<Tuple2<byte[], byte[]>> out = new ArrayList<>(keys.length);
            for (long k : keys) {
                out.add(new Tuple2<>(ShuffleKey.of(m.scope, k, 0, m.v), null));
            }
            return out.iterator();
        });
        JavaRDD<long[]> edges = ShuffleKey.sort(bandRecords, partitions).mapPartitions(in -> new GroupReader<byte[], long[]>() {
            private long hub;

            @Override
            void start(ShuffleKey key) {
                hub = key.order;
            }

            @Override
            void record(ShuffleKey key, byte[] value, ArrayDeque<long[]> out) {
                if (key.order != hub) {
                    out.add(new long[]{key.order, hub});
                }
            }
        }.read(in));
        if (threshold > 0) {
            edges = checked(edges, numbered, threshold, partitions);
        }
        JavaRDD<long[]> roots = ConnectedComponents.roots(edges, partitions);

        // Representatives in a component, or alone but with exact duplicates, with their root: the others are in no
        // cluster.
        JavaPairRDD<byte[], byte[]> withRoots = numbered
                .mapToPair(bytes -> new Tuple2<>(ShuffleKey.of(new Bytes.Reader(bytes, 0).readLong(), 0, 0), bytes))
                .union(roots.mapToPair(p -> new Tuple2<>(ShuffleKey.of(p[0], 1, p[1]), (byte[]) null)));
        JavaRDD<Member> labelled = ShuffleKey.sort(withRoots, partitions).mapPartitions(in -> new GroupReader<byte[], Member>() {
            private Member member;
            private boolean rooted;

            @Override
            void start(ShuffleKey key) {
                member = null;
                rooted = false;
            }

            @Override
            void record(ShuffleKey key, byte[] value, ArrayDeque<Member> out) {
                if (key.type == 0) {
                    member = Member.decode(value);
                } else if (!rooted) {
                    rooted = true;
                    member.root = key.order;
                }
            }

            @Override
            void end(ArrayDeque<Member> out) {
                if (rooted || member.exactN >= 2) {
                    out.add(member);
                }
            }
        }.read(in));

        JavaPairRDD<byte[], byte[]> byRoot = labelled.mapToPair(m -> new Tuple2<>(m.root, m.exactN))
                .reduceByKey(Long::sum, partitions)
                .filter(t -> t._2() >= 2)
                .mapToPair(t -> new Tuple2<>(ShuffleKey.of(t._1(), 0, 0), new Bytes.Writer().writeLong(t._2()).toBytes()))
                .union(labelled.mapToPair(m -> new Tuple2<>(ShuffleKey.of(m.root, 1, m.v), m.encode())));
        // The root's own member has the smallest number of its component, so it comes first after the size.
        return ShuffleKey.sort(byRoot, partitions).mapPartitions(in -> new GroupReader<byte[], Assignment>() {
            private long size;
            private Member kept;

            @Override
            void start(ShuffleKey key) {
                size = 0;
                kept = null;
            }

            @Override
            void record(ShuffleKey key, byte[] value, ArrayDeque<Assignment> out) {
                if (key.type == 0) {
                    size = new Bytes.Reader(value, 0).readLong();
                    return;
                }
                if (size < 2) {
                    return;
                }
                Member m = Member.decode(value);
                if (kept == null) {
                    kept = m;
                }
                out.add(new Assignment(m.id, kept.id, size, MinHasher.estimatedJaccard(m.sig, kept.sig)));
            }
        }.read(in));
    }

    /**
     * The edges whose two ends' signatures reach {@code threshold} in estimated Jaccard, each once: the first shuffle
     * brings the source's signature to each of its edges (skipping duplicate edges, which arrive next to each other),
     * the second the destination's, where the pair is checked.
     */
    private static JavaRDD<long[]> checked(JavaRDD<long[]> edges, JavaRDD<byte[]> numbered, double threshold,
                                           int partitions) {
        JavaPairRDD<byte[], byte[]> signatures = numbered.mapToPair(bytes -> {
            Member m = Member.decode(bytes);
            return new Tuple2<>(ShuffleKey.of(m.v, 0, 0), toBytes(m.sig));
        });
        JavaPairRDD<byte[], byte[]> bySource = signatures
                .union(edges.mapToPair(e -> new Tuple2<>(ShuffleKey.of(e[0], 1, e[1]), (byte[]) null)));
        JavaPairRDD<byte[], byte[]> withSource = ShuffleKey.sort(bySource, partitions)
                .mapPartitionsToPair(in -> new GroupReader<byte[], Tuple2<byte[], byte[]>>() {
                    private byte[] sig;
                    private boolean anyEdge;
                    private long previous;

                    @Override
                    void start(ShuffleKey key) {
                        sig = null;
                        anyEdge = false;
                    }

                    @Override
                    void record(ShuffleKey key, byte[] value, ArrayDeque<Tuple2<byte[], byte[]>> out) {
                        if (key.type == 0) {
                            sig = value;
                        } else if (!anyEdge || key.order != previous) {
                            anyEdge = true;
                            previous = key.order;
                            out.add(new Tuple2<>(ShuffleKey.of(key.order, 1, key.number), sig));
                        }
                    }
                }.read(in));
        return ShuffleKey.sort(signatures.union(withSource), partitions).mapPartitions(in -> new GroupReader<byte[], long[]>() {
            private long[] sig;

            @Override
            void start(ShuffleKey key) {
                sig = null;
            }

            @Override
            void record(ShuffleKey key, byte[] value, ArrayDeque<long[]> out) {
                if (key.type == 0) {
                    sig = fromBytes(value);
                } else if (MinHasher.estimatedJaccard(fromBytes(value), sig) >= threshold) {
                    out.add(new long[]{key.order, key.number});
                }
            }
        }.read(in));
    }

    /** The member rows of every cluster: each assignment applied to the exact group of its representative. */
    private static JavaRDD<Row> members(JavaRDD<Assignment> assignments, JavaRDD<String[]> grouped, int partitions) {
        JavaPairRDD<byte[], byte[]> records = assignments
                .mapToPair(a -> new Tuple2<>(ShuffleKey.named(a.repId, 0, ""), a.encode()))
                .union(grouped.mapToPair(g -> new Tuple2<>(ShuffleKey.named(g[0], 1, g[1]), (byte[]) null)));
        return ShuffleKey.sort(records, partitions).mapPartitions(in -> new GroupReader<byte[], Row>() {
            private Assignment a;

            @Override
            void start(ShuffleKey key) {
                a = null;
            }

            @Override
            void record(ShuffleKey key, byte[] value, ArrayDeque<Row> out) {
                if (key.type == 0) {
                    a = Assignment.decode(value);
                    return;
                }
                if (a == null) {
                    return;
                }
                String id = key.name;
                String reason;
                Double similarity;
                if (id.equals(a.keptId)) {
                    reason = Reasons.REPRESENTATIVE;
                    similarity = null;
                } else if (a.repId.equals(a.keptId)) {
                    reason = Reasons.EXACT;
                    similarity = 1.0;
                } else {
                    reason = Reasons.MINHASH;
                    similarity = a.similarity;
                }
                out.add(RowFactory.create(a.keptId, id, a.keptId, a.size, reason, similarity, null));
            }
        }.read(in));
    }

    /** The union of the reference indexes, each checked against the config, with this run's scope column. */
    private static Dataset<Row> releasedIndex(SparkSession spark, DedupConfig config) {
        Dataset<Row> all = null;
        for (String path : config.referenceIndexes()) {
            Dataset<Row> one = DedupIndex.read(spark, path, config);
            all = all == null ? one : all.unionByName(one);
        }
        return all.withColumn("scope", "global".equals(config.scope()) ? lit("") : coalesce(col("language"), lit("")));
    }

    /**
     * For every exact representative that duplicates a released document: rep_id, kept_id (the released id), release
     * (its index) and similarity. Candidates are exact-key matches (similarity 1.0) and, with MinHash, the hub of each
     * (scope, band) bucket of the released index that the representative falls in: the bucket's smallest released
     * (id, index), so that each representative meets at most one released document per band however many share it.
     * Of several confirmed candidates the most similar wins, then the smallest id, then the smallest index path.
     */
    private static Dataset<Row> releaseMatches(Dataset<Row> reps, Dataset<Row> released, DedupConfig config,
                                               MinHasher hasher) {
        Dataset<Row> candidates = null;
        if (config.exact()) {
            Dataset<Row> keys = released.filter(col("exact_key").isNotNull()).groupBy("scope", "exact_key")
                    .agg(min(struct(col("id"), col("release"))).as("h"));
            candidates = reps.filter(col("exact_key").isNotNull()).join(keys, new String[]{"scope", "exact_key"})
                    .select(col("rep_id"), col("h.id").as("kept_id"), col("h.release").as("release"),
                            lit(1.0).as("similarity"));
        }
        if (config.minhash()) {
            UserDefinedFunction bandKeys = bandKeysUdf(hasher);
            UserDefinedFunction jaccard = jaccardUdf();
            Dataset<Row> hubs = released.filter(col("sig").isNotNull())
                    .select(col("scope"), col("id"), col("release"), col("sig"),
                            explode(bandKeys.apply(col("sig"))).as("band_key"))
                    .groupBy("scope", "band_key")
                    .agg(min(struct(col("id"), col("release"), col("sig"))).as("h"));
            Dataset<Row> pairs = reps.filter(col("sig").isNotNull())
                    .select(col("rep_id"), col("scope"), explode(bandKeys.apply(col("sig"))).as("band_key"))
                    .join(hubs, new String[]{"scope", "band_key"})
                    .select(col("rep_id"), col("h.id").as("kept_id"), col("h.release").as("release"),
                            col("h.sig").as("kept_sig"))
                    .dropDuplicates("rep_id", "kept_id", "release")
                    .join(reps.select("rep_id", "sig"), "rep_id")
                    .withColumn("similarity", jaccard.apply(col("sig"), col("kept_sig")));
            if (config.jaccardThreshold() > 0) {
                pairs = pairs.filter(col("similarity").geq(config.jaccardThreshold()));
            }
            pairs = pairs.select("rep_id", "kept_id", "release", "similarity");
            candidates = candidates == null ? pairs : candidates.unionByName(pairs);
        }
        return candidates.groupBy("rep_id")
                .agg(min(struct(negate(col("similarity")).as("d"), col("kept_id"), col("release"))).as("b"))
                .select(col("rep_id"), col("b.kept_id").as("kept_id"), col("b.release").as("release"),
                        negate(col("b.d")).as("similarity"));
    }

    private static UserDefinedFunction bandKeysUdf(MinHasher hasher) {
        return udf((UDF1<byte[], long[]>) sig -> hasher.bandKeys(fromBytes(sig)),
                DataTypes.createArrayType(DataTypes.LongType, false));
    }

    private static UserDefinedFunction jaccardUdf() {
        return udf((UDF2<byte[], byte[], Double>) (x, y) -> MinHasher.estimatedJaccard(fromBytes(x), fromBytes(y)),
                DataTypes.DoubleType);
    }

    static byte[] toBytes(long[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Long.BYTES);
        buffer.asLongBuffer().put(signature);
        return buffer.array();
    }

    static long[] fromBytes(byte[] bytes) {
        long[] signature = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(signature);
        return signature;
    }
}
