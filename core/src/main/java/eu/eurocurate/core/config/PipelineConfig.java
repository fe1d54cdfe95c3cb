package eu.eurocurate.core.config;

import java.io.Serializable;

/**
 * The whole pipeline configuration, bound from {@code conf/pipeline.yaml} (the shipped defaults, every key documented
 * there) merged with the user's file and {@code --set key=value} overrides. Load it with {@link ConfigLoader}; an
 * unknown key or an out-of-range value fails at start-up with a {@link ConfigException} naming the key.
 */
public record PipelineConfig(
        IngestConfig ingest,
        LicensingConfig licensing,
        LangIdConfig langid,
        QualityConfig quality,
        DedupConfig dedup,
        ExportConfig export,
        PiiConfig pii,
        BlocklistConfig blocklist) implements Serializable {

    /** Checks every value; throws {@link ConfigException} naming the first bad key. */
    public PipelineConfig validate() {
        ingest.validate("ingest.");
        licensing.validate("licensing.");
        langid.validate("langid.");
        quality.validate("quality.");
        dedup.validate("dedup.");
        export.validate("export.");
        pii.validate("pii.");
        blocklist.validate("blocklist.");
        return this;
    }
}
