package adengine.core.campaign;

import adengine.core.client.Client;
import adengine.core.common.Validator;

/** Who may see a campaign; every null field does not restrict. */
public record Targeting(TargetGender gender, Integer ageFrom, Integer ageTo, String location) {
    public static final Targeting NONE = new Targeting(null, null, null, null);

    public Targeting {
        new Validator()
                .optionalRange("targeting.age_from", ageFrom, 0, Client.MAX_AGE)
                .optionalRange("targeting.age_to", ageTo, 0, Client.MAX_AGE)
                .check(ageFrom == null || ageTo == null || ageFrom <= ageTo,
                        "targeting.age_from", "must not be greater than targeting.age_to")
                .optionalText("targeting.location", location, Validator.NAME_MAX_LENGTH)
                .throwIfInvalid();
    }
}
