package eu.eurocurate.langid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarginCalibrationTest {

    private static final MarginCalibration[] BOTH = {MarginCalibration.LOW, MarginCalibration.HIGH};

    @Test
    void aProbabilityThatGrowsWithMarginAndLength() {
        for (MarginCalibration c : BOTH) {
            for (int letters : new int[] {1, 5, 20, 100, 1000, 100_000}) {
                double previous = -1;
                for (double m = 0; m <= 1.0; m += 0.01) {
                    double p = c.probability(m, letters);
                    assertTrue(p >= 0 && p <= 1, "in [0, 1]");
                    assertTrue(p >= previous, "monotonic in margin at " + letters + " letters");
                    previous = p;
                }
            }
            for (double m : new double[] {0, 0.03, 0.1}) {
                assertTrue(c.probability(m, 500) >= c.probability(m, 50), "longer text, more confidence");
            }
        }
    }

    @Test
    void lengthsOutsideTheFittedRangeAreClamped() {
        for (MarginCalibration c : BOTH) {
            assertEquals(c.probability(0.02, 1000), c.probability(0.02, 4000));
            assertEquals(c.probability(0.02, 5), c.probability(0.02, 0));
            assertEquals(c.probability(1.0, 50), c.probability(1.7, 50), "margin clamped to 1");
        }
    }

    @Test
    void reproducesTheFittedReliability() {
        // README, table "Calibration": a single candidate on a sentence is certain; a near-tie on a short sentence
        // is a coin toss; a near-tie on a 1,000-letter document (typically Bosnian vs Croatian) stays well below 1.
        for (MarginCalibration c : BOTH) {
            assertTrue(c.probability(1.0, 80) > 0.999);
            assertEquals(0.5, c.probability(0.0, 100), 0.05);
            assertEquals(0.67, c.probability(0.0, 1000), 0.02);
            assertTrue(c.probability(0.2, 100) > 0.95);
        }
    }

    @Test
    void oneCalibrationPerAccuracyMode() {
        assertSame(MarginCalibration.LOW, MarginCalibration.forAccuracy("low"));
        assertSame(MarginCalibration.HIGH, MarginCalibration.forAccuracy("high"));
        assertEquals(4, MarginCalibration.LOW.coefficients().length);
    }
}
