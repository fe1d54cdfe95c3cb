package eu.eurocurate.core.config;

/** A configuration problem found at start-up. The message always names the offending key, e.g. {@code dedup.bands}. */
public final class ConfigException extends RuntimeException {

    private final String key;

    public ConfigException(String key, String message) {
        super("configuration key '" + key + "': " + message);
        this.key = key;
    }

    public ConfigException(String key, String message, Throwable cause) {
        super("configuration key '" + key + "': " + message, cause);
        this.key = key;
    }

    /** The dotted path of the key, e.g. {@code quality.gopher_quality.min_words}. */
    public String key() {
        return key;
    }
}
