package eu.eurocurate.filters.pii;

/**
 * One confirmed piece of personal data in a text.
 *
 * @param start first char index (inclusive)
 * @param end   last char index (exclusive)
 * @param type  what it is
 * @param kind  finer kind for national ids (e.g. {@code fr_nir}); the type's key otherwise
 */
public record PiiMatch(int start, int end, PiiType type, String kind) {

    public PiiMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public PiiMatch(int start, int end, PiiType type) {
        this(start, end, type, type.key());
    }

    int length() {
        return end - start;
    }

    boolean overlaps(PiiMatch o) {
        return start < o.end && o.start < end;
    }
}
