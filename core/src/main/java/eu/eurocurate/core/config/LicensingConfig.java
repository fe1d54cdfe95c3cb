package eu.eurocurate.core.config;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code licensing:} section: which machine-readable reservations count, which licences are accepted, the robots.txt
 * agents evaluated, the takedown list, and the policy version recorded.
 *
 * @param policyVersion      recorded on every licensing decision
 * @param reservationSignals signals that count as a rights reservation (ids from {@link #SIGNALS})
 * @param dropReserved       drop (true) or flag (false) documents with a counted reservation
 * @param crawlerToken       robots.txt product token of the crawler that fetched the input ({@code CCBot} for Common
 *                           Crawl WARCs)
 * @param aiUserAgents       AI-training robots.txt product tokens to evaluate; empty: the list shipped in
 *                           {@code conf/ai-user-agents.txt}
 * @param acceptedLicences   licence classes ({@link #LICENCE_CLASSES}) or SPDX ids accepted as the legal basis
 * @param requireLicence     drop documents without an accepted licence (corpora restricted to open licences)
 * @param removals           takedown / removal requests applied by the {@code removal} stage
 */
public record LicensingConfig(
        String policyVersion,
        List<String> reservationSignals,
        boolean dropReserved,
        String crawlerToken,
        List<String> aiUserAgents,
        List<String> acceptedLicences,
        boolean requireLicence,
        List<RemovalRequest> removals) implements java.io.Serializable {

    /** Signals the licensing stage can detect; the config picks which of them count as a rights reservation. */
    public static final Set<String> SIGNALS = Set.of(
            "tdm_reservation_header", "tdm_reservation_meta", "noai_meta", "noai_header",
            "tdmrep_json", "robots_txt_all", "robots_txt_crawler", "robots_txt_ai",
            "content_usage_header", "content_usage_robots", "content_signal_robots");

    /** Licence classes {@code accepted_licences} may name (besides SPDX ids). */
    public static final Set<String> LICENCE_CLASSES = Set.of(
            "public_domain", "permissive", "share_alike", "non_commercial", "no_derivatives", "unknown");

    /** Kinds of removal request. */
    public static final Set<String> REMOVAL_KINDS = Set.of("url", "prefix", "domain");

    /**
     * RFC 9309 section 2.2.1 allows letters, "_" and "-" in a product token; digits are accepted too because real
     * tokens use them ({@code AI2Bot}) and sites write them in robots.txt.
     */
    private static final Pattern PRODUCT_TOKEN = Pattern.compile("[A-Za-z0-9_-]+");

    /** An SPDX licence id or LicenseRef (letters, digits, ".", "-", "+"). */
    private static final Pattern SPDX_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");

    /**
     * One takedown or removal request.
     *
     * @param id    the request's identifier, recorded as the decision's detail (e.g. {@code TD-2026-0042})
     * @param kind  {@code url} (exact URL, fragment ignored), {@code prefix} (URL prefix, scheme and {@code www.}
     *              ignored) or {@code domain} (a registered domain and all its subdomains)
     * @param value the URL, prefix or domain
     */
    public record RemovalRequest(String id, String kind, String value) implements java.io.Serializable {
    }

    void validate(String p) {
        Check.notBlank(p + "policy_version", policyVersion);
        if (reservationSignals == null) {
            throw new ConfigException(p + "reservation_signals", "must be a list");
        }
        for (String s : reservationSignals) {
            Check.oneOf(p + "reservation_signals", s, SIGNALS);
        }
        if (crawlerToken == null || !PRODUCT_TOKEN.matcher(crawlerToken).matches()) {
            throw new ConfigException(p + "crawler_token",
                    "must be a robots.txt product token (letters, digits, '_' and '-'), got '"
                            + crawlerToken + "'");
        }
        if (aiUserAgents == null) {
            throw new ConfigException(p + "ai_user_agents", "must be a list (empty: the shipped conf/ai-user-agents.txt)");
        }
        for (String a : aiUserAgents) {
            if (a == null || !PRODUCT_TOKEN.matcher(a).matches()) {
                throw new ConfigException(p + "ai_user_agents", "'" + a + "' is not a robots.txt product token");
            }
        }
        if (acceptedLicences == null) {
            throw new ConfigException(p + "accepted_licences", "must be a list of licence classes or SPDX ids");
        }
        for (String l : acceptedLicences) {
            if (l == null || !(LICENCE_CLASSES.contains(l) || SPDX_ID.matcher(l).matches())) {
                throw new ConfigException(p + "accepted_licences",
                        "'" + l + "' is neither a licence class " + LICENCE_CLASSES + " nor an SPDX id");
            }
        }
        if (removals == null) {
            throw new ConfigException(p + "removals", "must be a list (empty: no removal request)");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < removals.size(); i++) {
            RemovalRequest r = removals.get(i);
            String k = p + "removals[" + i + "]";
            if (r == null) {
                throw new ConfigException(k, "must be a mapping with id, kind and value");
            }
            Check.notBlank(k + ".id", r.id());
            Check.oneOf(k + ".kind", r.kind() == null ? null : r.kind().toLowerCase(Locale.ROOT), REMOVAL_KINDS);
            Check.notBlank(k + ".value", r.value());
            if (!ids.add(r.id() + '\u0000' + r.value())) {
                throw new ConfigException(k, "duplicate request " + r.id() + " for " + r.value());
            }
        }
    }
}
