package eu.eurocurate.dedup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Fetch times as sortable numbers, for choosing which duplicate to keep (the earliest fetched).
 *
 * <p>Parsing is done here rather than with Spark's string-to-timestamp cast because that cast depends on the session
 * time zone and, in ANSI mode, fails the job on a malformed value; here the same string always gives the same
 * number and a malformed one gives null (sorted last, like a missing fetch time).
 */
public final class FetchTimes {

    private FetchTimes() {
    }

    /**
     * Microseconds since 1970-01-01T00:00:00Z of an ISO-8601 date-time ({@code 2024-05-18T02:39:44Z}, with an offset
     * {@code +02:00}, or without one, read as UTC) or date ({@code 2024-05-18}, read as midnight UTC). Null for null,
     * blank or unparsable input, or a time outside the range of a long in microseconds.
     */
    public static Long epochMicros(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.strip();
        try {
            return micros(parse(s));
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    private static Instant parse(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDateTime) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        }
    }

    private static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000L);
    }
}
