package eu.eurocurate.core.config;

import java.util.List;
import java.util.Set;

/** {@code licensing:} section: which machine-readable reservations count, and the policy version recorded. */
public record LicensingConfig(
        String policyVersion,
        List<String> reservationSignals,
        boolean dropReserved) implements java.io.Serializable {

    /** Signals the licensing stage can detect; the config picks which of them count as a rights reservation. */
    public static final Set<String> SIGNALS = Set.of(
            "tdm_reservation_header", "tdm_reservation_meta", "noai_meta", "noai_header");

    void validate(String p) {
        Check.notBlank(p + "policy_version", policyVersion);
        if (reservationSignals == null) {
            throw new ConfigException(p + "reservation_signals", "must be a list");
        }
        for (String s : reservationSignals) {
            Check.oneOf(p + "reservation_signals", s, SIGNALS);
        }
    }
}
