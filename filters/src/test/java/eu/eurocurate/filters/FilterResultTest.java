package eu.eurocurate.filters;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterResultTest {

    @Test
    void keepNamesTheOkReason() {
        FilterResult keep = FilterResult.keep();
        assertFalse(keep.rejected());
        assertEquals(Reasons.OK, keep.reason());
        assertTrue(Double.isNaN(keep.value()));
        assertNull(keep.detail());
    }

    @Test
    void rejectCarriesReasonValueAndThreshold() {
        FilterResult r = FilterResult.reject(Reasons.GOPHER_WORD_COUNT, 12, "< 50");
        assertTrue(r.rejected());
        assertEquals(Reasons.GOPHER_WORD_COUNT, r.reason());
        assertEquals(12.0, r.value());
        assertEquals("< 50", r.detail());
    }

    @Test
    void reasonIsRequired() {
        assertThrows(NullPointerException.class, () -> FilterResult.reject(null, 1, null));
    }
}
