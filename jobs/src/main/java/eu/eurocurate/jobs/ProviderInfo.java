package eu.eurocurate.jobs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the ledger cannot tell about a model's training data, for the AI Act summary (Art. 53(1)(d); the AI Office's
 * template of July 2025): who the provider is, which model, which crawler collected the data. Read from a small YAML
 * file ({@code conf/provider.yaml} documents every key); unknown keys are an error, missing ones are left for the
 * provider to complete in the draft.
 *
 * @param providerName            section 1.1: provider name
 * @param providerContact         section 1.1: contact details
 * @param authorisedRepresentative section 1.1: EU authorised representative, if any
 * @param modelName               section 1.2: versioned model name(s)
 * @param modelDependencies       section 1.2: the model this one was fine-tuned or derived from, if any
 * @param placementDate           section 1.2: date of placement on the Union market
 * @param crawlerName             section 2.3: crawler name or user-agent token
 * @param crawlerDescription      section 2.3: what the crawler is and how it behaves
 * @param contentTypes            section 1.3: kinds of content (news, encyclopaedic, forums, ...)
 * @param publicDatasets          section 2.1: public datasets used besides this corpus
 * @param otherSources            sections 2.2, 2.4-2.6: licensed, user, synthetic or other data
 * @param illegalContentMeasures  section 3.2: measures against illegal content beyond this pipeline's
 * @param sme                     the provider is an SME: section 2.3 then lists the top 5% of domains or 1,000,
 *                                whichever is lower, instead of the top 10%
 */
public record ProviderInfo(
        String providerName,
        String providerContact,
        String authorisedRepresentative,
        String modelName,
        String modelDependencies,
        String placementDate,
        String crawlerName,
        String crawlerDescription,
        String contentTypes,
        String publicDatasets,
        String otherSources,
        String illegalContentMeasures,
        Boolean sme) {

    /** Placeholder for what the provider must still fill in. */
    static final String TO_COMPLETE = "[to be completed by the provider]";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Nothing known: every field left to complete. */
    static ProviderInfo empty() {
        return new ProviderInfo(null, null, null, null, null, null, null, null, null, null, null, null, false);
    }

    static ProviderInfo parse(String yaml) {
        try {
            ProviderInfo p = YAML.readValue(yaml, ProviderInfo.class);
            return p == null ? empty() : p;
        } catch (IOException e) {
            throw new IllegalArgumentException("provider configuration: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    static ProviderInfo read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read provider configuration " + file + ": " + e.getMessage(), e);
        }
    }

    boolean isSme() {
        return Boolean.TRUE.equals(sme);
    }

    /** The value, or the placeholder when not given. */
    static String orToComplete(String v) {
        return v == null || v.isBlank() ? TO_COMPLETE : v.strip();
    }
}
