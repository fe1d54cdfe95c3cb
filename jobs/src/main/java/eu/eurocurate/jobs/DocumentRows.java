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
            createStructField("status", DataTypes.StringType, false),
            // Provenance fields derived from the attributes and scores the stages wrote (see ProvenanceFields).
            createStructField("registered_domain", DataTypes.StringType, true),
            createStructField("licence_evidence", DataTypes.StringType, true),
            createStructField("licence_class", DataTypes.StringType, true),
            createStructField("legal_basis", DataTypes.StringType, true),
            createStructField("opt_out_signals", ProvenanceFields.SIGNALS, false),
            createStructField("pii_counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), false),
            // Only on robots.txt / tdmrep.json captures: the body, for the site-level opt-out join. Never in the ledger.
            createStructField("site_capture", SiteCaptures.CAPTURE, true),
            // Raw HTML between the per-file pass and the site-level pass (SiteOptOutJoin), which needs it for the
            // licensing stage; null everywhere after. Never in the ledger.
            createStructField("markup", DataTypes.StringType, true)});

    /** Attribute the licensing stage writes the SPDX id to. */
    public static final String LICENCE_ATTRIBUTE = "licensing.spdx";

    private DocumentRows() {
    }

    public static Row toRow(Document d) {
        return toRow(d, null);
    }

    /** @param siteCapture a {@link SiteCaptures#CAPTURE} row when the record is a robots.txt / tdmrep.json capture */
    public static Row toRow(Document d, Row siteCapture) {
        return toRow(d, siteCapture, false);
    }

    /**
     * @param keepMarkup keep the raw HTML of a document still in the corpus, for stages applied after the per-file
     *                   pass (the licensing stage, once the site's robots.txt and tdmrep.json are joined)
     */
    public static Row toRow(Document d, Row siteCapture, boolean keepMarkup) {
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
                dropped ? DROPPED : KEPT,
                ProvenanceFields.registeredDomain(host(d.url())),
                d.attributes().get(ProvenanceFields.LICENCE_EVIDENCE),
                ProvenanceFields.licenceClass(d.attributes()),
                ProvenanceFields.legalBasis(d.attributes()),
                scala.jdk.javaapi.CollectionConverters.asScala(ProvenanceFields.optOutSignals(d.attributes())).toSeq(),
                scala(ProvenanceFields.piiCounts(d.scores())),
                siteCapture,
                keepMarkup && !dropped ? d.markup() : null}, SCHEMA);
    }

    /**
     * The inverse of {@link #toRow}: the document a processed row describes, for stages applied in Spark after the
     * per-document chain (the site-level opt-outs). Kept rows carry their text; markup is never kept.
     */
    public static Document toDocument(Row r) {
        Document d = new Document(r.getAs("id"), new eu.eurocurate.core.SourceLocator(r.getAs("source_file"),
                r.<Long>getAs("source_offset"), r.<Long>getAs("source_length"), r.getAs("record_id"), r.getAs("record_type")));
        d.url(r.getAs("url")).fetchTime(r.getAs("fetch_time")).httpStatus(r.<Integer>getAs("http_status"))
                .contentType(r.getAs("content_type")).payloadDigest(r.getAs("payload_digest")).text(r.getAs("text"))
                .markup(r.getAs("markup"));
        d.headers().putAll(r.<String, String>getJavaMap(r.fieldIndex("headers")));
        d.attributes().putAll(r.<String, String>getJavaMap(r.fieldIndex("attributes")));
        d.scores().putAll(r.<String, Double>getJavaMap(r.fieldIndex("scores")));
        String language = r.getAs("language");
        if (language != null) {
            Double score = r.getAs("language_score");
            d.language(language, score == null ? 0 : score);
        }
        for (Row x : r.<Row>getList(r.fieldIndex("decisions"))) {
            d.decide(new Decision(x.getAs("stage"), x.getAs("stage_version"),
                    eu.eurocurate.core.Verdict.valueOf(x.getAs("verdict")), x.getAs("reason"), x.getAs("value"), x.getAs("detail")));
        }
        return d;
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
