package eu.eurocurate.licensing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creative Commons licences and public-domain tools, by their canonical URLs on creativecommons.org
 * ({@code /licenses/<elements>/<version>/[<port>/]}, {@code /publicdomain/zero/1.0/}, {@code /publicdomain/mark/1.0/},
 * {@code /licenses/publicdomain/}) or by their short names in licence meta tags ({@code CC BY-SA 4.0}, {@code CC0}).
 *
 * <p>Mapping to SPDX identifiers (the SPDX License List, spdx/license-list-data, read 2026-11): {@code CC-} + licence
 * elements in SPDX's order (BY, NC, ND, SA) + {@code -} + version, e.g. {@code by-nc-nd/2.5} gives
 * {@code CC-BY-NC-ND-2.5}; CC 1.0's {@code by-nd-nc} is the same licence and gives {@code CC-BY-NC-ND-1.0}. A country
 * port gets its own SPDX identifier where the list has one ({@code by-sa/3.0/de/} gives {@code CC-BY-SA-3.0-DE});
 * otherwise the generic licence of the same version is reported and the port is kept in {@link Licence#port()}
 * ({@code by-sa/3.0/us/} gives {@code CC-BY-SA-3.0}, port {@code us}). CC0 is {@code CC0-1.0}; the Public Domain Mark
 * is {@code CC-PDM-1.0} (added to the SPDX list in 2024; older tools that predate it will not know it); the retired
 * "Public Domain Dedication and Certification" ({@code /licenses/publicdomain/}) is {@code CC-PDDC}. A Creative
 * Commons licence the SPDX list lacks (CC 1.0's {@code nc}, {@code nd}, {@code nc-sa}, {@code nd-nc}; the retired
 * Sampling licences; a port-only version such as {@code by/2.1/jp/}) gets an SPDX {@code LicenseRef-CC-...} identifier
 * built the same way, so it is never silently dropped.
 */
public final class CreativeCommonsCatalogue implements LicenceCatalogue {

    /** Every Creative Commons identifier in the SPDX License List (checked against spdx/license-list-data). */
    static final Set<String> SPDX_IDS = Set.of(
            "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-2.5-AU", "CC-BY-3.0", "CC-BY-3.0-AT", "CC-BY-3.0-AU",
            "CC-BY-3.0-DE", "CC-BY-3.0-IGO", "CC-BY-3.0-NL", "CC-BY-3.0-US", "CC-BY-4.0",
            "CC-BY-NC-1.0", "CC-BY-NC-2.0", "CC-BY-NC-2.5", "CC-BY-NC-3.0", "CC-BY-NC-3.0-DE", "CC-BY-NC-4.0",
            "CC-BY-NC-ND-1.0", "CC-BY-NC-ND-2.0", "CC-BY-NC-ND-2.5", "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-3.0-DE",
            "CC-BY-NC-ND-3.0-IGO", "CC-BY-NC-ND-4.0",
            "CC-BY-NC-SA-1.0", "CC-BY-NC-SA-2.0", "CC-BY-NC-SA-2.0-DE", "CC-BY-NC-SA-2.0-FR", "CC-BY-NC-SA-2.0-UK",
            "CC-BY-NC-SA-2.5", "CC-BY-NC-SA-3.0", "CC-BY-NC-SA-3.0-DE", "CC-BY-NC-SA-3.0-IGO", "CC-BY-NC-SA-4.0",
            "CC-BY-ND-1.0", "CC-BY-ND-2.0", "CC-BY-ND-2.5", "CC-BY-ND-3.0", "CC-BY-ND-3.0-DE", "CC-BY-ND-4.0",
            "CC-BY-SA-1.0", "CC-BY-SA-2.0", "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-2.5", "CC-BY-SA-3.0",
            "CC-BY-SA-3.0-AT", "CC-BY-SA-3.0-DE", "CC-BY-SA-3.0-IGO", "CC-BY-SA-4.0",
            "CC-SA-1.0", "CC-PDDC", "CC-PDM-1.0", "CC0-1.0");

    private static final String HOST = "creativecommons.org/";

    /** Licence element order in SPDX identifiers. */
    private static final String[] ELEMENT_ORDER = {"by", "nc", "nd", "sa"};

    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");

    /** A port segment: a jurisdiction code ({@code de}, {@code es-ct} style) or one of CC's named ports. */
    private static final Pattern PORT = Pattern.compile("[a-z]{2}(?:-[a-z]{2,3})?|igo|scotland");

    /** Short names as written in licence meta tags: "CC BY-SA 4.0", "CC-BY-NC-ND-3.0", "cc by 4.0". */
    private static final Pattern SHORT_NAME = Pattern.compile(
            "(?i)(?<![a-z0-9])cc[\\s_-]?(by(?:[\\s_-](?:nc|nd|sa)){0,2})[\\s_-]+(\\d\\.\\d)(?![0-9])");

    private static final Pattern CC0_NAME = Pattern.compile("(?i)(?<![a-z0-9])cc(?:0|[\\s-]zero)(?![a-z0-9])");

    /** The Public Domain Mark by name: "Public Domain Mark 1.0", "CC PDM", "PDM 1.0". */
    private static final Pattern PDM_NAME = Pattern.compile(
            "(?i)(?<![a-z0-9])(?:public domain mark|(?:cc[\\s-])?pdm(?:[\\s-]1\\.0)?)(?![a-z0-9])");

    @Override
    public Optional<Licence> identify(String statement) {
        if (statement == null || statement.isBlank()) {
            return Optional.empty();
        }
        String lower = statement.strip().toLowerCase(Locale.ROOT);
        int at = lower.indexOf(HOST);
        if (at >= 0) {
            return isCreativeCommonsHost(lower, at) ? fromPath(lower.substring(at + HOST.length())) : Optional.empty();
        }
        if (lower.contains("://") || lower.startsWith("/")) {
            return Optional.empty(); // some other site's URL
        }
        return fromShortName(statement);
    }

    /** True when the text before {@code creativecommons.org/} is a scheme, {@code //} or {@code www.}: not {@code i.}. */
    private static boolean isCreativeCommonsHost(String lower, int at) {
        String before = lower.substring(0, at);
        if (before.endsWith("www.")) {
            before = before.substring(0, before.length() - 4);
        }
        return before.isEmpty() || before.endsWith("//");
    }

    private static Optional<Licence> fromPath(String path) {
        int cut = path.length();
        for (char stop : new char[] {'?', '#', ' ', '"', '\''}) {
            int idx = path.indexOf(stop);
            if (idx >= 0 && idx < cut) {
                cut = idx;
            }
        }
        String[] segments = path.substring(0, cut).split("/+");
        if (segments.length >= 3 && segments[0].equals("publicdomain") && segments[2].equals("1.0")) {
            if (segments[1].equals("zero")) {
                return Optional.of(Licence.of("CC0-1.0"));
            }
            if (segments[1].equals("mark")) {
                return Optional.of(Licence.of("CC-PDM-1.0"));
            }
            return Optional.empty();
        }
        if (segments.length < 2 || !segments[0].equals("licenses")) {
            return Optional.empty();
        }
        if (segments[1].equals("publicdomain")) {
            return Optional.of(Licence.of("CC-PDDC"));
        }
        if (segments.length < 3 || !VERSION.matcher(segments[2]).matches()) {
            return Optional.empty();
        }
        String port = segments.length > 3 && PORT.matcher(segments[3]).matches() ? segments[3] : null;
        return Optional.of(licence(segments[1], segments[2], port));
    }

    private static Optional<Licence> fromShortName(String text) {
        Matcher m = SHORT_NAME.matcher(text);
        if (m.find()) {
            String elements = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s_]", "-");
            return Optional.of(licence(elements, m.group(2), null));
        }
        if (CC0_NAME.matcher(text).find()) {
            return Optional.of(Licence.of("CC0-1.0"));
        }
        if (PDM_NAME.matcher(text).find()) {
            return Optional.of(Licence.of("CC-PDM-1.0"));
        }
        return Optional.empty();
    }

    /** The licence for the elements ({@code by-nc-sa}), version and optional port of a CC licence URL. */
    static Licence licence(String elements, String version, String port) {
        String canonical = canonicalElements(elements);
        String generic = "CC-" + canonical + "-" + version;
        if (port != null) {
            String ported = generic + "-" + port.toUpperCase(Locale.ROOT);
            if (SPDX_IDS.contains(ported)) {
                return Licence.of(ported);
            }
            if (SPDX_IDS.contains(generic)) {
                return new Licence(generic, port);
            }
            return Licence.of("LicenseRef-" + ported);
        }
        return Licence.of(SPDX_IDS.contains(generic) ? generic : "LicenseRef-" + generic);
    }

    /**
     * {@code by-nd-nc} becomes {@code BY-NC-ND}: the licence elements in SPDX order. Anything that is not a plain set of
     * elements ({@code sampling+}, {@code devnations}) is kept as written, upper-cased and reduced to the characters an
     * SPDX {@code LicenseRef} allows.
     */
    private static String canonicalElements(String elements) {
        Set<String> parts = new TreeSet<>();
        for (String part : elements.split("-")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        StringBuilder sb = new StringBuilder();
        int known = 0;
        for (String element : ELEMENT_ORDER) {
            if (parts.contains(element)) {
                if (sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(element.toUpperCase(Locale.ROOT));
                known++;
            }
        }
        if (known == parts.size() && known > 0) {
            return sb.toString();
        }
        return elements.toUpperCase(Locale.ROOT).replace("+", "PLUS").replaceAll("[^A-Z0-9.-]", "");
    }
}
