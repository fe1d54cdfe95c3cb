package eu.eurocurate.core.config;

import java.util.Collection;

/** Small validation helpers that produce {@link ConfigException}s naming the key. */
public final class Check {

    private Check() {
    }

    public static void range(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new ConfigException(key, "must be between " + min + " and " + max + ", got " + value);
        }
    }

    public static void range(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ConfigException(key, "must be between " + min + " and " + max + ", got " + value);
        }
    }

    public static void positive(String key, long value) {
        if (value <= 0) {
            throw new ConfigException(key, "must be positive, got " + value);
        }
    }

    public static void oneOf(String key, String value, Collection<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new ConfigException(key, "must be one of " + allowed + ", got " + (value == null ? "nothing" : "'" + value + "'"));
        }
    }

    public static void notBlank(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key, "must not be empty");
        }
    }
}
