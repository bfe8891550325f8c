package adengine.core.ads;

import adengine.core.campaign.Campaign;
import java.util.Objects;

/** A campaign that can be served today, with its delivery so far and how its audience engaged. */
public record LiveCampaign(Campaign campaign, Delivery delivery, Engagement engagement) {
    public LiveCampaign {
        Objects.requireNonNull(campaign);
        Objects.requireNonNull(delivery);
        Objects.requireNonNull(engagement);
    }
}
