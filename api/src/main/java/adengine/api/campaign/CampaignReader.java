package adengine.api.campaign;

import static adengine.core.campaign.CampaignField.AD_TEXT;
import static adengine.core.campaign.CampaignField.AD_TITLE;
import static adengine.core.campaign.CampaignField.AGE_FROM;
import static adengine.core.campaign.CampaignField.AGE_TO;
import static adengine.core.campaign.CampaignField.CLICKS_LIMIT;
import static adengine.core.campaign.CampaignField.COST_PER_CLICK;
import static adengine.core.campaign.CampaignField.COST_PER_IMPRESSION;
import static adengine.core.campaign.CampaignField.END_DATE;
import static adengine.core.campaign.CampaignField.GENDER;
import static adengine.core.campaign.CampaignField.IMPRESSIONS_LIMIT;
import static adengine.core.campaign.CampaignField.LOCATION;
import static adengine.core.campaign.CampaignField.START_DATE;

import adengine.api.http.JsonObject;
import adengine.core.campaign.CampaignField;
import adengine.core.campaign.CampaignPatch;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import java.util.Arrays;

/** Reads CampaignCreate and partial-update bodies into core commands. */
final class CampaignReader {
    /** An update may leave these out but not set them to null: every field but the targeting. */
    private static final String[] REQUIRED = Arrays.stream(CampaignField.values())
            .filter(field -> !field.targeting()).map(CampaignField::contractName).toArray(String[]::new);

    private CampaignReader() {
    }

    static CampaignSpec create(JsonObject body) {
        CampaignPatch fields = fields(body);
        return body.build(() -> new CampaignSpec(fields.impressionsLimit(), fields.clicksLimit(),
                fields.costPerImpression(), fields.costPerClick(), fields.adTitle(), fields.adText(),
                fields.startDate(), fields.endDate(), fields.targeting()));
    }

    /** Absent fields keep their value; an explicit null is only allowed for targeting (which clears it). */
    static CampaignPatch patch(JsonObject body) {
        body.rejectNulls(REQUIRED);
        CampaignPatch patch = fields(body);
        body.throwIfInvalid();
        return patch;
    }

    private static CampaignPatch fields(JsonObject body) {
        return CampaignPatch.builder()
                .impressionsLimit(body.integer(IMPRESSIONS_LIMIT.contractName()))
                .clicksLimit(body.integer(CLICKS_LIMIT.contractName()))
                .costPerImpression(body.decimal(COST_PER_IMPRESSION.contractName()))
                .costPerClick(body.decimal(COST_PER_CLICK.contractName()))
                .adTitle(body.text(AD_TITLE.contractName()))
                .adText(body.text(AD_TEXT.contractName()))
                .startDate(body.integer(START_DATE.contractName()))
                .endDate(body.integer(END_DATE.contractName()))
                .targeting(targeting(body))
                .build();
    }

    /** Null when absent; {@link Targeting#NONE} when explicitly null; a new targeting (missing keys null) otherwise. */
    private static Targeting targeting(JsonObject body) {
        if (!body.has("targeting")) {
            return null;
        }
        JsonObject targeting = body.object("targeting");
        if (targeting == null) {
            return Targeting.NONE;
        }
        TargetGender gender = targeting.enumValue(GENDER.contractName(), TargetGender.class);
        Integer ageFrom = targeting.integer(AGE_FROM.contractName());
        Integer ageTo = targeting.integer(AGE_TO.contractName());
        String location = targeting.text(LOCATION.contractName());
        return body.attempt(() -> new Targeting(gender, ageFrom, ageTo, location));
    }
}
