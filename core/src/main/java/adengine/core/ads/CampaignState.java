package adengine.core.ads;

import adengine.core.campaign.CampaignSpec;

/**
 * Where a campaign stands for its advertiser: the same rules that decide whether it is shown
 * ({@link Eligibility}), read from its delivery so far.
 */
public enum CampaignState {
    /** Its first day has not come. */
    SCHEDULED,
    /** Shown to new clients today. */
    RUNNING,
    /** No new client sees it: its impressions (with the 5 % the contract allows) are used up. Clients who saw it may still click. */
    IMPRESSIONS_LIMIT_REACHED,
    /** Not shown at all: its clicks are used up. */
    CLICKS_LIMIT_REACHED,
    /** Its last day has passed. */
    FINISHED;

    public static CampaignState of(CampaignSpec spec, int today, Delivery delivery) {
        if (today < spec.startDate()) {
            return SCHEDULED;
        }
        if (!Eligibility.runsOn(spec, today)) {
            return FINISHED;
        }
        if (!Eligibility.hasClickBudget(spec, delivery)) {
            return CLICKS_LIMIT_REACHED;
        }
        return Eligibility.hasImpressionBudget(spec, delivery) ? RUNNING : IMPRESSIONS_LIMIT_REACHED;
    }
}
