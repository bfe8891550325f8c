package adengine.core.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.core.campaign.Campaign;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignStateTest {
    private static final Campaign CAMPAIGN = new Campaign(UUID.randomUUID(), UUID.randomUUID(),
            aCampaign().withLimits(100, 10).withDates(5, 9).build(), null);

    @ParameterizedTest
    @CsvSource({
            "4, 0, 0, SCHEDULED",
            "5, 0, 0, RUNNING",
            "9, 103, 9, RUNNING",
            "9, 104, 9, IMPRESSIONS_LIMIT_REACHED",
            "7, 50, 10, CLICKS_LIMIT_REACHED",
            "7, 104, 10, CLICKS_LIMIT_REACHED",
            "10, 0, 0, FINISHED",
            "10, 50, 10, FINISHED"})
    void followsTheRulesOfShowing(int today, int impressions, int clicks, CampaignState expected) {
        assertEquals(expected, CampaignState.of(CAMPAIGN, today, new Delivery(impressions, clicks)));
    }

    @ParameterizedTest
    @CsvSource({"4, PAUSED", "5, PAUSED", "9, PAUSED", "10, FINISHED"})
    void aPausedCampaignIsPausedUntilItsWindowEnds(int today, CampaignState expected) {
        assertEquals(expected, CampaignState.of(CAMPAIGN.withPaused(true), today, new Delivery(0, 0)));
    }
}
