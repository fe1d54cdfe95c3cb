package eu.eurocurate.filters.pii;

import java.util.List;

/** Finds one type of personal data; every reported match has been confirmed by a validator or checksum. */
interface PiiDetector {

    /**
     * Appends the confirmed matches in {@code text} to {@code out}.
     *
     * @param region ISO 3166 region guessed for the document (e.g. {@code DE}), or {@code ZZ} when unknown
     */
    void find(String text, String region, List<PiiMatch> out);
}
