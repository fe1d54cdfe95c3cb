package eu.eurocurate.licensing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link OptOutDetector} found on one document.
 *
 * @param present   signals in force (a {@code tdm-reservation: 1} header overridden by a valid meta tag is not)
 * @param observed  every opt-out statement seen, for the audit trail, e.g. {@code tdm_reservation_header=1},
 *                  {@code tdm_reservation_meta=0}, {@code tdm_reservation_header=invalid}, {@code noai_meta}
 * @param tdmPolicy the TDMRep {@code tdm-policy} URL (meta tag first, then header, then tdmrep.json), or null
 * @param details   the statements behind site signals, for the audit trail (the robots.txt Content-Usage rule,
 *                  the Content-Signal line, the tdmrep.json rule), e.g. {@code * Content-Usage: / train-ai=n}
 */
public record OptOutReport(Set<OptOutSignal> present, List<String> observed, String tdmPolicy, List<String> details) {

    public OptOutReport {
        present = Collections.unmodifiableSet(
                present.isEmpty() ? EnumSet.noneOf(OptOutSignal.class) : EnumSet.copyOf(present));
        observed = List.copyOf(observed);
        details = List.copyOf(details);
    }

    public OptOutReport(Set<OptOutSignal> present, List<String> observed, String tdmPolicy) {
        this(present, observed, tdmPolicy, List.of());
    }

    public boolean has(OptOutSignal signal) {
        return present.contains(signal);
    }
}
