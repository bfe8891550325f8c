package adengine.core.ads;

import adengine.core.campaign.Campaign;
import java.util.Objects;

/** A campaign that can be served today, with its delivery so far. */
public record LiveCampaign(Campaign campaign, Delivery delivery) {
    public LiveCampaign {
        Objects.requireNonNull(campaign);
        Objects.requireNonNull(delivery);
    }
}
