package eu.eurocurate.licensing;

import java.util.Objects;
import java.util.Optional;

/**
 * One licence statement found on a document: where, what it said, and the licence it names if a catalogue knows it.
 *
 * @param source  where it was found
 * @param value   the statement as written (an URL for links and headers, the {@code content} of a meta tag)
 * @param licence the identified licence, or null when no catalogue recognises the value (a link to a site's own
 *                terms page, free text)
 */
public record LicenceStatement(LicenceSource source, String value, Licence licence) {

    public LicenceStatement {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
    }

    public Optional<Licence> identified() {
        return Optional.ofNullable(licence);
    }
}
