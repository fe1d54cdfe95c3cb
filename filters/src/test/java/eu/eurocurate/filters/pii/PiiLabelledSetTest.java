package eu.eurocurate.filters.pii;

import eu.eurocurate.core.config.ConfigLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall on a labelled set: real sentences (the sample articles in German, French, Spanish, Czech, Italian, Finnish,
 * Greek, Bulgarian and Maltese) with valid identifiers of every type and every national id kind inserted after the
 * words that name them, in three positions (plain, in parentheses, between colon and comma). Every one must be masked
 * with its exact span, and nothing else in those sentences.
 */
class PiiLabelledSetTest {

    /** Sample fixture, its country. */
    private static final Map<String, String> CARRIERS = Map.of(
            "de-heise.txt", "DE", "fr-lemonde.txt", "FR", "es-la-nacion.txt", "ES", "cs-aktualne.txt", "CZ",
            "it-remember8090.txt", "IT", "fi-handmade.txt", "FI", "el-handmade.txt", "GR", "bg-handmade.txt", "BG",
            "mt-mudt.txt", "MT");

    private static List<String> sentences(String sample) throws IOException {
        try (InputStream in = PiiLabelledSetTest.class.getResourceAsStream("/eu/eurocurate/filters/samples/" + sample)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String s : text.split("(?<=[.!?])\\s+")) {
                if (s.strip().length() > 20) {
                    out.add(s.strip());
                }
            }
            return out;
        }
    }

    @Test
    void everyNamedIdentifierIsMaskedWithItsExactSpan() throws IOException {
        PiiMasker masker = new PiiMasker(ConfigLoader.defaults().pii());
        Random random = new Random(6);
        List<PiiLabelledSet.Case> cases = new ArrayList<>();
        int slots = 5 + PiiLabelledSet.idKinds().size();
        for (Map.Entry<String, String> carrier : new java.util.TreeMap<>(CARRIERS).entrySet()) {
            List<String> s = sentences(carrier.getKey());
            for (int i = 0; i < slots; i++) {
                cases.add(PiiLabelledSet.build(random, carrier.getKey(), carrier.getValue(), s.get(i % s.size()),
                        s.get((i + 1) % s.size()), i));
            }
        }
        PiiRecallSample.Score score = PiiRecallSample.Score.of(masker, cases);
        assertEquals(List.of(), score.misses);
        assertEquals(1.0, score.recall());
        assertEquals(CARRIERS.size() * slots, score.byKey.values().stream().mapToInt(n -> n[0]).sum());
        assertEquals(5 + PiiLabelledSet.idKinds().size(), score.byKey.size(), "every type and kind was inserted");
        assertEquals(List.of(), score.falsePositives, "nothing in the articles' own sentences is masked");
    }

    @Test
    void unnamedIdsWithWeakChecksAreNotMaskedButDistinctiveOnesAre() throws IOException {
        PiiMasker masker = new PiiMasker(ConfigLoader.defaults().pii());
        List<String> s = sentences("de-heise.txt");
        Random random = new Random(7);
        int plPesel = 5 + PiiLabelledSet.idKinds().indexOf("pl_pesel");
        int itCf = 5 + PiiLabelledSet.idKinds().indexOf("it_codice_fiscale");
        PiiLabelledSet.Case pesel = PiiLabelledSet.build(random, "de", "DE", s.get(0), s.get(1), plPesel, false);
        PiiLabelledSet.Case cf = PiiLabelledSet.build(random, "de", "DE", s.get(0), s.get(1), itCf, false);
        assertTrue(PiiLabelledSet.detect(masker, pesel).isEmpty(), pesel.text());
        assertEquals(1, PiiLabelledSet.detect(masker, cf).size(), cf.text());
    }
}
