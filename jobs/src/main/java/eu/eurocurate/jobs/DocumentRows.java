package eu.eurocurate.jobs;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.types.DataTypes.createStructField;

/**
 * The one place where a {@link Document} becomes a Spark row: the schema of the intermediate dataset that flows from
 * the per-document stages into dedup, export and the provenance ledger. The conversion is a pure static function
 * (tested without Spark), as in Common Crawl's cc-index-table.
 */
public final class DocumentRows {

    public static final String KEPT = "kept";
    public static final String DROPPED = "dropped";

    /** One decision in the ledger. Field names are the ledger's public column names. */
    public static final StructType DECISION = new StructType(new StructField[]{
            createStructField("stage", DataTypes.StringType, false),
            createStructField("stage_version", DataTypes.StringType, false),
            createStructField("verdict", DataTypes.StringType, false),
            createStructField("reason", DataTypes.StringType, false),
            createStructField("value", DataTypes.DoubleType, true),
            createStructField("detail", DataTypes.StringType, true)});

    public static final ArrayType DECISIONS = DataTypes.createArrayType(DECISION, false);

    /** Schema of the processed-documents dataset (one row per input record). */
    public static final StructType SCHEMA = new StructType(new StructField[]{
            createStructField("id", DataTypes.StringType, false),
            createStructField("url", DataTypes.StringType, true),
            createStructField("host", DataTypes.StringType, true),
            createStructField("source_file", DataTypes.StringType, false),
            createStructField("source_offset", DataTypes.LongType, false),
            createStructField("source_length", DataTypes.LongType, false),
            createStructField("record_id", DataTypes.StringType, true),
            createStructField("record_type", DataTypes.StringType, false),
            createStructField("fetch_time", DataTypes.StringType, true),
            createStructField("http_status", DataTypes.IntegerType, false),
            createStructField("content_type", DataTypes.StringType, true),
            createStructField("payload_digest", DataTypes.StringType, true),
            createStructField("headers", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), false),
            createStructField("language", DataTypes.StringType, true),
            createStructField("language_score", DataTypes.DoubleType, true),
            createStructField("licence", DataTypes.StringType, true),
            // Text is kept only for documents still in the corpus: the ledger never stores text.
            createStructField("text", DataTypes.StringType, true),
            createStructField("text_chars", DataTypes.IntegerType, false),
            createStructField("attributes", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), false),
            createStructField("scores", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true), false),
            createStructField("decisions", DECISIONS, false),
            createStructField("status", DataTypes.StringType, false)});

    /** Attribute the licensing stage writes the SPDX id to. */
    public static final String LICENCE_ATTRIBUTE = "licensing.spdx";

    private DocumentRows() {
    }

    public static Row toRow(Document d) {
        List<Row> decisions = new ArrayList<>(d.decisions().size());
        for (Decision x : d.decisions()) {
            decisions.add(new GenericRowWithSchema(new Object[]{x.stage(), x.stageVersion(), x.verdict().name(), x.reason(),
                    x.value(), x.detail()}, DECISION));
        }
        boolean dropped = d.isDropped();
        String text = d.text();
        return new GenericRowWithSchema(new Object[]{
                d.id(),
                d.url(),
                host(d.url()),
                d.source().file(),
                d.source().offset(),
                d.source().length(),
                d.source().recordId(),
                d.source().recordType(),
                d.fetchTime(),
                d.httpStatus(),
                d.contentType(),
                d.payloadDigest(),
                scala(d.headers()),
                d.language(),
                d.language() == null ? null : d.languageScore(),
                d.attributes().get(LICENCE_ATTRIBUTE),
                dropped ? null : text,
                text == null ? 0 : text.length(),
                scala(d.attributes()),
                scala(d.scores()),
                scala.jdk.javaapi.CollectionConverters.asScala(decisions).toSeq(),
                dropped ? DROPPED : KEPT}, SCHEMA);
    }

    private static <K, V> scala.collection.Map<K, V> scala(java.util.Map<K, V> m) {
        return scala.jdk.javaapi.CollectionConverters.asScala(m);
    }

    /** Lower-case host of a URL, or null when there is none or it does not parse. */
    static String host(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        try {
            String h = URI.create(url.trim()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
