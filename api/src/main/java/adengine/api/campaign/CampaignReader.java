package adengine.api.campaign;

import adengine.api.http.JsonObject;
import adengine.core.campaign.CampaignPatch;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;

/** Reads CampaignCreate and partial-update bodies into core commands. */
final class CampaignReader {
    private static final String[] REQUIRED = {"impressions_limit", "clicks_limit", "cost_per_impression",
            "cost_per_click", "ad_title", "ad_text", "start_date", "end_date"};

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
        return new CampaignPatch(
                body.integer("impressions_limit"),
                body.integer("clicks_limit"),
                body.decimal("cost_per_impression"),
                body.decimal("cost_per_click"),
                body.text("ad_title"),
                body.text("ad_text"),
                body.integer("start_date"),
                body.integer("end_date"),
                targeting(body));
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
        TargetGender gender = targeting.enumValue("gender", TargetGender.class);
        Integer ageFrom = targeting.integer("age_from");
        Integer ageTo = targeting.integer("age_to");
        String location = targeting.text("location");
        return body.attempt(() -> new Targeting(gender, ageFrom, ageTo, location));
    }
}
