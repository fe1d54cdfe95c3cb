package eu.eurocurate.jobs;

import eu.eurocurate.core.Document;
import eu.eurocurate.core.StageChain;
import eu.eurocurate.core.config.PipelineConfig;
import eu.eurocurate.licensing.SitePolicy;
import eu.eurocurate.licensing.SiteResource;
import eu.eurocurate.licensing.SiteResources;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.createStructField;

/**
 * The site-level pass: the licensing stage needs, besides the page, the robots.txt and {@code tdmrep.json} of its
 * host as the crawl captured them (RFC 9309; W3C TDMRep section 3.2), and the pages that come after it need the
 * licensing decision. So the per-file pass stops before licensing (keeping each page's raw HTML), captures are
 * collected from the same rows, and pages meet their host's captures in a {@code cogroup} by host on the executors:
 * nothing that grows with the corpus is collected to the driver or broadcast. In each group the captures (one or a
 * few per host) are read into memory, parsed once per distinct pair used, and the pages streamed through licensing
 * and the later stages. Per page, the capture used is the latest fetched at or before the page, else the earliest
 * after it ({@link SiteCaptures#pick}); which copy and which rule were used is recorded in the licensing attributes.
 *
 * <p>A host with millions of pages would make one long task; pages are therefore spread over {@link #SALTS} groups
 * per host by a hash of their id, and each group receives a copy of the host's captures (they are small).
 */
final class SiteOptOutJoin {

    /** Groups per host. Captures are copied to each; 16 keeps even a very large host's pages in bounded tasks. */
    static final int SALTS = 16;

    /** What a capture carries into the join. */
    static final StructType CAPTURE_ROW = new StructType(new StructField[]{
            createStructField("key", DataTypes.StringType, false),
            createStructField("id", DataTypes.StringType, false),
            createStructField("url", DataTypes.StringType, true),
            createStructField("fetch_time", DataTypes.StringType, true),
            createStructField("source_file", DataTypes.StringType, false),
            createStructField("source_offset", DataTypes.LongType, false),
            createStructField("capture", SiteCaptures.CAPTURE, false)});

    private SiteOptOutJoin() {
    }

    /**
     * @param pending the per-file pass's rows (schema {@link DocumentRows#SCHEMA}, raw HTML in {@code markup})
     * @return every row, with licensing and the later stages applied to the documents still kept; markup removed
     */
    static Dataset<Row> apply(Dataset<Row> pending, PipelineConfig config, HadoopConf conf) {
        Encoder<Row> rows = Encoders.row(DocumentRows.SCHEMA);
        Dataset<Row> captures = pending.filter(col("site_capture").isNotNull().and(col("host").isNotNull()))
                .select("host", "id", "url", "fetch_time", "source_file", "source_offset", "site_capture")
                .flatMap((FlatMapFunction<Row, Row>) SiteOptOutJoin::saltedCaptures, Encoders.row(CAPTURE_ROW));
        Dataset<Row> joinable = pending.filter(col("status").equalTo(DocumentRows.KEPT).and(col("host").isNotNull()));
        Dataset<Row> rest = pending.filter(col("status").notEqual(DocumentRows.KEPT).or(col("host").isNull()));

        Dataset<Row> judged = joinable
                .groupByKey((MapFunction<Row, String>) SiteOptOutJoin::pageKey, Encoders.STRING())
                .cogroup(captures.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING()),
                        (CoGroupFunction<String, Row, Row, Row>) (key, pages, caps) -> judge(pages, caps, config, conf),
                        rows);
        // Raw files (no host) and documents already dropped: no site signals apply; the former still go through
        // licensing (page signals only) and the later stages.
        Dataset<Row> others = rest.mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
            ExecutorResources resources = ExecutorResources.get(config, conf.get());
            StageChain chain = resources.postSiteChain(SitePolicy.NONE);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Row next() {
                    return finish(it.next(), chain);
                }
            };
        }, rows);
        return judged.union(others);
    }

    /** Host plus a salt from the page id, so one host's pages spread over {@link #SALTS} groups. */
    static String pageKey(Row page) {
        String id = page.getAs("id");
        return page.<String>getAs("host") + "#" + Math.floorMod(id.hashCode(), SALTS);
    }

    private static Iterator<Row> saltedCaptures(Row r) {
        List<Row> out = new ArrayList<>(SALTS);
        for (int s = 0; s < SALTS; s++) {
            out.add(RowFactory.create(r.getString(0) + "#" + s, r.getString(1), r.getString(2), r.getString(3),
                    r.getString(4), r.getLong(5), r.getStruct(6)));
        }
        return out.iterator();
    }

    /** Runs the post-site chain on one row (when still kept) and returns its final form, without markup. */
    static Row finish(Row row, StageChain chain) {
        Row capture = row.getAs("site_capture");
        Document d = DocumentRows.toDocument(row);
        if (!d.isDropped()) {
            chain.process(d);
        }
        d.releaseTransient();
        return DocumentRows.toRow(d, capture);
    }

    /** One host group: its captures in memory, its pages streamed. */
    static Iterator<Row> judge(Iterator<Row> pages, Iterator<Row> caps, PipelineConfig config, HadoopConf conf) {
        List<SiteCaptures.Dated<Row>> robots = new ArrayList<>();
        List<SiteCaptures.Dated<Row>> tdmrep = new ArrayList<>();
        while (caps.hasNext()) {
            Row c = caps.next();
            SiteCaptures.Dated<Row> dated = new SiteCaptures.Dated<>(c, c.getString(1), SiteCaptures.instant(c.getString(3)));
            String kind = c.getStruct(6).getAs("kind");
            (SiteCaptures.ROBOTS.equals(kind) ? robots : tdmrep).add(dated);
        }
        ExecutorResources resources = ExecutorResources.get(config, conf.get());
        // Pages of a host mostly share one capture pair; parse each pair once.
        Map<String, StageChain> chains = new HashMap<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pages.hasNext();
            }

            @Override
            public Row next() {
                Row page = pages.next();
                java.time.Instant fetched = SiteCaptures.instant(page.getAs("fetch_time"));
                SiteCaptures.Picked<Row> r = SiteCaptures.pick(robots, fetched);
                SiteCaptures.Picked<Row> t = SiteCaptures.pick(tdmrep, fetched);
                String pair = describe(r) + "\u0000" + describe(t);
                StageChain chain = chains.computeIfAbsent(pair, k -> resources.postSiteChain(
                        resources.licensing.site(new SiteResources(origin(page.getAs("url")), resource(r), resource(t)))));
                return finish(page, chain);
            }
        };
    }

    private static String describe(SiteCaptures.Picked<Row> p) {
        return p == null ? "" : p.capture().getString(1) + " " + p.choice();
    }

    /**
     * A capture as the licensing stage takes it. Its source names the copy ({@code <warc file>@<offset>}) and how it
     * was chosen for this page, so the ledger says which robots.txt was applied and why that one.
     */
    static SiteResource resource(SiteCaptures.Picked<Row> p) {
        if (p == null) {
            return null;
        }
        Row c = p.capture();
        Row capture = c.getStruct(6);
        Integer status = capture.getAs("http_status");
        return new SiteResource(capture.getAs("body"), status == null ? 0 : status,
                c.getString(4) + "@" + c.getLong(5) + " (" + p.choice() + ")", c.getString(3));
    }

    /** {@code scheme://host[:port]} of a URL, or "" when it has none. */
    static String origin(String url) {
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return "";
            }
            return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
                    + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (RuntimeException e) {
            return "";
        }
    }
}
