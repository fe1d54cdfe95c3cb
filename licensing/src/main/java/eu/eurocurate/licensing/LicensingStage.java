package eu.eurocurate.licensing;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.LicensingConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Pipeline stage 5: records the licence and the text-and-data-mining opt-out signals of each document, and drops (or
 * flags) documents whose rights holder reserved TDM rights through a signal the configuration counts.
 *
 * <p>Reads {@link Document#markup()} (raw HTML; null for non-HTML documents, which are judged on headers alone) and
 * {@link Document#headers()}. The markup is scanned once, by {@link MarkupScanner}, for both detectors.
 *
 * <p>Decision, exactly one per document:
 * <ol>
 *   <li>a signal listed in {@code licensing.reservation_signals} is present: {@code licensing.reserved.<signal>} for the
 *       first such signal in the configured order, DROP when {@code drop_reserved} is true, FLAG otherwise. A
 *       reservation wins over a licence: an explicit opt-out is the rights holder's latest word on TDM;</li>
 *   <li>otherwise, a licence was identified: KEEP {@code licensing.licensed} (so the ledger can count licensed
 *       documents without reading attributes);</li>
 *   <li>otherwise KEEP {@code licensing.ok}.</li>
 * </ol>
 *
 * <p>Attributes: {@code licensing.policy_version} always; {@code licensing.spdx} (and {@code licensing.licence_port}
 * for a CC port without its own SPDX id), {@code licensing.licence_evidence}, {@code licensing.signals},
 * {@code licensing.tdm_policy} when there is something to record. Thread-safe; holds no heavy resources.
 */
public final class LicensingStage implements Stage {

    public static final String NAME = "licensing";
    public static final String VERSION = "1";

    public static final String ATTR_SPDX = "licensing.spdx";
    public static final String ATTR_LICENCE_PORT = "licensing.licence_port";
    public static final String ATTR_LICENCE_EVIDENCE = "licensing.licence_evidence";
    public static final String ATTR_SIGNALS = "licensing.signals";
    public static final String ATTR_TDM_POLICY = "licensing.tdm_policy";
    public static final String ATTR_POLICY_VERSION = "licensing.policy_version";

    /** Longest statement value copied into the evidence attribute (a data: URI in an href must not bloat the ledger). */
    static final int MAX_EVIDENCE_VALUE_CHARS = 200;

    private final LicensingConfig config;
    private final List<OptOutSignal> counted;
    private final LicenceDetector licences;
    private final OptOutDetector optOuts = new OptOutDetector();

    public LicensingStage(LicensingConfig config) {
        this(config, LicenceDetector.creativeCommons());
    }

    /** With other licence catalogues (e.g. Creative Commons plus EU open licences). */
    public LicensingStage(LicensingConfig config, LicenceDetector licences) {
        this.config = Objects.requireNonNull(config, "config");
        this.licences = Objects.requireNonNull(licences, "licences");
        List<OptOutSignal> signals = new ArrayList<>();
        for (String id : config.reservationSignals()) {
            OptOutSignal signal = OptOutSignal.byId(id)
                    .filter(OptOutSignal::isReservation)
                    .orElseThrow(() -> new IllegalArgumentException("licensing.reservation_signals: unknown signal '"
                            + id + "', expected one of " + LicensingConfig.SIGNALS));
            if (!signals.contains(signal)) {
                signals.add(signal);
            }
        }
        this.counted = List.copyOf(signals);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void process(Document document) {
        List<MarkupTag> tags = MarkupScanner.scan(document.markup());
        Map<String, String> headers = document.headersView();
        List<LicenceStatement> statements = licences.detect(tags, headers);
        OptOutReport optOut = optOuts.detect(tags, headers);

        document.attribute(ATTR_POLICY_VERSION, config.policyVersion());
        Optional<LicenceStatement> primary = LicenceDetector.primary(statements);
        primary.ifPresent(s -> {
            document.attribute(ATTR_SPDX, s.licence().spdx());
            if (s.licence().port() != null) {
                document.attribute(ATTR_LICENCE_PORT, s.licence().port());
            }
        });
        if (!statements.isEmpty()) {
            document.attribute(ATTR_LICENCE_EVIDENCE, evidence(statements));
        }
        if (!optOut.observed().isEmpty()) {
            document.attribute(ATTR_SIGNALS, String.join(",", optOut.observed()));
        }
        if (optOut.tdmPolicy() != null) {
            document.attribute(ATTR_TDM_POLICY, truncate(optOut.tdmPolicy()));
        }

        OptOutSignal first = null;
        int present = 0;
        for (OptOutSignal signal : counted) {
            if (optOut.has(signal)) {
                present++;
                if (first == null) {
                    first = signal;
                }
            }
        }
        if (first != null) {
            Verdict verdict = config.dropReserved() ? Verdict.DROP : Verdict.FLAG;
            document.decide(new Decision(NAME, VERSION, verdict, Reasons.reserved(first), (double) present,
                    reservationDetail(optOut)));
        } else if (primary.isPresent()) {
            long identified = statements.stream().filter(s -> s.licence() != null).count();
            document.decide(new Decision(NAME, VERSION, Verdict.KEEP, Reasons.LICENSED, (double) identified,
                    primary.get().licence().spdx()));
        } else {
            document.decide(Decision.keep(NAME, VERSION, Reasons.OK, 0.0));
        }
    }

    private static String reservationDetail(OptOutReport optOut) {
        String signals = String.join(",", optOut.observed());
        return optOut.tdmPolicy() == null ? signals : signals + "; tdm-policy=" + truncate(optOut.tdmPolicy());
    }

    /** {@code body_link CC-BY-SA-3.0 http://creativecommons.org/licenses/by-sa/3.0/us/ | head_link ? /terms}. */
    static String evidence(List<LicenceStatement> statements) {
        StringJoiner joiner = new StringJoiner(" | ");
        for (LicenceStatement s : statements) {
            joiner.add(s.source().label() + ' ' + (s.licence() == null ? "?" : s.licence().spdx()) + ' '
                    + truncate(s.value()));
        }
        return joiner.toString();
    }

    private static String truncate(String value) {
        String oneLine = value.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() <= MAX_EVIDENCE_VALUE_CHARS ? oneLine
                : oneLine.substring(0, MAX_EVIDENCE_VALUE_CHARS) + "...";
    }
}
