package eu.eurocurate.licensing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detects machine-readable reservations of text-and-data-mining rights on one document.
 *
 * <p>TDMRep (W3C TDM Reservation Protocol, Final Community Group Report, 2024): the property {@code tdm-reservation}
 * is {@code 1} (rights reserved) or {@code 0} (not reserved); "other values are considered protocol errors" and the
 * property is then unset. It is read from the {@code tdm-reservation} response header and from
 * {@code <meta name="tdm-reservation">}; per the report's "Processing priority" section, values in the HTML "supersede"
 * those of the header, so a valid meta tag decides even when the header says otherwise (both are still recorded in
 * {@link OptOutReport#observed()}). The site-wide {@code /.well-known/tdmrep.json} rule, when the caller supplies
 * one, ranks below both ("The values of tdm-reservation and tdm-policy found in this header supercede any value
 * inferred from a TDM file on the origin server"). The {@code tdm-policy} URL is recorded.
 *
 * <p>IETF aipref: the {@code Content-Usage} response header is read with {@link UsagePreferences}; {@code train-ai=n}
 * is the signal {@code content_usage_header}. robots.txt signals come from a {@link RobotsEvaluation} the caller
 * supplies.
 *
 * <p>{@code noai} / {@code noimageai}: directives in {@code <meta name="robots">} and in the {@code X-Robots-Tag}
 * header (DeviantArt's 2022 convention, not a standard). Directives are split on commas, whitespace and colons, so a
 * user-agent-scoped value ({@code X-Robots-Tag: otherbot: noai}) counts too: conservative, since a crawler cannot know
 * which agent the corpus will be attributed to.
 *
 * <p>Stateless and thread-safe.
 */
public final class OptOutDetector {

    /** The opt-out statements of a document ({@code markup} may be null; header names in lower case). */
    public OptOutReport detect(String markup, Map<String, String> headers) {
        return detect(MarkupScanner.scan(markup), headers);
    }

    /** As {@link #detect(String, Map)}, on tags already scanned. */
    public OptOutReport detect(List<MarkupTag> tags, Map<String, String> headers) {
        return detect(tags, headers, null, null);
    }

    /**
     * Page and site signals together, so that TDMRep's precedence can be applied across them.
     *
     * @param robots     robots.txt's verdict on the page's URL, or null when not evaluated
     * @param tdmrepRule the page's {@code tdmrep.json} rule, or null when there is none
     */
    public OptOutReport detect(List<MarkupTag> tags, Map<String, String> headers, RobotsEvaluation robots,
            TdmRepFile.Rule tdmrepRule) {
        Set<OptOutSignal> present = EnumSet.noneOf(OptOutSignal.class);
        List<String> observed = new ArrayList<>(4);
        List<String> details = new ArrayList<>(2);
        Map<String, String> h = headers == null ? Map.of() : headers;

        int headerValue = TdmValue.UNSET;
        String header = h.get("tdm-reservation");
        if (header != null) {
            headerValue = TdmValue.parse(header);
            observed.add(OptOutSignal.TDM_RESERVATION_HEADER.id() + "=" + TdmValue.describe(headerValue));
        }
        int metaValue = TdmValue.UNSET;
        String metaPolicy = null;
        boolean noaiMeta = false;
        boolean noimageaiMeta = false;
        for (MarkupTag tag : tags) {
            if (!tag.isMeta() || tag.attribute("name") == null) {
                continue;
            }
            String name = tag.attribute("name").strip().toLowerCase(Locale.ROOT);
            String content = tag.attribute("content");
            switch (name) {
                case "tdm-reservation" -> {
                    if (metaValue == TdmValue.UNSET) { // the first one counts
                        metaValue = TdmValue.parse(content);
                        observed.add(OptOutSignal.TDM_RESERVATION_META.id() + "=" + TdmValue.describe(metaValue));
                    }
                }
                case "tdm-policy" -> {
                    if (metaPolicy == null && content != null && !content.isBlank()) {
                        metaPolicy = content.strip();
                    }
                }
                case "robots" -> {
                    noaiMeta |= hasDirective(content, "noai");
                    noimageaiMeta |= hasDirective(content, "noimageai");
                }
                default -> {
                    // not an opt-out meta tag
                }
            }
        }
        int fileValue = TdmValue.UNSET;
        if (tdmrepRule != null) {
            fileValue = tdmrepRule.reservation() < 0 ? TdmValue.INVALID : tdmrepRule.reservation();
            observed.add(OptOutSignal.TDMREP_JSON.id() + "=" + TdmValue.describe(fileValue));
            details.add("tdmrep.json location=" + tdmrepRule.location() + " tdm-reservation="
                    + TdmValue.describe(fileValue));
        }
        // TDMRep "Processing priority": the header supersedes the origin's file, HTML metadata supersedes both; an
        // invalid value is unset and decides nothing.
        if (isSet(metaValue)) {
            if (metaValue == 1) {
                present.add(OptOutSignal.TDM_RESERVATION_META);
            }
        } else if (isSet(headerValue)) {
            if (headerValue == 1) {
                present.add(OptOutSignal.TDM_RESERVATION_HEADER);
            }
        } else if (fileValue == 1) {
            present.add(OptOutSignal.TDMREP_JSON);
        }
        String robotsHeader = h.get("x-robots-tag");
        record(present, observed, OptOutSignal.NOAI_META, noaiMeta);
        record(present, observed, OptOutSignal.NOIMAGEAI_META, noimageaiMeta);
        record(present, observed, OptOutSignal.NOAI_HEADER, hasDirective(robotsHeader, "noai"));
        record(present, observed, OptOutSignal.NOIMAGEAI_HEADER, hasDirective(robotsHeader, "noimageai"));

        String contentUsage = h.get("content-usage");
        if (contentUsage != null) {
            UsagePreferences.Preference p = UsagePreferences.aiprefTraining(contentUsage);
            observed.add(OptOutSignal.CONTENT_USAGE_HEADER.id() + "=" + switch (p) {
                case DISALLOW -> "n";
                case ALLOW -> "y";
                case UNKNOWN -> "unknown";
            });
            if (p == UsagePreferences.Preference.DISALLOW) {
                present.add(OptOutSignal.CONTENT_USAGE_HEADER);
            }
        }

        if (robots != null) {
            if (robots.allDisallowed()) {
                present.add(OptOutSignal.ROBOTS_TXT_ALL);
                observed.add(OptOutSignal.ROBOTS_TXT_ALL.id());
            }
            if (robots.crawlerDisallowed()) {
                present.add(OptOutSignal.ROBOTS_TXT_CRAWLER);
                observed.add(OptOutSignal.ROBOTS_TXT_CRAWLER.id());
            }
            if (!robots.aiDisallowed().isEmpty()) {
                present.add(OptOutSignal.ROBOTS_TXT_AI);
                observed.add(OptOutSignal.ROBOTS_TXT_AI.id() + "=" + String.join("+", robots.aiDisallowed()));
            }
            if (robots.contentUsage() != null) {
                present.add(OptOutSignal.CONTENT_USAGE_ROBOTS);
                observed.add(OptOutSignal.CONTENT_USAGE_ROBOTS.id());
                details.add("robots.txt " + robots.contentUsage());
            }
            if (robots.contentSignal() != null) {
                present.add(OptOutSignal.CONTENT_SIGNAL_ROBOTS);
                observed.add(OptOutSignal.CONTENT_SIGNAL_ROBOTS.id());
                details.add("robots.txt " + robots.contentSignal());
            }
        }

        String policy = metaPolicy;
        if (policy == null) {
            String headerPolicy = h.get("tdm-policy");
            policy = headerPolicy == null || headerPolicy.isBlank() ? null : headerPolicy.strip();
        }
        if (policy == null && tdmrepRule != null) {
            policy = tdmrepRule.policy();
        }
        return new OptOutReport(present, observed, policy, details);
    }

    private static boolean isSet(int tdmValue) {
        return tdmValue == 0 || tdmValue == 1;
    }

    private static void record(Set<OptOutSignal> present, List<String> observed, OptOutSignal signal, boolean found) {
        if (found) {
            present.add(signal);
            observed.add(signal.id());
        }
    }

    /** True when the comma/space/colon-separated directive list contains {@code directive} (any case). */
    static boolean hasDirective(String list, String directive) {
        if (list == null) {
            return false;
        }
        int from = 0;
        final int n = list.length();
        final int len = directive.length();
        while (from <= n - len) {
            int at = indexOfIgnoreCase(list, directive, from);
            if (at < 0) {
                return false;
            }
            boolean startOk = at == 0 || isSeparator(list.charAt(at - 1));
            boolean endOk = at + len == n || isSeparator(list.charAt(at + len));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    private static int indexOfIgnoreCase(String haystack, String lowerNeedle, int from) {
        return MarkupScanner.indexOfIgnoreCase(haystack, lowerNeedle, from);
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ':' || c == ';' || Character.isWhitespace(c);
    }

    /** TDMRep's {@code tdm-reservation} values. */
    private static final class TdmValue {
        static final int UNSET = -2;
        static final int INVALID = -1;

        private TdmValue() {
        }

        /** 0 or 1; {@link #INVALID} for anything else (a protocol error: the property is then unset). */
        static int parse(String value) {
            if (value == null) {
                return INVALID;
            }
            String v = value.strip();
            int comma = v.indexOf(',');
            if (comma >= 0) {
                v = v.substring(0, comma).strip(); // a repeated header joined by the HTTP layer: the first counts
            }
            return switch (v) {
                case "1" -> 1;
                case "0" -> 0;
                default -> INVALID;
            };
        }

        static String describe(int value) {
            return value == INVALID ? "invalid" : Integer.toString(value);
        }
    }
}
