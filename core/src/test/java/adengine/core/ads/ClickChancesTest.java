package adengine.core.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link ClickChances}: rates by relevance bin, appeal by campaign, priors while data is thin. */
class ClickChancesTest {
    private static final int TOP = 5;
    private static final int BOTTOM = 1;

    @Test
    void beforeAnyDataTheChanceIsThePriorRateShapedByTheMildPriorBeliefInRelevance() {
        ClickChances chances = new ClickChances(List.of());

        LearntCampaign unknown = chances.learn(Engagement.NONE);

        assertEquals(ClickChances.PRIOR_RATE * ClickChances.PRIOR_LIFT[TOP], chances.chance(unknown, TOP), 1e-12);
        assertTrue(chances.chance(unknown, TOP) > chances.chance(unknown, BOTTOM));
    }

    @Test
    void howStronglyRelevancePredictsClicksIsLearntFromWhatHappened() {
        Engagement relevantClickMore = engagement(new int[] {0, 5_000, 0, 0, 0, 5_000}, new int[] {0, 50, 0, 0, 0, 1_500});

        ClickChances chances = new ClickChances(List.of(relevantClickMore));

        assertEquals(0.01, chances.rate(BOTTOM), 0.002);
        assertEquals(0.30, chances.rate(TOP), 0.01);
    }

    @Test
    void dataAgainstThePriorWins() {
        Engagement relevantClickLess = engagement(new int[] {0, 5_000, 0, 0, 0, 5_000}, new int[] {0, 1_000, 0, 0, 0, 100});

        ClickChances chances = new ClickChances(List.of(relevantClickLess));

        assertTrue(chances.rate(BOTTOM) > 5 * chances.rate(TOP));
    }

    @Test
    void aCampaignWhoseAudienceClicksMoreThanExpectedHasMoreAppeal() {
        Engagement ordinary = engagement(new int[] {0, 0, 0, 1_000, 0, 0}, new int[] {0, 0, 0, 50, 0, 0});
        Engagement liked = engagement(new int[] {0, 0, 0, 1_000, 0, 0}, new int[] {0, 0, 0, 150, 0, 0});
        ClickChances chances = new ClickChances(List.of(ordinary, liked));

        assertTrue(chances.chance(chances.learn(liked), 3) > 2.5 * chances.chance(chances.learn(ordinary), 3));
    }

    @Test
    void aCampaignShownToRelevantClientsIsNotCreditedForTheirRelevance() {
        Engagement market = engagement(new int[] {0, 10_000, 0, 0, 0, 10_000}, new int[] {0, 100, 0, 0, 0, 3_000});
        Engagement shownToTheBest = engagement(new int[] {0, 0, 0, 0, 0, 200}, new int[] {0, 0, 0, 0, 0, 60});
        ClickChances chances = new ClickChances(List.of(market, shownToTheBest));

        assertEquals(1.0, chances.learn(shownToTheBest).appeal(), 0.05);
    }

    @Test
    void oneLuckyClickDoesNotMakeAStar() {
        Engagement lucky = engagement(new int[] {0, 0, 0, 1, 0, 0}, new int[] {0, 0, 0, 1, 0, 0});

        assertTrue(new ClickChances(List.of()).learn(lucky).appeal() < 1.6);
    }

    @Test
    void theChanceNeverReachesCertainty() {
        Engagement everyoneClicks = engagement(new int[] {0, 0, 0, 0, 0, 10_000}, new int[] {0, 0, 0, 0, 0, 10_000});

        ClickChances chances = new ClickChances(List.of(everyoneClicks));

        assertEquals(ClickChances.MAX_CHANCE, chances.chance(chances.learn(everyoneClicks), TOP));
        assertEquals(ClickChances.MAX_CHANCE, chances.learn(everyoneClicks).audienceChance());
    }

    private static Engagement engagement(int[] impressions, int[] clicks) {
        return new Engagement(impressions, clicks);
    }
}
