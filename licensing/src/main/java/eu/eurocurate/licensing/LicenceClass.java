package eu.eurocurate.licensing;

import java.util.Locale;
import java.util.Set;

/**
 * What a licence lets a corpus do, in the five classes an audit reports (plus {@code unknown}). The mapping follows
 * each licence's conditions: public-domain dedications and marks impose none; attribution-only licences are
 * permissive; share-alike and copyleft licences (CC BY-SA, ODbL, EUPL) require derivatives under the same terms;
 * NonCommercial forbids commercial use and wins over NoDerivatives when both apply, because it decides whether a
 * commercial model may use the text at all.
 */
public enum LicenceClass {
    PUBLIC_DOMAIN("public_domain"),
    PERMISSIVE("permissive"),
    SHARE_ALIKE("share_alike"),
    NON_COMMERCIAL("non_commercial"),
    NO_DERIVATIVES("no_derivatives"),
    UNKNOWN("unknown");

    private static final Set<String> PUBLIC_DOMAIN_IDS = Set.of(
            "CC0-1.0", "CC-PDM-1.0", "CC-PDDC", "PDDL-1.0", "DL-DE-ZERO-2.0");
    private static final Set<String> PERMISSIVE_IDS = Set.of(
            "etalab-2.0", "LicenseRef-Etalab-1.0", "DL-DE-BY-2.0", "LicenseRef-DL-DE-BY-1.0", "NLOD-1.0", "NLOD-2.0",
            "OGL-UK-1.0", "OGL-UK-2.0", "OGL-UK-3.0", "ODC-By-1.0");
    private static final Set<String> SHARE_ALIKE_IDS = Set.of(
            "ODbL-1.0", "EUPL-1.0", "EUPL-1.1", "EUPL-1.2", "CC-SA-1.0", "LicenseRef-CC-SA-1.0");

    private final String label;

    LicenceClass(String label) {
        this.label = label;
    }

    /** Stable label, as in configuration ({@code accepted_licences}) and the {@code licensing.licence_class} attribute. */
    public String label() {
        return label;
    }

    /** The class of an SPDX id (or LicenseRef) the catalogues produce; {@link #UNKNOWN} for anything else. */
    public static LicenceClass of(String spdx) {
        if (spdx == null) {
            return UNKNOWN;
        }
        if (PUBLIC_DOMAIN_IDS.contains(spdx)) {
            return PUBLIC_DOMAIN;
        }
        if (PERMISSIVE_IDS.contains(spdx)) {
            return PERMISSIVE;
        }
        if (SHARE_ALIKE_IDS.contains(spdx)) {
            return SHARE_ALIKE;
        }
        if (spdx.equals("LicenseRef-DL-DE-BY-NC-1.0")) {
            return NON_COMMERCIAL;
        }
        String cc = spdx.startsWith("LicenseRef-CC-") ? spdx.substring("LicenseRef-".length()) : spdx;
        if (!cc.startsWith("CC-")) {
            return UNKNOWN;
        }
        // CC-<elements>-<version>[-<port>]: the elements are the dash-separated parts before the version.
        Set<String> elements = new java.util.HashSet<>();
        for (String part : cc.substring(3).split("-")) {
            if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
                break;
            }
            elements.add(part.toUpperCase(Locale.ROOT));
        }
        if (elements.contains("NC")) {
            return NON_COMMERCIAL;
        }
        if (elements.contains("ND")) {
            return NO_DERIVATIVES;
        }
        if (elements.contains("SA")) {
            return SHARE_ALIKE;
        }
        if (elements.equals(Set.of("BY"))) {
            return PERMISSIVE;
        }
        return UNKNOWN; // retired Sampling licences and the like
    }
}
