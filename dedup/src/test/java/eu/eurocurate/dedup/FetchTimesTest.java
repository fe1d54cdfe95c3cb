package eu.eurocurate.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FetchTimesTest {

    @Test
    void parsesWarcDatesOffsetsLocalTimesAndDates() {
        assertEquals(1_716_000_000_000_000L, FetchTimes.epochMicros("2024-05-18T02:40:00Z"));
        assertEquals(1_716_000_000_000_000L, FetchTimes.epochMicros("2024-05-18T04:40:00+02:00"));
        assertEquals(1_716_000_000_000_000L, FetchTimes.epochMicros("2024-05-18T02:40:00"));
        assertEquals(1_716_000_000_123_456L, FetchTimes.epochMicros(" 2024-05-18T02:40:00.123456789Z "));
        assertEquals(1_715_990_400_000_000L, FetchTimes.epochMicros("2024-05-18"));
        assertEquals(-1L, FetchTimes.epochMicros("1969-12-31T23:59:59.999999Z"));
    }

    @Test
    void unparsableOrMissingTimesAreNull() {
        assertNull(FetchTimes.epochMicros(null));
        assertNull(FetchTimes.epochMicros(""));
        assertNull(FetchTimes.epochMicros("yesterday"));
        assertNull(FetchTimes.epochMicros("Sat, 18 May 2024 02:40:00 GMT"));
        assertNull(FetchTimes.epochMicros("+999999999-12-31T23:59:59Z"));
    }

    @Test
    void orderFollowsTimeNotText() {
        assertTrue(FetchTimes.epochMicros("2024-05-18T03:00:00+02:00") < FetchTimes.epochMicros("2024-05-18T02:00:00Z"));
    }
}
