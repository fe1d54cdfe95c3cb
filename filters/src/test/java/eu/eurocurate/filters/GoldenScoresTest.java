package eu.eurocurate.filters;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The stage's decisions, scores (compared as exact decimal renderings of the doubles), attributes and cleaned texts on
 * the sample fixtures are those recorded before the speed work: optimisations must not change a single value.
 */
class GoldenScoresTest {

    @Test
    void everyScoreAndDecisionIsUnchanged() throws IOException {
        List<String> expected;
        try (InputStream in = GoldenScoresTest.class.getResourceAsStream("golden-scores.tsv")) {
            assertNotNull(in, "golden-scores.tsv");
            expected = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        List<String> actual = GoldenScores.lines();
        assertEquals(Samples.LANGUAGES.size() * GoldenScores.VARIANTS.size(), expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
        }
    }
}
