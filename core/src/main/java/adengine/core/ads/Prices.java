package adengine.core.ads;

import adengine.core.campaign.CampaignSpec;

/** A campaign's prices as doubles for the ranking's arithmetic (the ledger charges the exact decimals). */
public record Prices(double impression, double click) {
    public static Prices of(CampaignSpec spec) {
        return new Prices(spec.costPerImpression().doubleValue(), spec.costPerClick().doubleValue());
    }
}
