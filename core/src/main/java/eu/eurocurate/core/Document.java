package eu.eurocurate.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A document travelling through the pipeline: where it came from, its text, what stages measured about it, and the
 * append-only list of decisions taken on it. Every input record becomes exactly one {@code Document}, even one that
 * could not be parsed (it then carries a drop decision and no text), so the ledger is complete.
 *
 * <p>Mutable by design: stages run in a tight loop over millions of documents and add to the same object rather than
 * copying it. Decisions can only be appended; attributes and scores are sorted maps so that serialised output is
 * byte-for-byte deterministic.
 */
public final class Document implements Serializable {

    private final String id;
    private final SourceLocator source;
    private String url;
    private String fetchTime;
    private int httpStatus;
    private String contentType;
    private String payloadDigest;
    private final SortedMap<String, String> headers = new TreeMap<>();
    private String text;
    private String language;
    private double languageScore;
    private final SortedMap<String, String> attributes = new TreeMap<>();
    private final SortedMap<String, Double> scores = new TreeMap<>();
    private final List<Decision> decisions = new ArrayList<>(6);
    /**
     * The raw HTML (or other markup) of the payload, for stages that read markup signals (licence links, meta
     * tags). Never written to any output; dropped before the document leaves the executor.
     */
    private transient String markup;
    /** Token ids, filled by the export stage just before writing. Not part of the ledger. */
    private transient int[] tokens;

    public Document(String id, SourceLocator source) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
    }

    public String id() {
        return id;
    }

    public SourceLocator source() {
        return source;
    }

    public String url() {
        return url;
    }

    public Document url(String url) {
        this.url = url;
        return this;
    }

    /** Fetch time as ISO-8601 UTC ({@code 2024-05-18T02:39:44Z}), from WARC-Date; null for raw files without one. */
    public String fetchTime() {
        return fetchTime;
    }

    public Document fetchTime(String fetchTime) {
        this.fetchTime = fetchTime;
        return this;
    }

    /** HTTP status of a response record, 0 when not an HTTP response. */
    public int httpStatus() {
        return httpStatus;
    }

    public Document httpStatus(int httpStatus) {
        this.httpStatus = httpStatus;
        return this;
    }

    public String contentType() {
        return contentType;
    }

    public Document contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    public String payloadDigest() {
        return payloadDigest;
    }

    public Document payloadDigest(String payloadDigest) {
        this.payloadDigest = payloadDigest;
        return this;
    }

    /** HTTP headers later stages need, names in lower case (e.g. {@code x-robots-tag}, {@code tdm-reservation}). */
    public SortedMap<String, String> headers() {
        return headers;
    }

    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }

    public Document header(String name, String value) {
        headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
        return this;
    }

    /** Extracted plain text; null when extraction failed or the record carries no document. */
    public String text() {
        return text;
    }

    public Document text(String text) {
        this.text = text;
        return this;
    }

    /** Language label in the project's format ({@code deu_Latn}, {@code srp_Cyrl}, {@code und}), or null before langid. */
    public String language() {
        return language;
    }

    public double languageScore() {
        return languageScore;
    }

    public Document language(String label, double score) {
        this.language = label;
        this.languageScore = score;
        return this;
    }

    /** String attributes set by stages, e.g. {@code licence.spdx=CC-BY-4.0}. Keys are prefixed by the stage name. */
    public SortedMap<String, String> attributes() {
        return attributes;
    }

    public Document attribute(String key, String value) {
        attributes.put(key, value);
        return this;
    }

    /** Numeric measurements set by stages, e.g. {@code quality.gopher.mean_word_length=4.7}. */
    public SortedMap<String, Double> scores() {
        return scores;
    }

    public Document score(String key, double value) {
        scores.put(key, value);
        return this;
    }

    public String markup() {
        return markup;
    }

    public Document markup(String markup) {
        this.markup = markup;
        return this;
    }

    public int[] tokens() {
        return tokens;
    }

    public Document tokens(int[] tokens) {
        this.tokens = tokens;
        return this;
    }

    /** The decisions so far, oldest first. Read-only: use {@link #decide(Decision)} to append. */
    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }

    public Document decide(Decision decision) {
        decisions.add(Objects.requireNonNull(decision, "decision"));
        return this;
    }

    /** True once any stage dropped the document; later per-document stages then skip it. */
    public boolean isDropped() {
        return dropDecision().isPresent();
    }

    /** The first drop decision: the reason the document left the corpus. */
    public Optional<Decision> dropDecision() {
        for (Decision d : decisions) {
            if (d.verdict() == Verdict.DROP) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Frees what is never written out (markup, tokens) once the per-document stages are done. */
    public void releaseTransient() {
        markup = null;
        tokens = null;
    }

    /** Copies the scalar fields, maps and decisions from another document (used when rebuilding from a row). */
    public static Document copyOf(Document other) {
        Document d = new Document(other.id, other.source);
        d.url = other.url;
        d.fetchTime = other.fetchTime;
        d.httpStatus = other.httpStatus;
        d.contentType = other.contentType;
        d.payloadDigest = other.payloadDigest;
        d.headers.putAll(other.headers);
        d.text = other.text;
        d.language = other.language;
        d.languageScore = other.languageScore;
        d.attributes.putAll(other.attributes);
        d.scores.putAll(other.scores);
        d.decisions.addAll(other.decisions);
        d.markup = other.markup;
        d.tokens = other.tokens;
        return d;
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + (url != null ? url : source.file()) + ", decisions=" + decisions + "]";
    }

    /** Unmodifiable view for callers that must not change headers. */
    public Map<String, String> headersView() {
        return Collections.unmodifiableMap(headers);
    }
}
