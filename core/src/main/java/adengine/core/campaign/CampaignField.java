package adengine.core.campaign;

import java.util.function.Function;

/**
 * The fields an advertiser sets on a campaign, in the contract's order: the name the contract gives each and the rules
 * that tell them apart. Limits and dates are locked once the campaign has started, because the
 * delivery already made was paced and billed against them.
 */
public enum CampaignField {
    IMPRESSIONS_LIMIT("impressions_limit", Kind.LOCKED_AFTER_START, CampaignSpec::impressionsLimit),
    CLICKS_LIMIT("clicks_limit", Kind.LOCKED_AFTER_START, CampaignSpec::clicksLimit),
    COST_PER_IMPRESSION("cost_per_impression", Kind.AD, CampaignSpec::costPerImpression),
    COST_PER_CLICK("cost_per_click", Kind.AD, CampaignSpec::costPerClick),
    AD_TITLE("ad_title", Kind.AD, CampaignSpec::adTitle),
    AD_TEXT("ad_text", Kind.AD, CampaignSpec::adText),
    START_DATE("start_date", Kind.LOCKED_AFTER_START, CampaignSpec::startDate),
    END_DATE("end_date", Kind.LOCKED_AFTER_START, CampaignSpec::endDate),
    GENDER("gender", Kind.TARGETING, spec -> spec.targeting().gender()),
    AGE_FROM("age_from", Kind.TARGETING, spec -> spec.targeting().ageFrom()),
    AGE_TO("age_to", Kind.TARGETING, spec -> spec.targeting().ageTo()),
    LOCATION("location", Kind.TARGETING, spec -> spec.targeting().location());

    private enum Kind { AD, LOCKED_AFTER_START, TARGETING }

    private final String contractName;
    private final Kind kind;
    private final Function<CampaignSpec, Object> value;

    CampaignField(String contractName, Kind kind, Function<CampaignSpec, Object> value) {
        this.contractName = contractName;
        this.kind = kind;
        this.value = value;
    }

    /** The field's name in the REST contract (inside {@code targeting} for the targeting fields). */
    public String contractName() {
        return contractName;
    }

    public boolean lockedAfterStart() {
        return kind == Kind.LOCKED_AFTER_START;
    }

    /** Targeting fields may be left unset: unset, they do not restrict who sees the ad. */
    public boolean targeting() {
        return kind == Kind.TARGETING;
    }

    /** The field's value in {@code spec}; null for an unset targeting field. */
    public Object valueIn(CampaignSpec spec) {
        return value.apply(spec);
    }
}
