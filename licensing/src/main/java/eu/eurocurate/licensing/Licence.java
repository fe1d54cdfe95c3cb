package eu.eurocurate.licensing;

import java.util.Objects;

/**
 * A licence identified from a licence statement.
 *
 * @param spdx an SPDX licence identifier ({@code CC-BY-SA-3.0-DE}) or, for a licence the SPDX list lacks, an SPDX
 *             {@code LicenseRef-} identifier ({@code LicenseRef-CC-NC-1.0})
 * @param port the jurisdiction of a Creative Commons port ({@code us}, {@code scotland}) when the SPDX list has no
 *             identifier of its own for that port and {@code spdx} therefore names the generic licence; null otherwise
 */
public record Licence(String spdx, String port) {

    public Licence {
        Objects.requireNonNull(spdx, "spdx");
    }

    public static Licence of(String spdx) {
        return new Licence(spdx, null);
    }
}
