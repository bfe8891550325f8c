package adengine.core.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.campaign.Campaign;
import adengine.core.testing.CampaignSpecBuilder;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link AdRanking}. */
class AdRankingTest {
    private static final Market MARKET = new Market(List.of(), RelevanceScale.NEUTRAL);
    private final AdRanking ranking = new AdRanking();

    @Test
    void higherExpectedRevenueRanksHigher() {
        double cheap = ranking.score(option(aCampaign().withPrices("1", "1"), Delivery.NONE, 0.5, false), MARKET);
        double dear = ranking.score(option(aCampaign().withPrices("2", "1"), Delivery.NONE, 0.5, false), MARKET);

        assertTrue(dear > cheap);
    }

    @Test
    void aRepeatEarnsOnlyItsClickValue() {
        AdOption fresh = option(aCampaign().withPrices("5", "0"), Delivery.NONE, 0.5, false);
        AdOption repeat = option(aCampaign().withPrices("5", "0"), Delivery.NONE, 0.5, true);

        assertTrue(ranking.score(fresh, MARKET) > 0);
        assertEquals(0, ranking.score(repeat, MARKET));
    }

    @Test
    void aTypicalClientOfANewCampaignClicksAtTheMarketRate() {
        AdOption option = option(aCampaign(), Delivery.NONE, RelevanceScale.UNKNOWN, false);

        assertEquals(0.05, AdRanking.clickProbability(option, 0.05), 1e-12);
    }

    @Test
    void aMoreRelevantClientIsMoreLikelyToClick() {
        double typical = AdRanking.clickProbability(option(aCampaign(), Delivery.NONE, 0.5, false), 0.05);
        double relevant = AdRanking.clickProbability(option(aCampaign(), Delivery.NONE, 0.9, false), 0.05);

        assertEquals(0.09, relevant, 1e-12);
        assertTrue(relevant > typical);
    }

    @Test
    void observedClicksMoveTheEstimateOnlyAsEvidenceGrows() {
        double afterOneLuckyClick = AdRanking.clickProbability(option(aCampaign(), new Delivery(1, 1), 0.5, false), 0.05);
        double afterManyClicks = AdRanking.clickProbability(option(aCampaign(), new Delivery(1000, 300), 0.5, false), 0.05);

        assertEquals((1 + 0.05 * 50) / 51, afterOneLuckyClick, 1e-12);
        assertTrue(afterOneLuckyClick < 0.1);
        assertTrue(afterManyClicks > 0.28);
    }

    @Test
    void theClickChanceIsCapped() {
        double p = AdRanking.clickProbability(option(aCampaign(), new Delivery(1000, 1000), 1.0, false), 0.05);

        assertEquals(AdRanking.MAX_CLICK_PROBABILITY, p);
    }

    @Test
    void aCampaignBehindScheduleIsPushedAndOneAheadHeldBack() {
        CampaignSpecBuilder tenDays = aCampaign().withLimits(100, 10).withDates(0, 9);

        double behind = AdRanking.pacing(option(tenDays, new Delivery(0, 0), 9, 0.5));
        double onTime = AdRanking.pacing(option(tenDays, new Delivery(50, 0), 4, 0.5));
        double ahead = AdRanking.pacing(option(tenDays, new Delivery(100, 0), 0, 0.5));

        assertEquals(2.0, behind, 1e-12);
        assertEquals(1.0, onTime, 1e-12);
        assertEquals(1 - AdRanking.AHEAD_WEIGHT * 0.9, ahead, 1e-12);
    }

    @Test
    void relevanceBreaksNearTies() {
        double unknown = ranking.score(option(aCampaign().withPrices("1", "0"), Delivery.NONE, 0.5, false), MARKET);
        double relevant = ranking.score(option(aCampaign().withPrices("1", "0"), Delivery.NONE, 1.0, false), MARKET);

        assertEquals(1.15, relevant / unknown, 1e-12);
    }

    private static AdOption option(CampaignSpecBuilder spec, Delivery delivery, double relevance, boolean repeat) {
        Campaign campaign = campaign(spec);
        return new AdOption(campaign, Prices.of(campaign.spec()), delivery, spec.build().startDate(), relevance, repeat);
    }

    private static AdOption option(CampaignSpecBuilder spec, Delivery delivery, int day, double relevance) {
        Campaign campaign = campaign(spec);
        return new AdOption(campaign, Prices.of(campaign.spec()), delivery, day, relevance, false);
    }

    private static Campaign campaign(CampaignSpecBuilder spec) {
        return new Campaign(UUID.randomUUID(), UUID.randomUUID(), spec.build(), null);
    }
}
