package adengine.core.ads;

import java.util.List;

/**
 * What the ad decision looks at besides the client: the campaigns running today, the click rate
 * observed over all of them, and the scale that turns raw ML scores into relevance.
 */
public record Market(List<LiveCampaign> campaigns, double clickRate, RelevanceScale relevance) {
    public Market {
        campaigns = List.copyOf(campaigns);
    }

    /**
     * The click rate over these campaigns, smoothed towards {@code prior} while impressions are few
     * (as if {@code priorWeight} impressions at the prior rate had been seen).
     */
    public static double clickRate(List<LiveCampaign> campaigns, double prior, int priorWeight) {
        long impressions = 0;
        long clicks = 0;
        for (LiveCampaign live : campaigns) {
            impressions += live.delivery().impressions();
            clicks += live.delivery().clicks();
        }
        return (clicks + prior * priorWeight) / (impressions + priorWeight);
    }
}
