package adengine.bot.campaign;

import adengine.bot.access.Ownership;
import adengine.bot.conversation.Action;
import adengine.bot.conversation.Button;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Dialog;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Incoming;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Session;
import adengine.bot.conversation.State;
import adengine.bot.conversation.Turn;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignPatch;
import adengine.core.campaign.CampaignService;
import adengine.core.campaign.TargetGender;
import adengine.bot.conversation.Html;
import adengine.core.common.ValidationException;
import adengine.core.moderation.ModerationRejectedException;
import adengine.core.time.TimeService;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Changes one field of an existing campaign; fields locked after the start are not offered then. */
public final class CampaignEditFlow implements Flow {
    /** The field of a campaign whose new value the next typed text is. */
    record Editing(UUID campaignId, DraftField field) implements Dialog {
    }

    private final Ownership ownership;
    private final CampaignService campaigns;
    private final CampaignsFlow cards;
    private final TimeService time;
    private final LocationCheck locations;

    public CampaignEditFlow(Ownership ownership, CampaignService campaigns, CampaignsFlow cards, TimeService time,
            LocationCheck locations) {
        this.ownership = Objects.requireNonNull(ownership);
        this.campaigns = Objects.requireNonNull(campaigns);
        this.cards = Objects.requireNonNull(cards);
        this.time = Objects.requireNonNull(time);
        this.locations = Objects.requireNonNull(locations);
    }

    @Override
    public Set<Action> actions() {
        return EnumSet.of(Action.EDIT_CAMPAIGN, Action.EDIT_FIELD, Action.EDIT_GENDER);
    }

    @Override
    public Set<State> states() {
        return EnumSet.of(State.WAITING_FOR_NEW_VALUE);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        Campaign campaign = ownership.campaign(turn.viewer(), callback.id(0));
        switch (callback.action()) {
            case EDIT_CAMPAIGN -> chooseField(turn, campaign);
            case EDIT_FIELD -> ask(turn, campaign, editable(campaign, callback.option(1, DraftField.class)), null);
            case EDIT_GENDER -> save(turn, campaign, DraftField.GENDER, callback.option(1, TargetGender.class).name());
            default -> throw new IllegalArgumentException(callback.action().name());
        }
    }

    private void chooseField(Turn turn, Campaign campaign) {
        boolean started = campaign.hasStarted(time.currentDay());
        List<Button> fields = Arrays.stream(DraftField.values())
                .filter(field -> !(started && field.lockedAfterStart()))
                .map(field -> Action.EDIT_FIELD.button(turn.t("field." + field.key()), campaign.campaignId(), field.name()))
                .toList();
        turn.show(Screen.of(turn.t(started ? "edit.choose_field_started" : "edit.choose_field", Html.escape(campaign.spec().adTitle())))
                .grid(fields, 2)
                .row(Action.CAMPAIGN.button(turn.t("button.back"), campaign.campaignId()), turn.mainMenuButton())
                .build());
    }

    /** A crafted button for a locked field is refused like the domain would refuse the change. */
    private DraftField editable(Campaign campaign, DraftField field) {
        if (field.lockedAfterStart() && campaign.hasStarted(time.currentDay())) {
            throw new Callback.MalformedCallbackException();
        }
        return field;
    }

    private void ask(Turn turn, Campaign campaign, DraftField field, String problem) {
        Session session = turn.session();
        session.reset();
        session.state(State.WAITING_FOR_NEW_VALUE);
        session.dialog(new Editing(campaign.campaignId(), field));
        String current = Draft.of(campaign.spec()).get(field).map(value -> CampaignView.value(turn, field, value)).orElse("—");
        String question = turn.t("edit.ask", turn.t("field." + field.key()), current) + "\n"
                + CampaignView.question(turn, field, time.currentDay());
        Screen.Builder screen = Screen.of(CampaignView.afterProblem(problem, question));
        if (field == DraftField.GENDER) {
            screen.row(CampaignCreationFlow.genderButtons(turn, Action.EDIT_GENDER, campaign.campaignId()).toArray(Button[]::new));
        }
        turn.show(screen.row(Action.CAMPAIGN.button(turn.t("button.cancel"), campaign.campaignId()), turn.mainMenuButton()).build());
    }

    @Override
    public void input(Turn turn, Incoming input) {
        Session session = turn.session();
        Editing editing = session.dialog(Editing.class).orElseThrow();
        Campaign campaign = ownership.campaign(turn.viewer(), editing.campaignId());
        DraftField field = editing.field();
        if (!(input instanceof Incoming.Typed typed)) {
            ask(turn, campaign, field, turn.t("input.text_expected"));
            return;
        }
        try {
            save(turn, campaign, field, FieldInput.read(field, typed.text(), Draft.of(campaign.spec()), time.currentDay()));
        } catch (InvalidInput invalid) {
            ask(turn, campaign, field, invalid.explain(turn.texts()));
        }
    }

    private void save(Turn turn, Campaign campaign, DraftField field, String value) {
        Draft changed = Draft.of(campaign.spec());
        changed.put(field, value);
        Campaign saved;
        ownership.confirmBeforeChange(turn, campaign.advertiserId());
        try {
            saved = campaigns.update(campaign.advertiserId(), campaign.campaignId(), CampaignPatch.copying(field.field(), changed.toSpec()));
        } catch (ValidationException invalid) {
            ask(turn, campaign, field, turn.texts().problems(invalid.problems()));
            return;
        } catch (ModerationRejectedException rejected) {
            ask(turn, campaign, field, turn.t("error.moderation", turn.texts().problems(rejected.rejections())));
            return;
        }
        turn.session().reset();
        turn.notice(turn.t("edit.saved"));
        cards.showCard(turn, saved, locations.warning(turn, field, value));
    }
}
