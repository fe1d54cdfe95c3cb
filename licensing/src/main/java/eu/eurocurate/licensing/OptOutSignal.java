package eu.eurocurate.licensing;

import java.util.Optional;

/**
 * Machine-readable reservations of text-and-data-mining rights the licensing stage detects. All but the
 * {@code noimageai} ones are signals a configuration can count as a reservation under Art. 4(3) of the DSM Directive
 * (EU 2019/790); their {@link #id()}s are exactly {@code LicensingConfig.SIGNALS}. The order is the order of the
 * {@code licensing.signals} attribute: page signals first, then site signals. {@code noimageai} is recorded for audit only: it
 * reserves images, and this pipeline keeps text.
 */
public enum OptOutSignal {
    /** {@code tdm-reservation: 1} response header (W3C TDMRep Final Community Group Report, 2024). */
    TDM_RESERVATION_HEADER("tdm_reservation_header", true),
    /** {@code <meta name="tdm-reservation" content="1">} (same report, "TDM Metadata in HTML Content"). */
    TDM_RESERVATION_META("tdm_reservation_meta", true),
    /** {@code noai} in {@code <meta name="robots">} (DeviantArt's 2022 convention, widely copied). */
    NOAI_META("noai_meta", true),
    /** {@code noai} in the {@code X-Robots-Tag} response header. */
    NOAI_HEADER("noai_header", true),
    /** IETF aipref {@code Content-Usage: train-ai=n} response header (draft-ietf-aipref-attach, section 3). */
    CONTENT_USAGE_HEADER("content_usage_header", true),
    /**
     * A {@code /.well-known/tdmrep.json} rule with {@code tdm-reservation} 1 for the URL, not superseded by the page's
     * header or meta tag (TDMRep, "TDM File on the Origin Server" and "Processing priority").
     */
    TDMREP_JSON("tdmrep_json", true),
    /** robots.txt (RFC 9309) disallows the URL for every agent: the {@code *} group, or the file was unreachable. */
    ROBOTS_TXT_ALL("robots_txt_all", true),
    /** robots.txt disallows the URL for the crawler that fetched it (its own group, else {@code *}). */
    ROBOTS_TXT_CRAWLER("robots_txt_crawler", true),
    /** robots.txt disallows the URL for an AI-training agent in a group that names that agent. */
    ROBOTS_TXT_AI("robots_txt_ai", true),
    /** aipref {@code Content-Usage: <path> train-ai=n} in robots.txt for the URL (draft-ietf-aipref-attach, 4). */
    CONTENT_USAGE_ROBOTS("content_usage_robots", true),
    /** Cloudflare Content Signals {@code Content-Signal: ai-train=no} in robots.txt. */
    CONTENT_SIGNAL_ROBOTS("content_signal_robots", true),
    /** {@code noimageai} in {@code <meta name="robots">}: recorded, never a reservation for text. */
    NOIMAGEAI_META("noimageai_meta", false),
    /** {@code noimageai} in {@code X-Robots-Tag}: recorded, never a reservation for text. */
    NOIMAGEAI_HEADER("noimageai_header", false);

    private final String id;
    private final boolean reservation;

    OptOutSignal(String id, boolean reservation) {
        this.id = id;
        this.reservation = reservation;
    }

    /** Stable name, as in configuration, reason codes and the {@code licensing.signals} attribute. */
    public String id() {
        return id;
    }

    /** True when a configuration may count this signal as a reservation of TDM rights for text. */
    public boolean isReservation() {
        return reservation;
    }

    public static Optional<OptOutSignal> byId(String id) {
        for (OptOutSignal s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
