package eu.eurocurate.core.config;

import java.util.Set;

/** {@code export:} section. */
public record ExportConfig(
        String tokenizer,
        long targetShardBytes,
        String compression) implements java.io.Serializable {

    /** Encodings jtokkit ships (all offline). */
    public static final Set<String> TOKENIZERS = Set.of("o200k_base", "cl100k_base", "p50k_base", "p50k_edit", "r50k_base");
    public static final Set<String> COMPRESSIONS = Set.of("zstd", "snappy", "gzip", "none");

    void validate(String p) {
        Check.oneOf(p + "tokenizer", tokenizer, TOKENIZERS);
        Check.range(p + "target_shard_bytes", targetShardBytes, 1L << 16, 1L << 34);
        Check.oneOf(p + "compression", compression, COMPRESSIONS);
    }
}
