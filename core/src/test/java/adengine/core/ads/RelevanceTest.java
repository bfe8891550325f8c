package adengine.core.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Relevance}: read from the client's own scores, nothing else. */
class RelevanceTest {

    @Test
    void theClientsHighestScoreIsTheTopBinAndItsLowestTheBottomOne() {
        Relevance.Scale scale = new Relevance.Scale(List.of(10L, 20L, 30L, 40L, 50L));

        assertEquals(new Relevance(5, 1.0, 50 / 30.0), scale.of(50));
        assertEquals(new Relevance(1, 0.0, 10 / 30.0), scale.of(10));
        assertEquals(3, scale.of(30).bin());
    }

    @Test
    void theScaleIsTheClientsOwnSoTheSameScoreMeansMoreToAClientWhoseScoresAreLow() {
        Relevance forModestScorer = new Relevance.Scale(List.of(5_000L, 100L, 200L)).of(5_000);
        Relevance forHighScorer = new Relevance.Scale(List.of(5_000L, 90_000L, 80_000L)).of(5_000);

        assertEquals(1.0, forModestScorer.quantile());
        assertEquals(0.0, forHighScorer.quantile());
    }

    @Test
    void theRatioIsTheScoreOverTheClientsMeanScoreSoHeavyTailsCountInFull() {
        Relevance huge = new Relevance.Scale(List.of(100L, 100L, 100L, 9_700L)).of(9_700);

        assertEquals(9_700 / 2_500.0, huge.ratio(), 1e-12);
    }

    @Test
    void equalScoresShareTheMiddleOfTheirPlaces() {
        Relevance.Scale scale = new Relevance.Scale(List.of(1L, 7L, 7L, 9L));

        assertEquals(0.5, scale.of(7).quantile(), 1e-12);
    }

    @Test
    void aSingleScoreIsTypicalForItsClient() {
        Relevance only = new Relevance.Scale(List.of(42L)).of(42);

        assertEquals(new Relevance(3, 0.5, 1.0), only);
    }

    @Test
    void scoresThatAreNotPositiveOnAverageHaveANeutralRatio() {
        Relevance.Scale scale = new Relevance.Scale(List.of(-5L, -1L, 0L));

        assertEquals(1.0, scale.of(0).ratio());
        assertEquals(5, scale.of(0).bin());
    }

    @Test
    void anUnscoredAdvertiserIsUnknownNotZero() {
        assertFalse(Relevance.UNSCORED.scored());
        assertEquals(0, Relevance.UNSCORED.bin());
    }
}
