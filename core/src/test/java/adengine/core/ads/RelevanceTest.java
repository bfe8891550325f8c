package adengine.core.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link Relevance}: read from the client's own scores, nothing else. */
class RelevanceTest {

    @Test
    void theClientsHighestScoreIsTheTopBinAndItsLowestTheBottomOne() {
        Relevance.Scale scale = new Relevance.Scale(new long[] {10, 20, 30, 40, 50});

        assertEquals(new Relevance(5, 1.0, 50 / 30.0), scale.of(50));
        assertEquals(new Relevance(1, 0.0, 10 / 30.0), scale.of(10));
        assertEquals(3, scale.of(30).bin());
    }

    @Test
    void theScaleIsTheClientsOwnSoTheSameScoreMeansMoreToAClientWhoseScoresAreLow() {
        Relevance forModestScorer = new Relevance.Scale(new long[] {5_000, 100, 200}).of(5_000);
        Relevance forHighScorer = new Relevance.Scale(new long[] {5_000, 90_000, 80_000}).of(5_000);

        assertEquals(1.0, forModestScorer.quantile());
        assertEquals(0.0, forHighScorer.quantile());
    }

    @Test
    void theRatioIsTheScoreOverTheClientsMeanScoreSoHeavyTailsCountInFull() {
        Relevance huge = new Relevance.Scale(new long[] {100, 100, 100, 9_700}).of(9_700);

        assertEquals(9_700 / 2_500.0, huge.ratio(), 1e-12);
    }

    @Test
    void equalScoresShareTheMiddleOfTheirPlaces() {
        Relevance.Scale scale = new Relevance.Scale(new long[] {1, 7, 7, 9});

        assertEquals(0.5, scale.of(7).quantile(), 1e-12);
    }

    @Test
    void aSingleScoreIsTypicalForItsClient() {
        Relevance only = new Relevance.Scale(new long[] {42}).of(42);

        assertEquals(new Relevance(3, 0.5, 1.0), only);
    }

    @Test
    void scoresThatAreNotPositiveOnAverageHaveANeutralRatio() {
        Relevance.Scale scale = new Relevance.Scale(new long[] {-5, -1, 0});

        assertEquals(1.0, scale.of(0).ratio());
        assertEquals(5, scale.of(0).bin());
    }

    @Test
    void anUnscoredAdvertiserIsUnknownNotZero() {
        assertFalse(Relevance.UNSCORED.scored());
        assertEquals(0, Relevance.UNSCORED.bin());
    }
}
