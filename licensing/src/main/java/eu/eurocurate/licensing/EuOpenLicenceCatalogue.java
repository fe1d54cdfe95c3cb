package eu.eurocurate.licensing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The open licences European public bodies publish under, by their canonical URLs or their names as written in licence
 * meta tags and JSON-LD. SPDX identifiers checked against the SPDX License List (spdx/license-list-data, read 2026-11);
 * a version the list lacks gets an SPDX {@code LicenseRef-} identifier so it is never silently dropped.
 *
 * <table>
 *   <caption>Licences and where they are recognised</caption>
 *   <tr><th>licence</th><th>SPDX</th><th>URL (any scheme, with or without {@code www.})</th></tr>
 *   <tr><td>Etalab Licence Ouverte / Open Licence 2.0</td><td>{@code etalab-2.0}</td>
 *       <td>{@code etalab.gouv.fr/licence-ouverte-open-licence}, {@code etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf},
 *       {@code github.com/etalab/licence-ouverte}</td></tr>
 *   <tr><td>Etalab Licence Ouverte 1.0 (2011)</td><td>{@code LicenseRef-Etalab-1.0}</td>
 *       <td>{@code etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf}, names with version 1.0</td></tr>
 *   <tr><td>Datenlizenz Deutschland Namensnennung / Zero 2.0</td><td>{@code DL-DE-BY-2.0}, {@code DL-DE-ZERO-2.0}</td>
 *       <td>{@code govdata.de/dl-de/by-2-0}, {@code govdata.de/dl-de/zero-2-0} (1.0 and BY-NC 1.0: {@code LicenseRef-DL-DE-BY-1.0},
 *       {@code LicenseRef-DL-DE-BY-NC-1.0})</td></tr>
 *   <tr><td>Norsk lisens for offentlige data 1.0 / 2.0</td><td>{@code NLOD-1.0}, {@code NLOD-2.0}</td>
 *       <td>{@code data.norge.no/nlod/<lang>/<version>}</td></tr>
 *   <tr><td>UK Open Government Licence 1.0 / 2.0 / 3.0</td><td>{@code OGL-UK-1.0} ... {@code OGL-UK-3.0}</td>
 *       <td>{@code nationalarchives.gov.uk/doc/open-government-licence/version/<n>/}</td></tr>
 *   <tr><td>European Union Public Licence 1.0 / 1.1 / 1.2</td><td>{@code EUPL-1.0} ... {@code EUPL-1.2}</td>
 *       <td>{@code joinup.ec.europa.eu/...eupl...}, {@code eupl.eu/<version>/}</td></tr>
 *   <tr><td>Open Data Commons Attribution, ODbL, PDDL 1.0</td><td>{@code ODC-By-1.0}, {@code ODbL-1.0}, {@code PDDL-1.0}</td>
 *       <td>{@code opendatacommons.org/licenses/{by,odbl,pddl}/}</td></tr>
 * </table>
 *
 * <p>An URL without a version names the current one: the unversioned Etalab page presents Licence Ouverte 2.0 (since
 * 2017), {@code /doc/open-government-licence/} redirects to version 3, the EUPL collection page presents 1.2, and
 * Open Data Commons has only 1.0 of each licence. Stateless and thread-safe.
 */
public final class EuOpenLicenceCatalogue implements LicenceCatalogue {

    private static final Pattern DL_DE_URL = Pattern.compile("govdata\\.de/dl-de/(by|zero|by-nc)-(\\d)-0");
    private static final Pattern NLOD_URL = Pattern.compile("data\\.norge\\.no/nlod/(?:[a-z]{2}/)?(\\d)\\.0");
    private static final Pattern OGL_URL = Pattern.compile(
            "nationalarchives\\.gov\\.uk/doc/open-government-licence(?:/version/(\\d))?");
    private static final Pattern ODC_URL = Pattern.compile("opendatacommons\\.org/licen[sc]es/(by|odbl|pddl)(?:[/-]|$)");

    /** A version number written 1.2, 1-2, v12, 12 (EUPL's joinup slugs) after the licence's name. */
    private static final Pattern EUPL_VERSION = Pattern.compile("eupl[^0-9]{0,12}?v?(1)[.-]?([012])(?![0-9])");

    private static final Pattern DL_DE_NAME = Pattern.compile(
            "(?<![a-z])dl[-\\s]?de[-/\\s]?(by|zero|by[-\\s]?nc)[-\\s]?(\\d)[-.](0)(?![0-9])");
    private static final Pattern DATENLIZENZ = Pattern.compile(
            "datenlizenz deutschland\\W+(namensnennung\\W+nicht\\W*kommerziell|namensnennung|zero)\\W+(?:version\\W+)?(\\d)\\.0");
    private static final Pattern NLOD_NAME = Pattern.compile(
            "(?<![a-z])(?:nlod|norsk lisens for offentlige data|norwegian licen[cs]e for open government data)"
                    + "(?:\\W+(?:nlod\\W+)?v?(\\d)\\.0)?");
    private static final Pattern OGL_NAME = Pattern.compile(
            "(?<![a-z])(?:ogl(?:[-\\s]uk)?(?![a-z])|open government licen[cs]e)(?:\\s+for public sector information)?"
                    + "(?:\\W+(?:v|version\\s*)?(\\d)(?:\\.0)?)?(?![0-9])");
    private static final Pattern ETALAB_NAME = Pattern.compile(
            "(?<![a-z])(?:licence ouverte|etalab)(?:[^0-9]{0,30}?v?(\\d)\\.0)?");
    private static final Pattern ODC_NAME = Pattern.compile(
            "(?<![a-z])(odbl|open database licen[cs]e|odc[-\\s]by|open data commons attribution|pddl"
                    + "|open data commons public domain dedication)(?![a-z])");

