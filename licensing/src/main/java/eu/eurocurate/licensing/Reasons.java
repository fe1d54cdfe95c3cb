package eu.eurocurate.licensing;

/** Every reason code the {@code licensing} and {@code removal} stages write (documented in this module's README). */
public final class Reasons {

    /** No counted reservation, no identified licence. Value: 0. */
    public static final String OK = "licensing.ok";
    /**
     * No counted reservation, and a licence was identified (attribute {@code licensing.spdx}). Value: number of
     * identified licence statements.
     */
    public static final String LICENSED = "licensing.licensed";
    /**
     * A counted reservation: {@code tdm-reservation: 1} header. Value (all {@code reserved} codes): number of counted
     * reservation signals present.
     */
    public static final String RESERVED_TDM_RESERVATION_HEADER = "licensing.reserved.tdm_reservation_header";
    /** A counted reservation: {@code <meta name="tdm-reservation" content="1">}. */
    public static final String RESERVED_TDM_RESERVATION_META = "licensing.reserved.tdm_reservation_meta";
    /** A counted reservation: {@code noai} in {@code <meta name="robots">}. */
    public static final String RESERVED_NOAI_META = "licensing.reserved.noai_meta";
    /** A counted reservation: {@code noai} in {@code X-Robots-Tag}. */
    public static final String RESERVED_NOAI_HEADER = "licensing.reserved.noai_header";

    /** A counted reservation: aipref {@code Content-Usage: train-ai=n} response header. */
    public static final String RESERVED_CONTENT_USAGE_HEADER = "licensing.reserved.content_usage_header";
    /** A counted reservation: a {@code /.well-known/tdmrep.json} rule with {@code tdm-reservation} 1. */
    public static final String RESERVED_TDMREP_JSON = "licensing.reserved.tdmrep_json";
    /** A counted reservation: robots.txt disallows the URL for every agent ({@code *} group, or unreachable). */
    public static final String RESERVED_ROBOTS_TXT_ALL = "licensing.reserved.robots_txt_all";
    /** A counted reservation: robots.txt disallows the URL for the crawler that fetched it. */
    public static final String RESERVED_ROBOTS_TXT_CRAWLER = "licensing.reserved.robots_txt_crawler";
    /** A counted reservation: robots.txt disallows the URL for an AI-training agent it names. */
    public static final String RESERVED_ROBOTS_TXT_AI = "licensing.reserved.robots_txt_ai";
    /** A counted reservation: aipref {@code Content-Usage} rule in robots.txt disallows AI training for the URL. */
    public static final String RESERVED_CONTENT_USAGE_ROBOTS = "licensing.reserved.content_usage_robots";
    /** A counted reservation: {@code Content-Signal: ai-train=no} in robots.txt. */
    public static final String RESERVED_CONTENT_SIGNAL_ROBOTS = "licensing.reserved.content_signal_robots";
    /**
     * DROP: {@code require_licence} is set and no accepted licence was identified. Value: number of identified licence
     * statements (0 when none); detail: the primary SPDX id when a licence was identified but is not accepted.
     */
    public static final String NO_ACCEPTED_LICENCE = "licensing.no_accepted_licence";

    /** Stage {@code removal}: the document matches a takedown / removal request. Value: number of matching requests; detail: the first request's id. */
    public static final String REMOVAL_REQUEST = "removal.request";
    /** Stage {@code removal}: no request matches. Value: 0. */
    public static final String REMOVAL_OK = "removal.ok";

    private Reasons() {
    }

    /** The reason code for a reservation signal. */
    public static String reserved(OptOutSignal signal) {
        return switch (signal) {
            case TDM_RESERVATION_HEADER -> RESERVED_TDM_RESERVATION_HEADER;
            case TDM_RESERVATION_META -> RESERVED_TDM_RESERVATION_META;
            case NOAI_META -> RESERVED_NOAI_META;
            case NOAI_HEADER -> RESERVED_NOAI_HEADER;
            case CONTENT_USAGE_HEADER -> RESERVED_CONTENT_USAGE_HEADER;
            case TDMREP_JSON -> RESERVED_TDMREP_JSON;
            case ROBOTS_TXT_ALL -> RESERVED_ROBOTS_TXT_ALL;
            case ROBOTS_TXT_CRAWLER -> RESERVED_ROBOTS_TXT_CRAWLER;
            case ROBOTS_TXT_AI -> RESERVED_ROBOTS_TXT_AI;
            case CONTENT_USAGE_ROBOTS -> RESERVED_CONTENT_USAGE_ROBOTS;
            case CONTENT_SIGNAL_ROBOTS -> RESERVED_CONTENT_SIGNAL_ROBOTS;
            case NOIMAGEAI_META, NOIMAGEAI_HEADER ->
                    throw new IllegalArgumentException(signal.id() + " is never a reservation for text");
        };
    }
}
