package eu.eurocurate.jobs;

import eu.eurocurate.licensing.RegisteredDomains;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.types.DataTypes.createStructField;

/**
 * The ledger's compliance columns, derived from what the stages wrote on the document: registered domain (Public
 * Suffix List), licence evidence, licence class and legal basis, every opt-out signal with its source, and PII counts.
 * Pure functions over the attribute and score maps, so the same derivation serves the per-document chain and the
 * site-level stage applied later in Spark.
 */
final class ProvenanceFields {

    /** One opt-out signal in the ledger: its id, the value observed, where it was found. */
    static final StructType SIGNAL = new StructType(new StructField[]{
            createStructField("signal", DataTypes.StringType, false),
            createStructField("value", DataTypes.StringType, true),
            createStructField("source", DataTypes.StringType, false)});

    static final ArrayType SIGNALS = DataTypes.createArrayType(SIGNAL, false);

    /** Attributes written by the licensing stages (licensing/README.md). */
    static final String LICENCE_EVIDENCE = "licensing.licence_evidence";
    static final String LICENCE_CLASS = "licensing.licence_class";
    static final String LEGAL_BASIS = "licensing.legal_basis";
    /** Page-level signals: {@code name=value} or {@code name}, comma-separated. */
    static final String PAGE_SIGNALS = "licensing.signals";
    /** Source recorded for a page signal whose place the name does not tell. */
    static final String PAGE_SOURCE = "page";
    static final String ROBOTS_SOURCE = "robots.txt";
    static final String TDMREP_SOURCE = "tdmrep.json";
    /** Which robots.txt / tdmrep.json copy the licensing stage used ({@code <status> <source> <fetch time>}). */
    static final String ROBOTS_COPY = "licensing.robots_txt";
    static final String TDMREP_COPY = "licensing.tdmrep_json";

    /** Score key prefix of the PII stage's per-type counts ({@code pii.count.email}). */
    static final String PII_COUNT_PREFIX = "pii.count.";

    private ProvenanceFields() {
    }

    /** The registered domain of a host (Public Suffix List; see {@link RegisteredDomains} for the rules). */
    static String registeredDomain(String host) {
        return RegisteredDomains.of(host);
    }

    static String licenceClass(Map<String, String> attributes) {
        return attributes.get(LICENCE_CLASS);
    }

    static String legalBasis(Map<String, String> attributes) {
        return attributes.get(LEGAL_BASIS);
    }

    /**
     * Every opt-out signal the licensing stage observed ({@code licensing.signals}: {@code name=value} or
     * {@code name}, comma-separated), each with where it was read: {@code http_header}, {@code html_meta}, or the
     * site file with the copy used ({@code robots.txt <status> <warc>@<offset> (<choice>) <fetch time>}, from
     * {@code licensing.robots_txt}; likewise {@code tdmrep.json}).
     */
    static List<Row> optOutSignals(Map<String, String> attributes) {
        List<Row> out = new ArrayList<>();
        String list = attributes.get(PAGE_SIGNALS);
        if (list == null || list.isBlank()) {
            return out;
        }
        for (String part : list.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String name = eq < 0 ? p : p.substring(0, eq).strip();
            String value = eq < 0 ? null : p.substring(eq + 1).strip();
            out.add(new GenericRowWithSchema(new Object[]{name, value, source(name, attributes)}, SIGNAL));
        }
        return out;
    }

    /** Where a signal of this name is read (licensing/README.md, "Signals"). */
    static String source(String signal, Map<String, String> attributes) {
        if (signal.startsWith("robots_txt") || signal.endsWith("_robots")) {
            return withCopy(ROBOTS_SOURCE, attributes.get(ROBOTS_COPY));
        }
        if (signal.startsWith("tdmrep")) {
            return withCopy(TDMREP_SOURCE, attributes.get(TDMREP_COPY));
        }
        if (signal.endsWith("_header")) {
            return "http_header";
        }
        if (signal.endsWith("_meta")) {
            return "html_meta";
        }
        return PAGE_SOURCE;
    }

    private static String withCopy(String kind, String copy) {
        return copy == null ? kind : kind + " " + copy;
    }

    /** {@code pii.count.<type>} scores as counts per type (the national-id kinds keep their full key). */
    static Map<String, Long> piiCounts(Map<String, Double> scores) {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getKey().startsWith(PII_COUNT_PREFIX) && e.getValue() != null) {
                out.put(e.getKey().substring(PII_COUNT_PREFIX.length()), Math.round(e.getValue()));
            }
        }
        return out;
    }
}