    @Override
    public Optional<Licence> identify(String statement) {
        if (statement == null || statement.isBlank()) {
            return Optional.empty();
        }
        String s = statement.strip().toLowerCase(Locale.ROOT);
        if (s.contains("://") || s.startsWith("//") || s.startsWith("www.")) {
            return fromUrl(s);
        }
        return fromName(s);
    }

    private static Optional<Licence> fromUrl(String url) {
        if (url.contains("etalab.gouv.fr") || url.contains("github.com/etalab/licence-ouverte")) {
            if (url.contains("/2014/") || url.contains("licence_ouverte.pdf") || url.contains("v1.0")) {
                return Optional.of(Licence.of("LicenseRef-Etalab-1.0"));
            }
            if (url.contains("licence-ouverte") || url.contains("open-licence")) {
                return Optional.of(Licence.of("etalab-2.0"));
            }
            return Optional.empty();
        }
        Matcher m = DL_DE_URL.matcher(url);
        if (m.find()) {
            return Optional.of(dlDe(m.group(1), m.group(2)));
        }
        m = NLOD_URL.matcher(url);
        if (m.find()) {
            return nlod(m.group(1));
        }
        m = OGL_URL.matcher(url);
        if (m.find()) {
            return ogl(m.group(1));
        }
        if ((url.contains("joinup.ec.europa.eu") || url.contains("eupl.eu") || url.contains("ec.europa.eu"))
                && url.contains("eupl")) {
            return Optional.of(eupl(url));
        }
        m = ODC_URL.matcher(url);
        if (m.find()) {
            return Optional.of(odc(m.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<Licence> fromName(String name) {
        if (name.contains("eupl") || name.contains("european union public licen")) {
            return Optional.of(eupl(name.replace("european union public licence", "eupl")
                    .replace("european union public license", "eupl")));
        }
        Matcher m = DL_DE_NAME.matcher(name);
        if (m.find()) {
            return Optional.of(dlDe(m.group(1).replaceAll("[-\\s]", "-"), m.group(2)));
        }
        m = DATENLIZENZ.matcher(name);
        if (m.find()) {
            String kind = m.group(1).startsWith("zero") ? "zero" : m.group(1).contains("kommerziell") ? "by-nc" : "by";
            return Optional.of(dlDe(kind, m.group(2)));
        }
        m = NLOD_NAME.matcher(name);
        if (m.find()) {
            return nlod(m.group(1) == null ? "2" : m.group(1));
        }
        m = ODC_NAME.matcher(name);
        if (m.find()) {
            String n = m.group(1);
            return Optional.of(odc(n.startsWith("odbl") || n.startsWith("open database") ? "odbl"
                    : n.startsWith("pddl") || n.contains("public domain") ? "pddl" : "by"));
        }
        m = OGL_NAME.matcher(name);
        if (m.find()) {
            return ogl(m.group(1));
        }
        m = ETALAB_NAME.matcher(name);
        if (m.find()) {
            return Optional.of(Licence.of("1".equals(m.group(1)) ? "LicenseRef-Etalab-1.0" : "etalab-2.0"));
        }
        return Optional.empty();
    }

    private static Licence dlDe(String kind, String major) {
        String k = kind.replace(" ", "-").toUpperCase(Locale.ROOT);
        String id = "DL-DE-" + k + "-" + major + ".0";
        return Licence.of(id.equals("DL-DE-BY-2.0") || id.equals("DL-DE-ZERO-2.0") ? id : "LicenseRef-" + id);
    }

    private static Optional<Licence> nlod(String major) {
        return switch (major) {
            case "1" -> Optional.of(Licence.of("NLOD-1.0"));
            case "2" -> Optional.of(Licence.of("NLOD-2.0"));
            default -> Optional.empty();
        };
    }

    private static Optional<Licence> ogl(String major) {
        if (major == null) {
            return Optional.of(Licence.of("OGL-UK-3.0"));
        }
        return switch (major) {
            case "1", "2", "3" -> Optional.of(Licence.of("OGL-UK-" + major + ".0"));
            default -> Optional.empty();
        };
    }

    private static Licence eupl(String text) {
        Matcher m = EUPL_VERSION.matcher(text);
        if (m.find()) {
            return Licence.of("EUPL-1." + m.group(2));
        }
        return Licence.of("EUPL-1.2");
    }

    private static Licence odc(String kind) {
        return switch (kind) {
            case "odbl" -> Licence.of("ODbL-1.0");
            case "pddl" -> Licence.of("PDDL-1.0");
            default -> Licence.of("ODC-By-1.0");
        };
    }
}
