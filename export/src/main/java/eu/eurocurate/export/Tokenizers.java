package eu.eurocurate.export;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * The jtokkit encodings, built once per JVM. Loading an encoding parses its vocabulary (o200k_base: 200k merges,
 * about a second and tens of MB), so every stage instance in an executor must share one. jtokkit's lazy registry
 * builds each encoding on first use inside {@code ConcurrentHashMap.computeIfAbsent}, and its encodings keep no
 * per-call state, so both are safe to share between threads.
 */
public final class Tokenizers {

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private Tokenizers() {
    }

    /**
     * The encoding named {@code name} ({@code o200k_base}, {@code cl100k_base}, {@code p50k_base},
     * {@code p50k_edit}, {@code r50k_base}), the same instance on every call.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Encoding encoding(String name) {
        EncodingType type = EncodingType.fromName(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown jtokkit encoding '" + name + "'"));
        return REGISTRY.getEncoding(type);
    }
}
