package adengine.core.stats;

import java.util.List;

/**
 * An advertiser's figures of one day: each campaign that ran that day (its window held it and it
 * was not deleted) or had traffic on it, newest first, so that together they make the day's total.
 */
public record AdvertiserDay(int day, List<CampaignDay> campaigns) {
    public AdvertiserDay {
        campaigns = List.copyOf(campaigns);
    }

    public Stats total() {
        return campaigns.stream().map(CampaignDay::stats).reduce(Stats.ZERO, Stats::plus);
    }
}
