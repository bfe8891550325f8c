package adengine.core.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.core.campaign.CampaignSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignStateTest {
    private static final CampaignSpec SPEC = aCampaign().withLimits(100, 10).withDates(5, 9).build();

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
        assertEquals(expected, CampaignState.of(SPEC, today, new Delivery(impressions, clicks)));
    }
}
