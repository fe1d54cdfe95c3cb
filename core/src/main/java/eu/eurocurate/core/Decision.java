package eu.eurocurate.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One stage's verdict on one document, as it appears in the provenance ledger.
 *
 * @param stage        stable stage name, e.g. {@code quality}
 * @param stageVersion version of the stage's logic; bumped whenever its output can change
 * @param verdict      keep, drop or flag
 * @param reason       stable reason code, always prefixed by the stage name, e.g. {@code quality.gopher.dup_line_frac}
 * @param value        the measured value behind the verdict (a ratio, a score, a count), or {@code null} if none
 * @param detail       short free text for auditors (e.g. the kept duplicate's id, an exception message), or {@code null}
 */
public record Decision(String stage, String stageVersion, Verdict verdict, String reason, Double value, String detail)
        implements Serializable {

    public Decision {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageVersion, "stageVersion");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        if (!reason.equals(stage) && !reason.startsWith(stage + ".")) {
            throw new IllegalArgumentException("reason code '" + reason + "' must start with the stage name '" + stage + "'");
        }
    }

    public static Decision keep(String stage, String version, String reason, Double value) {
        return new Decision(stage, version, Verdict.KEEP, reason, value, null);
    }

    public static Decision drop(String stage, String version, String reason, Double value, String detail) {
        return new Decision(stage, version, Verdict.DROP, reason, value, detail);
    }

    public static Decision flag(String stage, String version, String reason, Double value, String detail) {
        return new Decision(stage, version, Verdict.FLAG, reason, value, detail);
    }
}
