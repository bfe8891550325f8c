package adengine.core.textgen;

import adengine.core.campaign.CampaignSpec;
import adengine.core.common.Rule;
import adengine.core.common.Validator;
import java.util.UUID;

/** Write an ad text for {@code adTitle}, for the advertiser named directly or by id. */
public record GenerateAdText(String adTitle, String advertiserName, UUID advertiserId) {
    public GenerateAdText {
        new Validator()
                .text("ad_title", adTitle, CampaignSpec.TITLE_MAX_LENGTH)
                .optionalText("advertiser_name", advertiserName, Validator.NAME_MAX_LENGTH)
                .check(advertiserName != null || advertiserId != null, "advertiser_name", Rule.NAME_OR_ID_REQUIRED)
                .throwIfInvalid();
    }
}
