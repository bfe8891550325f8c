package adengine.bot.campaign;

import adengine.bot.conversation.State;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a campaign in the order the creation dialog asks for them, each with the dialog
 * state that waits for it. Limits and dates are locked once the campaign has started.
 */
public enum CampaignField {
    TITLE(State.WAITING_FOR_AD_TITLE, false, false),
    TEXT(State.WAITING_FOR_AD_TEXT, false, false),
    START_DATE(State.WAITING_FOR_START_DATE, false, true),
    END_DATE(State.WAITING_FOR_END_DATE, false, true),
    IMPRESSIONS_LIMIT(State.WAITING_FOR_IMPRESSIONS_LIMIT, false, true),
    CLICKS_LIMIT(State.WAITING_FOR_CLICKS_LIMIT, false, true),
    COST_PER_IMPRESSION(State.WAITING_FOR_COST_PER_IMPRESSION, false, false),
    COST_PER_CLICK(State.WAITING_FOR_COST_PER_CLICK, false, false),
    GENDER(State.WAITING_FOR_GENDER, true, false),
    AGE_FROM(State.WAITING_FOR_AGE_FROM, true, false),
    AGE_TO(State.WAITING_FOR_AGE_TO, true, false),
    LOCATION(State.WAITING_FOR_LOCATION, true, false);

    private final State state;
    private final boolean targeting;
    private final boolean lockedAfterStart;

    CampaignField(State state, boolean targeting, boolean lockedAfterStart) {
        this.state = state;
        this.targeting = targeting;
        this.lockedAfterStart = lockedAfterStart;
    }

    public State state() {
        return state;
    }

    /** Targeting fields may be skipped: unset, they do not restrict who sees the ad. */
    public boolean targeting() {
        return targeting;
    }

    public boolean lockedAfterStart() {
        return lockedAfterStart;
    }

    /** The key of this field's texts in the bundles, e.g. {@code field.start_date}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CampaignField> waitingIn(State state) {
        return Arrays.stream(values()).filter(field -> field.state == state).findFirst();
    }
}
