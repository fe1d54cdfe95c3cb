package eu.eurocurate.filters.pii;

import eu.eurocurate.core.config.PiiConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Runs the enabled detectors over a text and replaces every confirmed span by its type's placeholder.
 *
 * <p>Detectors run from the most specific shape to the least (e-mail, IBAN, payment card, national id, IP address,
 * phone); where spans overlap, the earlier detector's span wins (a card number is not also read as a phone number).
 * Immutable and thread-safe.
 */
public final class PiiMasker {

    /** The outcome for one text: the masked text, the kept spans (positions in the ORIGINAL text) and counts. */
    public record Result(String text, List<PiiMatch> matches, Map<PiiType, Integer> counts,
                         Map<String, Integer> nationalIdCounts, int maskedChars) {

        /** Characters inside masked spans / characters of the original text (0 for an empty text). */
        public double density(int originalLength) {
            return originalLength == 0 ? 0 : (double) maskedChars / originalLength;
        }
    }

    private final List<PiiDetector> detectors;
    private final List<PiiType> enabled;
    private final Map<PiiType, String> placeholders;

    public PiiMasker(PiiConfig config) {
        Objects.requireNonNull(config, "config");
        List<PiiDetector> list = new ArrayList<>();
        List<PiiType> types = new ArrayList<>();
        if (config.email()) {
            list.add(new EmailDetector());
            types.add(PiiType.EMAIL);
        }
        if (config.iban()) {
            list.add(new IbanDetector());
            types.add(PiiType.IBAN);
        }
        // National ids before cards: a Romanian CNP after the word "CNP" can also be a Luhn-valid Maestro number
        // (13 digits from 50), and the id's validator plus its name is the stronger evidence (found by the labelled
        // recall set, PiiLabelledSetTest). Either way the span is masked; only its placeholder differs.
        NationalIdDetector ids = new NationalIdDetector(config.nationalIds());
        if (!ids.isEmpty()) {
            list.add(ids);
            types.add(PiiType.NATIONAL_ID);
        }
        if (config.paymentCard()) {
            list.add(new PaymentCardDetector());
            types.add(PiiType.PAYMENT_CARD);
        }
        if (config.ipAddress()) {
            list.add(new IpAddressDetector());
            types.add(PiiType.IP_ADDRESS);
        }
        if (config.phone()) {
            list.add(new PhoneDetector());
            types.add(PiiType.PHONE);
        }
        detectors = List.copyOf(list);
        enabled = List.copyOf(types);
        Map<PiiType, String> p = new EnumMap<>(PiiType.class);
        for (PiiType t : PiiType.values()) {
            p.put(t, Objects.requireNonNull(config.placeholders().get(t.key()), "placeholder for " + t.key()));
        }
        placeholders = p;
    }

    /** The types this masker looks for, in detector order. */
    public List<PiiType> enabledTypes() {
        return enabled;
    }

    /** Finds and masks; {@code region} is the phone region from {@link RegionGuess#of}. */
    public Result mask(String text, String region) {
        List<PiiMatch> kept = new ArrayList<>();
        List<PiiMatch> found = new ArrayList<>();
        for (PiiDetector detector : detectors) {
            found.clear();
            detector.find(text, region, found);
            for (PiiMatch m : found) {
                if (!overlapsAny(kept, m)) {
                    kept.add(m);
                }
            }
        }
        kept.sort(Comparator.comparingInt(PiiMatch::start));
        Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
        for (PiiType t : enabled) {
            counts.put(t, 0);
        }
        Map<String, Integer> idCounts = new TreeMap<>();
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        int maskedChars = 0;
        for (PiiMatch m : kept) {
            out.append(text, pos, m.start()).append(placeholders.get(m.type()));
            pos = m.end();
            maskedChars += m.length();
            counts.merge(m.type(), 1, Integer::sum);
            if (m.type() == PiiType.NATIONAL_ID) {
                idCounts.merge(m.kind(), 1, Integer::sum);
            }
        }
        out.append(text, pos, text.length());
        return new Result(kept.isEmpty() ? text : out.toString(), List.copyOf(kept), counts, idCounts, maskedChars);
    }

    private static boolean overlapsAny(List<PiiMatch> kept, PiiMatch m) {
        for (PiiMatch k : kept) {
            if (k.overlaps(m)) {
                return true;
            }
        }
        return false;
    }
}
