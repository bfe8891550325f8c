package adengine.bench.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quick guard in the build: AdEngine's selector and ranking, run in process on a small synthetic
 * world, beat every baseline formula without breaking a rule. The figures that count come from
 * {@link QualityBenchmark} over HTTP.
 */
class InProcessQualityTest {

    @Test
    void adEngineBeatsEveryBaselineOnASmallSyntheticWorld() {
        World world = Worlds.synthetic(300, 30, 90, 20, 5);
        Referee referee = new Referee(world);
        Outcome engine = Game.play(world, "AdEngine", new EngineInProcess(world), referee);
        List<Scoreboard.Entry> entries = new java.util.ArrayList<>(List.of(new Scoreboard.Entry(engine, true)));
        for (Formula formula : List.of(Formula.HIGHEST_PRICE, Formula.INCOME_AND_CTR, Formula.ML_OVER_P90, Formula.random(5))) {
            Referee baseline = new Referee(world);
            entries.add(new Scoreboard.Entry(Game.play(world, "baseline", Formula.server(baseline, formula), baseline), true));
        }

        Scoreboard scoreboard = new Scoreboard(entries);

        assertTrue(scoreboard.leadOfFirst() > 1.0, "AdEngine / best baseline " + scoreboard.leadOfFirst());
        assertEquals(0, engine.targetingErrors());
        assertEquals(0, engine.violations());
        assertEquals(0, engine.overrunPenalty());
    }

    @Test
    void theHindsightOraclePlaysByTheContractsRules() {
        World world = Worlds.synthetic(300, 30, 90, 20, 5);
        Referee referee = new Referee(world);

        Outcome oracle = Game.play(world, HindsightOracle.NAME, Formula.server(referee, new HindsightOracle(world, referee)), referee);

        assertTrue(oracle.impressions() > 0);
        assertEquals(0, oracle.targetingErrors());
        assertEquals(0, oracle.violations());
        assertEquals(0, oracle.overrunPenalty());
    }
}
