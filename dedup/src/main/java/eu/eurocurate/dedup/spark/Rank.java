package eu.eurocurate.dedup.spark;

import java.io.Serializable;

/**
 * Which member of a duplicate group is kept, best first (smallest): a quality score before none, a higher score
 * first, a fetch time before none, an earlier one first, then the smaller id (code point order, as Spark SQL compares
 * strings). Ids are unique, so the order is total.
 * Scores compare as {@link Double#compare} does on their negation (so -0.0 ranks after 0.0); NaN counts as no score.
 */
final class Rank implements Comparable<Rank>, Serializable {

    private static final long serialVersionUID = 1L;

    /** True when the document has no score (null or NaN). */
    boolean noQuality;
    /** The negated score, 0 without one. */
    double negQuality;
    /** True when the document has no parsable fetch time. */
    boolean late;
    /** Fetch time in epoch microseconds, 0 without one. */
    long micros;
    String id;

    Rank(String id, Double quality, Long fetchMicros) {
        this.noQuality = quality == null || quality.isNaN();
        this.negQuality = noQuality ? 0.0 : -quality;
        this.late = fetchMicros == null;
        this.micros = late ? 0L : fetchMicros;
        this.id = id;
    }

    /** Sortable bytes ({@link Bytes}): their unsigned order is {@link #compareTo}'s. Only as the end of a key. */
    void writeTo(Bytes.Writer w) {
        w.writeByte(noQuality ? 1 : 0).writeDouble(negQuality).writeByte(late ? 1 : 0).writeLong(micros).writeTail(id);
    }

    @Override
    public int compareTo(Rank o) {
        int c = Boolean.compare(noQuality, o.noQuality);
        if (c == 0) {
            c = Double.compare(negQuality, o.negQuality);
        }
        if (c == 0) {
            c = Boolean.compare(late, o.late);
        }
        if (c == 0) {
            c = Long.compare(micros, o.micros);
        }
        return c != 0 ? c : compareCodePoints(id, o.id);
    }

    /** Code point order, as Spark SQL and UTF-8 bytes compare strings (String.compareTo compares UTF-16 units). */
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rank r && compareTo(r) == 0;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
