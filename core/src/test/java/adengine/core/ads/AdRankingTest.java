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
    private static final Relevance TYPICAL = new Relevance(3, 0.5, 1.0);
    private static final LearntCampaign UNKNOWN = new ClickChances(List.of()).learn(Engagement.NONE);
    private final AdRanking ranking = new AdRanking();

    @Test
    void aNewImpressionIsWorthItsPriceAndItsExpectedClickPlusItsShareOfMeetingTheLimits() {
        Market market = market(aCampaign());
        AdOption option = option(aCampaign().withLimits(100, 10).withPrices("1.50", "4").withDates(0, 9), Delivery.NONE, 0, TYPICAL);
        double p = market.clickChances().chance(UNKNOWN, TYPICAL.bin());
        double limits = AdRanking.LIMITS_WEIGHT * market.budgetPerCampaign() * (1 / 100.0 + p / 10);

        assertEquals(1.50 + limits + 4 * p, ranking.score(option, market), 1e-12);
    }

    @Test
    void aHigherLearntClickChanceIsWorthMore() {
        AdRanking knowsClicks = new AdRanking((option, market) -> option.campaign().spec().adTitle().equals("liked") ? 0.3 : 0.03);
        Market market = market(aCampaign());

        double liked = knowsClicks.score(option(aCampaign().withTexts("liked", "text"), Delivery.NONE, 0, TYPICAL), market);
        double ignored = knowsClicks.score(option(aCampaign().withTexts("ignored", "text"), Delivery.NONE, 0, TYPICAL), market);

        assertTrue(liked > ignored);
    }

    @Test
    void aMoreRelevantAdvertiserWinsBetweenEqualCampaigns() {
        Market market = market(aCampaign());
        AdOption ninetyThousand = option(aCampaign(), Delivery.NONE, 0, new Relevance(3, 0.5, 90_000 / 47_500.0));
        AdOption fiveThousand = option(aCampaign(), Delivery.NONE, 0, new Relevance(3, 0.5, 5_000 / 47_500.0));

        assertTrue(ranking.score(ninetyThousand, market) > ranking.score(fiveThousand, market));
    }

    @Test
    void twiceTheClientsUsualScoreIsWorthHalfATypicalImpressionMore() {
        Market market = market(aCampaign());
        double typical = ranking.score(option(aCampaign(), Delivery.NONE, 0, TYPICAL), market);
        double twice = ranking.score(option(aCampaign(), Delivery.NONE, 0, new Relevance(3, 0.5, 2.0)), market);

        assertEquals(AdRanking.RELEVANCE_WEIGHT * market.revenuePerImpression(), twice - typical, 1e-12);
    }

    @Test
    void anUnscoredPairShowsNothingRelevantSoItRanksBelowATypicalOne() {
        Market market = market(aCampaign());
        double typical = ranking.score(option(aCampaign(), Delivery.NONE, 0, TYPICAL), market);
        double unscored = ranking.score(option(aCampaign(), Delivery.NONE, 0, Relevance.UNSCORED), market);

        assertTrue(unscored < typical);
    }

    @Test
    void aCampaignAheadOfAnEvenPaceSellsOutAnywaySoItsImpressionPriceNoLongerDecides() {
        CampaignSpecBuilder tenDays = aCampaign().withLimits(100, 100).withDates(0, 9);

        assertEquals(0, AdRanking.sellOut(option(tenDays, new Delivery(10, 0), 0, TYPICAL)));
        assertEquals(0, AdRanking.sellOut(option(tenDays, new Delivery(30, 0), 4, TYPICAL)));
        assertEquals(0.5, AdRanking.sellOut(option(tenDays, new Delivery(15, 0), 0, TYPICAL)), 1e-12);
        assertEquals(1, AdRanking.sellOut(option(tenDays, new Delivery(20, 0), 0, TYPICAL)));
    }

    @Test
    void aCampaignBehindItsPaceKeepsItsFullPriceHoweverFewItsDays() {
        Market market = market(aCampaign());
        AdOption lastDayBehind = option(aCampaign().withDates(0, 9), new Delivery(40, 0), 9, TYPICAL);
        AdOption aheadOfPace = option(aCampaign().withDates(0, 9), new Delivery(90, 0), 0, TYPICAL);

        assertEquals(0, AdRanking.sellOut(lastDayBehind));
        assertTrue(ranking.score(lastDayBehind, market) > ranking.score(aheadOfPace, market) + 1.4);
    }

    @Test
    void anImpressionOfASmallCampaignDoesMoreForMeetingLimits() {
        Market market = market(aCampaign());

        double small = AdRanking.limits(option(aCampaign().withLimits(10, 1), Delivery.NONE, 0, TYPICAL), 0.05, market);
        double large = AdRanking.limits(option(aCampaign().withLimits(1_000, 100), Delivery.NONE, 0, TYPICAL), 0.05, market);

        assertEquals(100, small / large, 1e-9);
    }

    @Test
    void limitsThatAreMetEarnNoLimitsBonus() {
        Market market = market(aCampaign());

        assertEquals(0, AdRanking.limits(option(aCampaign().withLimits(100, 10), new Delivery(100, 10), 0, TYPICAL), 0.05, market));
    }

    @Test
    void aCampaignNearItsClicksLimitCannotConvertMoreImpressionsIntoPaidClicks() {
        double p = UNKNOWN.audienceChance();
        AdOption roomy = option(aCampaign().withLimits(100, 100), Delivery.NONE, 0, TYPICAL);
        AdOption oneClickLeft = option(aCampaign().withLimits(100, 10), new Delivery(20, 9), 0, TYPICAL);

        assertEquals(1, AdRanking.clickRoom(roomy));
        assertEquals(1 / (80 * p), AdRanking.clickRoom(oneClickLeft), 1e-12);
    }

    @Test
    void aRepeatIsFreeAndEarnsOnlyItsClick() {
        Market market = market(aCampaign());
        AdOption repeat = new AdOption(campaign(aCampaign().withPrices("9", "4")), new Prices(9, 4), Delivery.NONE,
                UNKNOWN, 0, TYPICAL, true);

        assertEquals(4 * market.clickChances().chance(UNKNOWN, TYPICAL.bin()), ranking.score(repeat, market), 1e-12);
    }

    private static Market market(CampaignSpecBuilder spec) {
        return new Market(List.of(new LiveCampaign(campaign(spec), Delivery.NONE, Engagement.NONE)));
    }

    private static AdOption option(CampaignSpecBuilder spec, Delivery delivery, int day, Relevance relevance) {
        Campaign campaign = campaign(spec);
        return new AdOption(campaign, Prices.of(campaign.spec()), delivery, UNKNOWN, day, relevance, false);
    }

    private static Campaign campaign(CampaignSpecBuilder spec) {
        return new Campaign(UUID.randomUUID(), UUID.randomUUID(), spec.build(), null);
    }
}
