package adengine.core.testing;

import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.Targeting;
import java.math.BigDecimal;

/** A valid campaign spec to start from; each {@code with…} changes one field. */
public final class CampaignSpecBuilder {
    private Integer impressionsLimit = 100;
    private Integer clicksLimit = 10;
    private BigDecimal costPerImpression = new BigDecimal("1.50");
    private BigDecimal costPerClick = new BigDecimal("4");
    private String adTitle = "Coffee";
    private String adText = "Fresh coffee every morning";
    private Integer startDate = 0;
    private Integer endDate = 10;
    private Targeting targeting = Targeting.NONE;

    public static CampaignSpecBuilder aCampaign() {
        return new CampaignSpecBuilder();
    }

    public CampaignSpecBuilder withLimits(Integer impressions, Integer clicks) {
        this.impressionsLimit = impressions;
        this.clicksLimit = clicks;
        return this;
    }

    public CampaignSpecBuilder withPrices(String perImpression, String perClick) {
        this.costPerImpression = perImpression == null ? null : new BigDecimal(perImpression);
        this.costPerClick = perClick == null ? null : new BigDecimal(perClick);
        return this;
    }

    public CampaignSpecBuilder withTexts(String title, String text) {
        this.adTitle = title;
        this.adText = text;
        return this;
    }

    public CampaignSpecBuilder withDates(Integer start, Integer end) {
        this.startDate = start;
        this.endDate = end;
        return this;
    }

    public CampaignSpecBuilder withTargeting(Targeting targeting) {
        this.targeting = targeting;
        return this;
    }

    public CampaignSpec build() {
        return new CampaignSpec(impressionsLimit, clicksLimit, costPerImpression, costPerClick, adTitle, adText,
                startDate, endDate, targeting);
    }
}
