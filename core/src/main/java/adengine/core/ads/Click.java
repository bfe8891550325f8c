package adengine.core.ads;

import adengine.core.common.Validator;
import java.util.UUID;

/** A client's click on an ad (the ad id is the campaign id). */
public record Click(UUID campaignId, UUID clientId) {
    public Click {
        new Validator()
                .require("ad_id", campaignId)
                .require("client_id", clientId)
                .throwIfInvalid();
    }
}
