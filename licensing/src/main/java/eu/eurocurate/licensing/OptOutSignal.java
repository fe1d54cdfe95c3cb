package eu.eurocurate.licensing;

import java.util.Optional;

/**
 * Machine-readable reservations of text-and-data-mining rights the licensing stage detects. The first four are the
 * signals a configuration can count as a reservation under Art. 4(3) of the DSM Directive (EU 2019/790); their
 * {@link #id()}s are exactly {@code LicensingConfig.SIGNALS}. {@code noimageai} is recorded for audit only: it
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
