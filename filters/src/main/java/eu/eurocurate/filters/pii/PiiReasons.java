package eu.eurocurate.filters.pii;

/** Every reason code, score key and attribute the {@code pii} stage writes, in one place. */
public final class PiiReasons {

    /** Stage name: the prefix of every code below. */
    public static final String STAGE = "pii";

    /** Kept: no personal data found (value 0). */
    public static final String NONE = "pii.none";
    /** Kept: personal data found and masked (value: number of masked spans). */
    public static final String MASKED = "pii.masked";
    /** Kept: text null, empty or whitespace only; nothing to mask (value: text length, null for null text). */
    public static final String NO_TEXT = "pii.no_text";
    /** Dropped: PII density above {@code pii.max_density} (value: the density). Also the key of the density score. */
    public static final String DENSITY = "pii.density";

    /** Score key prefix: {@code pii.count.<type>} is the number of masked spans of that type. */
    public static final String COUNT_PREFIX = "pii.count.";
    /** Score key prefix: {@code pii.count.national_id.<kind>} per national id kind (written when > 0). */
    public static final String NATIONAL_ID_COUNT_PREFIX = "pii.count.national_id.";
    /** Attribute: the region phone numbers were read in (ISO 3166, or ZZ). */
    public static final String PHONE_REGION = "pii.phone_region";

    private PiiReasons() {
    }

    public static String count(PiiType type) {
        return COUNT_PREFIX + type.key();
    }

    public static String nationalIdCount(String kind) {
        return NATIONAL_ID_COUNT_PREFIX + kind;
    }
}
