package adengine.core.stats;

import java.util.Objects;
import java.util.UUID;

/** What one campaign did on one day. */
public record CampaignDay(UUID campaignId, String adTitle, Stats stats) {
    public CampaignDay {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(adTitle, "adTitle");
        Objects.requireNonNull(stats, "stats");
    }
}
