package adengine.core.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.campaign.Campaign;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BestFirstTest {

    @Test
    void keepsTheBestFewInOrderAndAdmitsOnlyWhatCouldBeKept() {
        BestFirst best = new BestFirst();
        List<AdOption> offered = new ArrayList<>();
        for (int score = 1; score <= BestFirst.KEPT + 3; score++) {
            AdOption option = option(new UUID(0, score));
            offered.add(option);
            offer(best, option, score);
        }

        List<AdOption> bestFirst = new ArrayList<>(offered);
        Collections.reverse(bestFirst);
        assertEquals(bestFirst.subList(0, BestFirst.KEPT), best.toList());
        assertTrue(best.hasMore(), "three options were scored and dropped");
        assertFalse(best.admits(option(new UUID(0, 99)).campaign(), 1), "below the last kept");
        assertTrue(best.admits(option(new UUID(0, 0)).campaign(), 4), "ties with the last kept go to the lower campaign id");
    }

    @Test
    void aFewOptionsAreAllKeptAndNothingIsMissing() {
        BestFirst best = new BestFirst();
        AdOption low = option(new UUID(0, 1));
        AdOption high = option(new UUID(0, 2));
        offer(best, low, 1);
        offer(best, high, 2);

        assertEquals(List.of(high, low), best.toList());
        assertFalse(best.hasMore());
    }

    /** As the selector offers: made and kept only when admitted. */
    private static void offer(BestFirst best, AdOption option, double score) {
        if (best.admits(option.campaign(), score)) {
            best.offer(option, score);
        }
    }

    private static AdOption option(UUID campaignId) {
        Campaign campaign = new Campaign(campaignId, UUID.randomUUID(), aCampaign().build(), null);
        return new AdOption(campaign, Prices.of(campaign.spec()), Delivery.NONE, null, 0, Relevance.UNSCORED, false);
    }
}
