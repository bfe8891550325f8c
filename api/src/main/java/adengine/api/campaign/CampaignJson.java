package adengine.api.campaign;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.Targeting;
import java.math.BigDecimal;
import java.util.UUID;

/** The contract's Campaign: every create field, targeting always with its four keys, and the image URL. */
record CampaignJson(
        UUID campaignId,
        UUID advertiserId,
        int impressionsLimit,
        int clicksLimit,
        BigDecimal costPerImpression,
        BigDecimal costPerClick,
        String adTitle,
        String adText,
        int startDate,
        int endDate,
        Targeting targeting,
        String imageUrl) {

    static CampaignJson of(Campaign campaign) {
        CampaignSpec spec = campaign.spec();
        return new CampaignJson(
                campaign.campaignId(),
                campaign.advertiserId(),
                spec.impressionsLimit(),
                spec.clicksLimit(),
                spec.costPerImpression(),
                spec.costPerClick(),
                spec.adTitle(),
                spec.adText(),
                spec.startDate(),
                spec.endDate(),
                spec.targeting(),
                ImageUrls.of(campaign));
    }
}
