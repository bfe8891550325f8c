package adengine.bot.campaign;

import adengine.bot.conversation.State;
import adengine.core.campaign.CampaignField;
import java.util.Arrays;
import java.util.Optional;

/**
 * The campaign's fields in the order the creation dialog asks for them, each with the dialog
 * state that waits for it. What a field may do (be skipped, change after the start) is the
 * campaign's rule: {@link CampaignField}.
 */
public enum DraftField {
    TITLE(CampaignField.AD_TITLE, State.WAITING_FOR_AD_TITLE),
    TEXT(CampaignField.AD_TEXT, State.WAITING_FOR_AD_TEXT),
    START_DATE(CampaignField.START_DATE, State.WAITING_FOR_START_DATE),
    END_DATE(CampaignField.END_DATE, State.WAITING_FOR_END_DATE),
    IMPRESSIONS_LIMIT(CampaignField.IMPRESSIONS_LIMIT, State.WAITING_FOR_IMPRESSIONS_LIMIT),
    CLICKS_LIMIT(CampaignField.CLICKS_LIMIT, State.WAITING_FOR_CLICKS_LIMIT),
    COST_PER_IMPRESSION(CampaignField.COST_PER_IMPRESSION, State.WAITING_FOR_COST_PER_IMPRESSION),
    COST_PER_CLICK(CampaignField.COST_PER_CLICK, State.WAITING_FOR_COST_PER_CLICK),
    GENDER(CampaignField.GENDER, State.WAITING_FOR_GENDER),
    AGE_FROM(CampaignField.AGE_FROM, State.WAITING_FOR_AGE_FROM),
    AGE_TO(CampaignField.AGE_TO, State.WAITING_FOR_AGE_TO),
    LOCATION(CampaignField.LOCATION, State.WAITING_FOR_LOCATION);

    private final CampaignField field;
    private final State state;

    DraftField(CampaignField field, State state) {
        this.field = field;
        this.state = state;
    }

    public CampaignField field() {
        return field;
    }

    public State state() {
        return state;
    }

    public boolean targeting() {
        return field.targeting();
    }

    public boolean lockedAfterStart() {
        return field.lockedAfterStart();
    }

    /** The key of this field's texts in the bundles, e.g. {@code field.start_date}: its contract name. */
    public String key() {
        return field.contractName();
    }

    static Optional<DraftField> waitingIn(State state) {
        return Arrays.stream(values()).filter(field -> field.state == state).findFirst();
    }
}
