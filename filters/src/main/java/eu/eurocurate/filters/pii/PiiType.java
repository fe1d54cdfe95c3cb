package eu.eurocurate.filters.pii;

/** The kinds of personal data the {@code pii} stage masks; {@link #key()} names it in the configuration and scores. */
public enum PiiType {
    EMAIL("email"),
    IP_ADDRESS("ip_address"),
    PHONE("phone"),
    IBAN("iban"),
    PAYMENT_CARD("payment_card"),
    NATIONAL_ID("national_id");

    private final String key;

    PiiType(String key) {
        this.key = key;
    }

    /** The snake_case name used in {@code pii.placeholders} and in the score key {@code pii.count.<key>}. */
    public String key() {
        return key;
    }
}
