package adengine.core.advertiser;

import adengine.core.common.Validator;
import java.util.UUID;

/** A business that pays for campaigns; also the command to upsert one. */
public record Advertiser(UUID advertiserId, String name) {
    public Advertiser {
        new Validator()
                .require("advertiser_id", advertiserId)
                .text("name", name, Validator.NAME_MAX_LENGTH)
                .throwIfInvalid();
    }
}
