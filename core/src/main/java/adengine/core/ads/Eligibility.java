package adengine.core.ads;

import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;

/** The contract's rules for whether a campaign may be shown to a client. */
public final class Eligibility {
    private Eligibility() {
    }

    /** start_date ≤ day ≤ end_date. */
    public static boolean runsOn(CampaignSpec spec, int day) {
        return spec.startDate() <= day && day <= spec.endDate();
    }

    /** Every targeting field that is set matches: gender (ALL matches both), inclusive ages, exact location. */
    public static boolean targets(Targeting targeting, Client client) {
        TargetGender gender = targeting.gender();
        boolean genderMatches = gender == null || gender.admits(client.gender());
        boolean oldEnough = targeting.ageFrom() == null || client.age() >= targeting.ageFrom();
        boolean youngEnough = targeting.ageTo() == null || client.age() <= targeting.ageTo();
        boolean locationMatches = targeting.location() == null || targeting.location().equals(client.location());
        return genderMatches && oldEnough && youngEnough && locationMatches;
    }

    /** Clicks so far are below clicks_limit: any show, new or repeated, needs it. */
    public static boolean hasClickBudget(CampaignSpec spec, Delivery delivery) {
        return delivery.clicks() < spec.clicksLimit();
    }

    /** A new unique impression keeps the campaign under 1.05 × impressions_limit: count + 1 < 1.05 × limit. */
    public static boolean hasImpressionBudget(CampaignSpec spec, Delivery delivery) {
        return 100L * (delivery.impressions() + 1) < 105L * spec.impressionsLimit();
    }
}
