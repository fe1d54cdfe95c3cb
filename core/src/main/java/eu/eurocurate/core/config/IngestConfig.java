package eu.eurocurate.core.config;

import java.util.List;
import java.util.Set;

/** {@code ingest:} section. Every key is documented in {@code conf/pipeline.yaml}. */
public record IngestConfig(
        long maxRecordBytes,
        long maxParseMillis,
        int maxTextChars,
        int minTextChars,
        String htmlExtraction,
        List<Integer> keepHttpStatus,
        boolean parseDocumentsInWarc,
        List<String> rawFileExtensions) implements java.io.Serializable {

    public static final Set<String> EXTRACTION_MODES = Set.of("main_content", "all_text");

    void validate(String p) {
        Check.range(p + "max_record_bytes", maxRecordBytes, 1024, 2L << 30);
        Check.range(p + "max_parse_millis", maxParseMillis, 10, 3_600_000);
        Check.range(p + "max_text_chars", maxTextChars, 1, Integer.MAX_VALUE);
        Check.range(p + "min_text_chars", minTextChars, 0, maxTextChars);
        Check.oneOf(p + "html_extraction", htmlExtraction, EXTRACTION_MODES);
        if (keepHttpStatus == null || keepHttpStatus.isEmpty()) {
            throw new ConfigException(p + "keep_http_status", "must list at least one status, e.g. [200]");
        }
        for (int s : keepHttpStatus) {
            Check.range(p + "keep_http_status", s, 100, 599);
        }
        if (rawFileExtensions == null || rawFileExtensions.isEmpty()) {
            throw new ConfigException(p + "raw_file_extensions", "must list at least one extension");
        }
    }
}
