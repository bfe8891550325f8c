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

        assertEquals(ClickChances.PRIOR_RATE * ClickChances.PRIOR_LIFT[TOP], chances.chance(Engagement.NONE, TOP), 1e-12);
        assertTrue(chances.chance(Engagement.NONE, TOP) > chances.chance(Engagement.NONE, BOTTOM));
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

        assertTrue(chances.chance(liked, 3) > 2.5 * chances.chance(ordinary, 3));
    }

    @Test
    void aCampaignShownToRelevantClientsIsNotCreditedForTheirRelevance() {
        Engagement market = engagement(new int[] {0, 10_000, 0, 0, 0, 10_000}, new int[] {0, 100, 0, 0, 0, 3_000});
        Engagement shownToTheBest = engagement(new int[] {0, 0, 0, 0, 0, 200}, new int[] {0, 0, 0, 0, 0, 60});
        ClickChances chances = new ClickChances(List.of(market, shownToTheBest));

        assertEquals(1.0, chances.appeal(shownToTheBest), 0.05);
    }

    @Test
    void oneLuckyClickDoesNotMakeAStar() {
        Engagement lucky = engagement(new int[] {0, 0, 0, 1, 0, 0}, new int[] {0, 0, 0, 1, 0, 0});

        assertTrue(new ClickChances(List.of()).appeal(lucky) < 1.6);
    }

    @Test
    void theChanceNeverReachesCertainty() {
        Engagement everyoneClicks = engagement(new int[] {0, 0, 0, 0, 0, 10_000}, new int[] {0, 0, 0, 0, 0, 10_000});

        assertEquals(ClickChances.MAX_CHANCE, new ClickChances(List.of(everyoneClicks)).chance(everyoneClicks, TOP));
    }

    private static Engagement engagement(int[] impressions, int[] clicks) {
        return new Engagement(impressions, clicks);
    }
}
