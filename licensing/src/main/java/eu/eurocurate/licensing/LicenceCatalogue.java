package eu.eurocurate.licensing;

import java.util.Optional;

/**
 * Knows one family of licences and recognises references to them. {@link CreativeCommonsCatalogue} is the first;
 * catalogues for other families (EU and national open licences, Open Government Licences) plug into
 * {@link LicenceDetector} without touching the markup scanning.
 *
 * <p>Implementations are stateless and thread-safe, and never throw on any input.
 */
public interface LicenceCatalogue {

    /**
     * The licence a statement names.
     *
     * @param statement an URL ({@code href} of a licence link, Link header target) or the {@code content} of a licence
     *                  meta tag, as written on the page
     */
    Optional<Licence> identify(String statement);
}
