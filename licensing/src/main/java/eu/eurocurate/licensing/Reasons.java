package eu.eurocurate.licensing;

/** Every reason code the licensing stage writes (documented in this module's README). */
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

    private Reasons() {
    }

    /** The reason code for a reservation signal. */
    public static String reserved(OptOutSignal signal) {
        return switch (signal) {
            case TDM_RESERVATION_HEADER -> RESERVED_TDM_RESERVATION_HEADER;
            case TDM_RESERVATION_META -> RESERVED_TDM_RESERVATION_META;
            case NOAI_META -> RESERVED_NOAI_META;
            case NOAI_HEADER -> RESERVED_NOAI_HEADER;
            case NOIMAGEAI_META, NOIMAGEAI_HEADER ->
                    throw new IllegalArgumentException(signal.id() + " is never a reservation for text");
        };
    }
}
