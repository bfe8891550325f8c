package adengine.core.campaign;

/** Whom a campaign is shown to by gender; ALL is stated explicitly, null would mean "not set". */
public enum TargetGender {
    MALE, FEMALE, ALL
}
