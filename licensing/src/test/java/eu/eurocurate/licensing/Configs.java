package eu.eurocurate.licensing;

import eu.eurocurate.core.config.LicensingConfig;

import java.util.List;

/** Licensing configurations for tests: the shipped defaults with a few components changed. */
final class Configs {

    static final List<String> ALL_CLASSES = List.of(
            "public_domain", "permissive", "share_alike", "non_commercial", "no_derivatives");

    private Configs() {
    }

    /** Policy version, counted signals and drop flag as given; the shipped defaults for the rest. */
    static LicensingConfig licensing(String policyVersion, List<String> signals, boolean dropReserved) {
        return new LicensingConfig(policyVersion, signals, dropReserved, "CCBot", List.of(), ALL_CLASSES, false,
                List.of());
    }

    /** Every signal counted, in LicensingConfig.SIGNALS' documented order. */
    static List<String> allSignals() {
        return List.of("tdm_reservation_header", "tdm_reservation_meta", "noai_meta", "noai_header",
                "content_usage_header", "tdmrep_json", "robots_txt_all", "robots_txt_crawler", "robots_txt_ai",
                "content_usage_robots", "content_signal_robots");
    }

    static LicensingConfig defaults() {
        return licensing("2026-11-26", allSignals(), true);
    }
}
