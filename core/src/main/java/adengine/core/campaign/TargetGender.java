package adengine.core.campaign;

import adengine.core.client.Gender;

/** Whom a campaign is shown to by gender; ALL is stated explicitly, null would mean "not set". */
public enum TargetGender {
    MALE, FEMALE, ALL;

    public boolean admits(Gender gender) {
        return switch (this) {
            case MALE -> gender == Gender.MALE;
            case FEMALE -> gender == Gender.FEMALE;
            case ALL -> true;
        };
    }
}
