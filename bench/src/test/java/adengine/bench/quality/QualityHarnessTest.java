package adengine.bench.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guards the ranking: on both datasets it must keep beating the baselines, without targeting errors or overruns. */
class QualityHarnessTest {

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void theRankingBeatsBothBaselinesOnTheOpenDataset(long seed) throws Exception {
        assertRankingWins(QualityHarness.compete(OpenDataset.load(Path.of("..", "data", "open-dataset"), 3, seed)));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void theRankingBeatsBothBaselinesOnASyntheticMarket(long seed) {
        assertRankingWins(QualityHarness.compete(SyntheticDataset.generate(600, 15, 60, seed)));
    }

    private static void assertRankingWins(List<Outcome> outcomes) {
        ToDoubleFunction<Outcome> combined = QualityHarness.combinedScore(outcomes);
        Outcome ranking = outcomes.get(0);
        assertEquals("AdEngine ranking", ranking.policy());
        for (Outcome baseline : outcomes.subList(1, outcomes.size())) {
            assertTrue(combined.applyAsDouble(ranking) > combined.applyAsDouble(baseline),
                    ranking + " against " + baseline);
        }
        outcomes.forEach(outcome -> {
            assertEquals(0, outcome.targetingErrors(), outcome.policy());
            assertEquals(0, outcome.overrunPenalty(), outcome.policy());
        });
    }
}
