package eu.eurocurate.licensing;

import eu.eurocurate.core.Decision;
import eu.eurocurate.core.Document;
import eu.eurocurate.core.Stage;
import eu.eurocurate.core.Verdict;
import eu.eurocurate.core.config.LicensingConfig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Pipeline stage 5: records the licence and the text-and-data-mining opt-out signals of each document, page-level
 * (headers, markup) and site-level (robots.txt, {@code /.well-known/tdmrep.json}, given as a {@link SitePolicy}), and
 * drops (or flags) documents whose rights holder reserved TDM rights through a signal the configuration counts.
 *
 * <p>Reads {@link Document#url()}, {@link Document#markup()} (raw HTML; null for non-HTML documents, which are judged
 * on their headers alone) and {@link Document#headers()}. The markup is scanned once, by {@link MarkupScanner}, for
 * both detectors.
 *
 * <p>Decision, exactly one per document:
 * <ol>
 *   <li>a signal listed in {@code licensing.reservation_signals} is present: {@code licensing.reserved.<signal>} for the
 *       first such signal in the configured order, DROP when {@code drop_reserved} is true, FLAG otherwise; legal
 *       basis {@code none}. A reservation wins over a licence: an explicit opt-out is the rights holder's latest word
 *       on TDM;</li>
 *   <li>otherwise, the primary licence is accepted ({@code accepted_licences}): KEEP {@code licensing.licensed}, legal
 *       basis {@code licence};</li>
 *   <li>otherwise, with {@code require_licence}: DROP {@code licensing.no_accepted_licence}, legal basis
 *       {@code none};</li>
 *   <li>otherwise KEEP {@code licensing.ok}, legal basis {@code tdm_exception} (Art. 4 DSM Directive: no reservation
 *       applies).</li>
 * </ol>
 * Every decision's detail starts with {@code policy=<policy_version>}.
 *
 * <p>Thread-safe; holds no heavy resources. A {@link SitePolicy} is built once per origin with {@link #site}.
 */
public final class LicensingStage implements Stage {

    public static final String NAME = "licensing";
    /** 2: site signals, aipref, EU licences, licence class, legal basis, accepted licences. */
    public static final String VERSION = "2";

    public static final String ATTR_SPDX = "licensing.spdx";
    public static final String ATTR_LICENCE_PORT = "licensing.licence_port";
    public static final String ATTR_LICENCE_CLASS = "licensing.licence_class";
    public static final String ATTR_LICENCE_SOURCE = "licensing.licence_source";
    public static final String ATTR_LICENCE_CONFIDENCE = "licensing.licence_confidence";
    public static final String ATTR_LICENCE_EVIDENCE = "licensing.licence_evidence";
    public static final String ATTR_LEGAL_BASIS = "licensing.legal_basis";
    public static final String ATTR_SIGNALS = "licensing.signals";
    public static final String ATTR_SIGNAL_DETAILS = "licensing.signal_details";
    public static final String ATTR_TDM_POLICY = "licensing.tdm_policy";
    public static final String ATTR_POLICY_VERSION = "licensing.policy_version";
    public static final String ATTR_ROBOTS_TXT = "licensing.robots_txt";
    public static final String ATTR_ROBOTS_DISALLOWED = "licensing.robots_disallowed";
    public static final String ATTR_TDMREP_JSON = "licensing.tdmrep_json";

    /** Values of {@link #ATTR_LEGAL_BASIS}. */
    public static final String BASIS_LICENCE = "licence";
    public static final String BASIS_TDM_EXCEPTION = "tdm_exception";
    public static final String BASIS_NONE = "none";

    /** Longest statement value copied into the evidence attribute (a data: URI in an href must not bloat the ledger). */
    static final int MAX_EVIDENCE_VALUE_CHARS = 200;

    private final LicensingConfig config;
    private final List<OptOutSignal> counted;
    private final LicenceDetector licences;
    private final OptOutDetector optOuts = new OptOutDetector();
    private final List<String> aiAgents;
    private final Set<String> acceptedClasses = new HashSet<>();
    private final Set<String> acceptedIds = new HashSet<>();

    /** Creative Commons and EU open licences; AI agents from the configuration or {@code conf/ai-user-agents.txt}. */
    public LicensingStage(LicensingConfig config) {
        this(config, LicenceDetector.standard());
    }

    /** With other licence catalogues. */
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
        this.aiAgents = AiUserAgents.orBundled(config.aiUserAgents());
        for (String accepted : config.acceptedLicences()) {
            if (LicensingConfig.LICENCE_CLASSES.contains(accepted)) {
                acceptedClasses.add(accepted);
            } else {
                acceptedIds.add(accepted);
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    /** The AI-training product tokens evaluated against robots.txt. */
    public List<String> aiAgents() {
        return aiAgents;
    }

    /** Parses an origin's robots.txt and tdmrep.json captures once, for all its pages. */
    public SitePolicy site(SiteResources resources) {
        return SitePolicy.compile(resources, config.crawlerToken(), aiAgents);
    }

    /** Page signals only: no site resources were looked at (recorded as {@code not_checked}). */
    @Override
    public void process(Document document) {
        process(document, SitePolicy.NONE);
    }

    /** Page and site signals; appends exactly one decision. */
    public void process(Document document, SitePolicy site) {
        SitePolicy s = site == null ? SitePolicy.NONE : site;
        List<MarkupTag> tags = MarkupScanner.scan(document.markup());
        Map<String, String> headers = document.headersView();
        List<LicenceStatement> statements = licences.detect(tags, headers);
        RobotsEvaluation robots = s.isNone() ? null : s.robots(document.url());
        OptOutReport optOut = optOuts.detect(tags, headers, robots, s.tdmrep(document.url()));

        document.attribute(ATTR_POLICY_VERSION, config.policyVersion());
        document.attribute(ATTR_ROBOTS_TXT, truncate(s.robotsProvenance()));
        document.attribute(ATTR_TDMREP_JSON, truncate(s.tdmrepProvenance()));
        if (robots != null && !robots.disallowedAgents().isEmpty()) {
            document.attribute(ATTR_ROBOTS_DISALLOWED, String.join(",", robots.disallowedAgents()));
        }
        Optional<LicenceStatement> primary = LicenceDetector.primary(statements);
        LicenceClass licenceClass = primary.map(p -> LicenceClass.of(p.licence().spdx())).orElse(null);
        primary.ifPresent(p -> {
            document.attribute(ATTR_SPDX, p.licence().spdx());
            if (p.licence().port() != null) {
                document.attribute(ATTR_LICENCE_PORT, p.licence().port());
            }
            document.attribute(ATTR_LICENCE_CLASS, licenceClass.label());
            document.attribute(ATTR_LICENCE_SOURCE, p.source().label());
            document.attribute(ATTR_LICENCE_CONFIDENCE, p.source().confidence());
        });
        if (!statements.isEmpty()) {
            document.attribute(ATTR_LICENCE_EVIDENCE, evidence(statements));
        }
        if (!optOut.observed().isEmpty()) {
            document.attribute(ATTR_SIGNALS, String.join(",", optOut.observed()));
        }
        if (!optOut.details().isEmpty()) {
            document.attribute(ATTR_SIGNAL_DETAILS, truncate(String.join(" | ", optOut.details())));
        }
        if (optOut.tdmPolicy() != null) {
            document.attribute(ATTR_TDM_POLICY, truncate(optOut.tdmPolicy()));
        }

        String policy = "policy=" + config.policyVersion();
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
        long identified = statements.stream().filter(st -> st.licence() != null).count();
        if (first != null) {
            document.attribute(ATTR_LEGAL_BASIS, BASIS_NONE);
            Verdict verdict = config.dropReserved() ? Verdict.DROP : Verdict.FLAG;
            document.decide(new Decision(NAME, VERSION, verdict, Reasons.reserved(first), (double) present,
                    policy + "; " + reservationDetail(optOut)));
        } else if (primary.isPresent() && accepted(primary.get().licence().spdx(), licenceClass)) {
            document.attribute(ATTR_LEGAL_BASIS, BASIS_LICENCE);
            document.decide(new Decision(NAME, VERSION, Verdict.KEEP, Reasons.LICENSED, (double) identified,
                    policy + "; " + primary.get().licence().spdx()));
        } else if (config.requireLicence()) {
            document.attribute(ATTR_LEGAL_BASIS, BASIS_NONE);
            document.decide(new Decision(NAME, VERSION, Verdict.DROP, Reasons.NO_ACCEPTED_LICENCE, (double) identified,
                    primary.map(p -> policy + "; " + p.licence().spdx() + " not accepted").orElse(policy)));
        } else {
            document.attribute(ATTR_LEGAL_BASIS, BASIS_TDM_EXCEPTION);
            document.decide(new Decision(NAME, VERSION, Verdict.KEEP, Reasons.OK, 0.0, policy));
        }
    }

    /**
     * A {@link Stage} view of this stage bound to one origin's {@link SitePolicy}, for a {@code StageChain} run over
     * that origin's pages: same name, version and decisions as {@link #process(Document, SitePolicy)}. Cheap; build
     * one per origin.
     */
    public Stage forSite(SitePolicy site) {
        Objects.requireNonNull(site, "site");
        return new Stage() {
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
                LicensingStage.this.process(document, site);
            }
        };
    }

    private boolean accepted(String spdx, LicenceClass licenceClass) {
        return acceptedIds.contains(spdx) || acceptedClasses.contains(licenceClass.label());
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
