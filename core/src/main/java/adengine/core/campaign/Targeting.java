package adengine.core.campaign;

import adengine.core.client.Client;
import adengine.core.common.Rule;
import adengine.core.common.Validator;

/** Who may see a campaign; every null field does not restrict. */
public record Targeting(TargetGender gender, Integer ageFrom, Integer ageTo, String location) {
    public static final Targeting NONE = new Targeting(null, null, null, null);

    public Targeting {
        new Validator()
                .optionalRange("targeting.age_from", ageFrom, 0, Client.MAX_AGE)
                .optionalRange("targeting.age_to", ageTo, 0, Client.MAX_AGE)
                .check(ageFrom == null || ageTo == null || ageFrom <= ageTo,
                        "targeting.age_from", Rule.AGE_FROM_OVER_AGE_TO)
                .optionalText("targeting.location", location, Validator.NAME_MAX_LENGTH)
                .throwIfInvalid();
    }
}
