package adengine.core.ads;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;

/**
 * Where a campaign stands for its advertiser: the same rules that decide whether it is shown
 * ({@link Eligibility}), read from its delivery so far.
 */
public enum CampaignState {
    /** Its first day has not come. */
    SCHEDULED,
    /** Paused by its advertiser: not shown until resumed. */
    PAUSED,
    /** Shown to new clients today. */
    RUNNING,
    /** No new client sees it: its impressions (with the 5 % the contract allows) are used up. Clients who saw it may still click. */
    IMPRESSIONS_LIMIT_REACHED,
    /** Not shown at all: its clicks are used up. */
    CLICKS_LIMIT_REACHED,
    /** Its last day has passed. */
    FINISHED;

    public static CampaignState of(Campaign campaign, int today, Delivery delivery) {
        CampaignSpec spec = campaign.spec();
        if (campaign.hasEnded(today)) {
            return FINISHED;
        }
        if (campaign.paused()) {
            return PAUSED;
        }
        if (!Eligibility.runsOn(spec, today)) {
            return SCHEDULED;
        }
        if (!Eligibility.hasClickBudget(spec, delivery)) {
            return CLICKS_LIMIT_REACHED;
        }
        return Eligibility.hasImpressionBudget(spec, delivery) ? RUNNING : IMPRESSIONS_LIMIT_REACHED;
    }
}
