package eu.eurocurate.dedup;

import eu.eurocurate.core.DocumentIds;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Key of exact-duplicate detection: the first 128 bits of SHA-256 over the UTF-8 of {@link TextNormalizer#normalize},
 * as 32 lower-case hex digits. 128 bits make an accidental collision negligible (about 10^-20 for 10^9 documents, by
 * the birthday bound); SHA-256 is in every JVM and needs no hand-written code.
 */
public final class ExactKey {

    private ExactKey() {
    }

    /** The key of a raw text (normalised here); null text is treated as empty. */
    public static String of(String text) {
        return ofNormalized(TextNormalizer.normalize(text));
    }

    /** The key of a text already passed through {@link TextNormalizer#normalize}. */
    public static String ofNormalized(String normalized) {
        byte[] digest = DocumentIds.sha256().digest(normalized.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
