package eu.eurocurate.jobs;

import java.util.List;

/**
 * Every figure of an audit report, computed once by {@link AuditJob} from a run's ledger and written three ways
 * (HTML, JSON, the AI Act summary's Markdown) by {@link AuditWriter}, so the three can never disagree.
 *
 * @param run               which run the ledger belongs to
 * @param totals            record, document, token and byte totals
 * @param languages         kept documents, tokens and characters per language
 * @param stages            per stage, in pipeline order: documents that reached it, kept, flagged, dropped
 * @param removals          dropped documents per stage and reason of their first drop (the funnel of removals)
 * @param licences          kept documents and tokens per licence (SPDX id, or {@code none}) and licence class
 * @param legalBases        kept documents per legal basis
 * @param optOutSignals     documents per opt-out signal and source kind, and how many of them were dropped
 * @param domains           number of registered domains records were read from
 * @param topDomains        registered domains by characters kept, largest first
 * @param topScrapedDomains registered domains by bytes of fetched records (the AI Office template's "size of content
 *                          scraped")
 * @param collectionPeriod  first and last fetch time of the fetched records
 */
public record AuditFigures(
        Run run,
        Totals totals,
        List<LanguageRow> languages,
        List<StageRow> stages,
        List<RemovalRow> removals,
        List<LicenceRow> licences,
        List<CountRow> legalBases,
        List<SignalRow> optOutSignals,
        long domains,
        List<DomainRow> topDomains,
        List<DomainRow> topScrapedDomains,
        Period collectionPeriod) {

    /** @param policyVersions the licensing policy versions recorded on the documents, comma-separated */
    public record Run(String runId, String codeVersion, String configHash, String createdAt, String policyVersions) {
    }

    /**
     * @param records    ledger rows (input records)
     * @param crawled    records of fetched content with a URL (responses, revisits, resources, conversions; not
     *                   requests, metadata or raw files)
     * @param inputBytes bytes of all records as stored in the input files
     */
    public record Totals(long records, long crawled, long kept, long dropped, long tokens, long characters, long inputBytes) {
    }

    public record LanguageRow(String language, long documents, long tokens, long characters) {
    }

    public record StageRow(String stage, long documents, long kept, long flagged, long dropped) {
    }

    public record RemovalRow(String stage, String reason, long documents) {
    }

    public record LicenceRow(String licence, String licenceClass, long documents, long tokens) {
    }

    public record CountRow(String name, long documents) {
    }

    /** @param source where the signal was read: {@code page} (headers, markup) or the site file kind */
    public record SignalRow(String signal, String source, long documents, long dropped) {
    }

    public record DomainRow(String domain, long records, long documents, long characters, long tokens, long scrapedBytes) {
    }

    /** ISO-8601 instants, null when no record had a fetch time. */
    public record Period(String first, String last) {
    }
}
