package adengine.core.ads;

import adengine.core.campaign.Campaign;
import java.util.Objects;

/**
 * A campaign that can be served today, with its delivery so far. Its prices are also kept as
 * doubles, converted once per snapshot rather than in every decision: the ranking estimates,
 * the ledger charges the exact decimals.
 */
public record LiveCampaign(Campaign campaign, Delivery delivery, double impressionPrice, double clickPrice) {
    public LiveCampaign {
        Objects.requireNonNull(campaign);
        Objects.requireNonNull(delivery);
    }

    public LiveCampaign(Campaign campaign, Delivery delivery) {
        this(campaign, delivery, campaign.spec().costPerImpression().doubleValue(), campaign.spec().costPerClick().doubleValue());
    }

    public LiveCampaign withDelivery(Delivery newDelivery) {
        return new LiveCampaign(campaign, newDelivery, impressionPrice, clickPrice);
    }
}
