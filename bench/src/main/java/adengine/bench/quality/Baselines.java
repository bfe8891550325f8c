package adengine.bench.quality;

import adengine.core.ads.AdPolicy;
import adengine.core.ads.Delivery;
import adengine.core.campaign.CampaignSpec;

/** The policies the ranking is compared with. */
final class Baselines {
    private Baselines() {
    }

    /** Shows the campaign with the highest prices (impression plus click), whatever the client. */
    static final AdPolicy HIGHEST_PRICE = (option, market) -> {
        CampaignSpec spec = option.campaign().spec();
        return spec.costPerImpression().doubleValue() + spec.costPerClick().doubleValue();
    };

    /** 0.8 × income + 0.2 × CTR, both from the campaign's observed click rate (0 before any impression). */
    static final AdPolicy INCOME_AND_CTR = (option, market) -> {
        CampaignSpec spec = option.campaign().spec();
        double ctr = observedCtr(option.delivery());
        double income = (option.repeat() ? 0 : spec.costPerImpression().doubleValue()) + spec.costPerClick().doubleValue() * ctr;
        return 0.8 * income + 0.2 * ctr;
    };

    private static double observedCtr(Delivery delivery) {
        return delivery.impressions() == 0 ? 0 : (double) delivery.clicks() / delivery.impressions();
    }
}
