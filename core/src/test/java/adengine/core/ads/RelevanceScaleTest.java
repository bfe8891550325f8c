package adengine.core.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelevanceScaleTest {
    private final RelevanceScale scale = new RelevanceScale(5000, 2900);

    @Test
    void aMissingScoreIsTypical() {
        assertEquals(RelevanceScale.UNKNOWN, scale.of(null));
        assertEquals(0.5, scale.of(5000L), 1e-12);
    }

    @Test
    void keepsTheOrderOfScoresWithinZeroAndOne() {
        assertTrue(scale.of(2L) < scale.of(4000L));
        assertTrue(scale.of(4000L) < scale.of(9999L));
        assertTrue(scale.of(Long.MIN_VALUE) >= 0);
        assertTrue(scale.of(Long.MAX_VALUE) <= 1);
    }

    @Test
    void aDegenerateDistributionStillScales() {
        assertEquals(0.5, new RelevanceScale(7, 0).of(7L), 1e-12);
    }
}
