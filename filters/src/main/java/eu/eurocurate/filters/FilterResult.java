package eu.eurocurate.filters;

import java.util.Objects;

/**
 * One filter's answer: keep, or reject with the first failing rule's reason code, its measured value and a short
 * detail naming the threshold it crossed.
 *
 * @param rejected true if a rule failed
 * @param reason   the failing rule's reason code (see {@link Reasons}), or {@link Reasons#OK} when kept
 * @param value    the failing rule's measured value, or {@code NaN} when kept
 * @param detail   the threshold that was crossed (e.g. {@code "< 50"}), or null when kept
 */
public record FilterResult(boolean rejected, String reason, double value, String detail) {

    private static final FilterResult KEEP = new FilterResult(false, Reasons.OK, Double.NaN, null);

    public FilterResult {
        Objects.requireNonNull(reason, "reason");
    }

    public static FilterResult keep() {
        return KEEP;
    }

    public static FilterResult reject(String reason, double value, String detail) {
        return new FilterResult(true, reason, value, detail);
    }
}
