package adengine.bot.campaign;

import adengine.bot.access.AdvertiserPicker;
import adengine.bot.access.Ownership;
import adengine.bot.conversation.Action;
import adengine.bot.conversation.Button;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Incoming;
import adengine.bot.conversation.ListPage;
import adengine.bot.conversation.Lists;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Session;
import adengine.bot.conversation.State;
import adengine.bot.conversation.Turn;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.CampaignService;
import adengine.core.campaign.TargetGender;
import adengine.core.common.UnavailableException;
import adengine.core.common.ValidationException;
import adengine.core.moderation.ModerationRejectedException;
import adengine.core.textgen.GenerateAdText;
import adengine.core.textgen.TextGenerationService;
import adengine.core.time.TimeService;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The step-by-step creation of a campaign: advertiser, title, text (typed or generated), days,
 * limits, prices and skippable targeting, then a summary to create, change or cancel. Every
 * answer is checked on the spot; a wrong one is explained and asked again, nothing is lost.
 */
public final class CampaignCreationFlow implements Flow {

    private final Ownership ownership;
    private final AdvertiserPicker picker;
    private final CampaignService campaigns;
    private final CampaignsFlow cards;
    private final TimeService time;
    private final TextGenerationService textGeneration;
    private final LocationCheck locationCheck;
    private final LocationChoice locations;

    public CampaignCreationFlow(Ownership ownership, AdvertiserPicker picker, CampaignService campaigns, CampaignsFlow cards,
            TimeService time, TextGenerationService textGeneration, LocationCheck locationCheck, LocationChoice locations) {
        this.ownership = Objects.requireNonNull(ownership);
        this.picker = Objects.requireNonNull(picker);
        this.campaigns = Objects.requireNonNull(campaigns);
        this.cards = Objects.requireNonNull(cards);
        this.time = Objects.requireNonNull(time);
        this.textGeneration = Objects.requireNonNull(textGeneration);
        this.locationCheck = Objects.requireNonNull(locationCheck);
        this.locations = Objects.requireNonNull(locations);
    }

    @Override
    public Set<Action> actions() {
        return EnumSet.of(Action.NEW_CAMPAIGN, Action.NEW_CAMPAIGN_FOR, Action.DUPLICATE_CAMPAIGN, Action.DRAFT_GENDER, Action.DRAFT_SKIP,
                Action.DRAFT_SKIP_TARGETING, Action.DRAFT_TODAY, Action.DRAFT_LOCATIONS, Action.DRAFT_LOCATION, Action.DRAFT_LOCATION_TYPED,
                Action.DRAFT_GENERATE, Action.DRAFT_USE_GENERATED,
                Action.DRAFT_CREATE, Action.DRAFT_CHANGE, Action.DRAFT_CHANGE_FIELD, Action.DRAFT_CANCEL, Action.DRAFT_DISCARD, Action.DRAFT_CONTINUE,
                Action.DRAFT_SUMMARY);
    }

    @Override
    public Set<State> states() {
        Set<State> states = Arrays.stream(DraftField.values()).map(DraftField::state)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(State.class)));
        states.add(State.CONFIRMING_CAMPAIGN);
        return states;
    }

    @Override
    public void press(Turn turn, Callback callback) {
        switch (callback.action()) {
            case NEW_CAMPAIGN -> chooseAdvertiser(turn, callback);
            case NEW_CAMPAIGN_FOR -> begin(turn, ownership.advertiser(turn.viewer(), callback.id(0)), new Draft());
            case DUPLICATE_CAMPAIGN -> duplicate(turn, ownership.campaign(turn.viewer(), callback.id(0)));
            case DRAFT_CANCEL -> leave(turn);
            case DRAFT_DISCARD -> discard(turn);
            default -> {
                if (DraftSession.of(turn.session()).isPresent()) {
                    step(turn, callback);
                } else {
                    turn.notice(turn.t("error.outdated_button"));
                }
            }
        }
    }

    /** Leaving a draft that holds answers asks first: they would be lost. */
    private void leave(Turn turn) {
        Session session = turn.session();
        int answers = DraftSession.of(session).map(draft -> draft.answers().size()).orElse(0);
        if (answers == 0) {
            discard(turn);
            return;
        }
        turn.show(Screen.of(turn.t("draft.leave_confirm", answers))
                .row(Action.DRAFT_DISCARD.button(turn.t("button.discard")), Action.DRAFT_CONTINUE.button(turn.t("button.continue")))
                .build());
    }

    private static void discard(Turn turn) {
        turn.session().reset();
        turn.show(Screen.of(turn.t("draft.cancelled")).row(turn.mainMenuButton()).build());
    }

    private void chooseAdvertiser(Turn turn, Callback pressed) {
        Optional<Advertiser> sole = ownership.soleAdvertiser(turn.viewer());
        if (sole.isPresent()) {
            begin(turn, sole.get(), new Draft());
        } else {
            turn.show(picker.pick(turn, turn.t("draft.choose_advertiser"), pressed, Action.NEW_CAMPAIGN_FOR));
        }
    }

    /** Starts the dialog with a title and text already chosen, e.g. from the text generator. */
    public void beginWithText(Turn turn, Advertiser advertiser, String title, String text) {
        Draft prefilled = new Draft();
        prefilled.put(DraftField.TITLE, title);
        prefilled.put(DraftField.TEXT, text);
        begin(turn, advertiser, prefilled);
    }

    /** A new campaign with every field of {@code original}, as many days long from today: the summary asks to create it. */
    private void duplicate(Turn turn, Campaign original) {
        CampaignSpec spec = original.spec();
        int today = time.currentDay();
        Draft copy = Draft.of(spec);
        copy.put(DraftField.START_DATE, String.valueOf(today));
        copy.put(DraftField.END_DATE, String.valueOf(Math.min(Integer.MAX_VALUE, (long) today + spec.endDate() - spec.startDate())));
        begin(turn, ownership.advertiser(turn.viewer(), original.advertiserId()), copy);
    }

    private void begin(Turn turn, Advertiser advertiser, Draft prefilled) {
        DraftSession.begin(turn.session(), advertiser.advertiserId(), prefilled);
        askNext(turn);
    }

    private void step(Turn turn, Callback callback) {
        Session session = turn.session();
        Optional<DraftField> asked = DraftField.waitingIn(session.state());
        switch (callback.action()) {
            case DRAFT_GENDER -> onlyWhenAsked(turn, asked, DraftField.GENDER,
                    () -> answer(turn, DraftField.GENDER, callback.option(0, TargetGender.class).name()));
            case DRAFT_TODAY -> onlyWhenAsked(turn, asked, DraftField.START_DATE,
                    () -> answer(turn, DraftField.START_DATE, String.valueOf(time.currentDay())));
            case DRAFT_LOCATIONS -> onlyWhenAsked(turn, asked, DraftField.LOCATION,
                    () -> ask(turn, DraftField.LOCATION, null, locations.offer(LocationOffer.pageOf(callback, session))));
            case DRAFT_LOCATION -> onlyWhenAsked(turn, asked, DraftField.LOCATION, () -> chooseLocation(turn, callback));
            // the typed location was checked when it was typed, and narrowed the list instead of answering
            case DRAFT_LOCATION_TYPED -> onlyWhenAsked(turn, asked, DraftField.LOCATION, () -> answer(turn, DraftField.LOCATION,
                    session.recall(callback.arg(0)).orElseThrow(Callback.MalformedCallbackException::new)));
            case DRAFT_GENERATE -> onlyWhenAsked(turn, asked, DraftField.TEXT, () -> generate(turn));
            case DRAFT_USE_GENERATED -> onlyWhenAsked(turn, asked, DraftField.TEXT,
                    () -> answer(turn, DraftField.TEXT, DraftSession.in(session).generated()));
            case DRAFT_SKIP -> {
                if (asked.isPresent() && asked.get().targeting()) {
                    answer(turn, asked.get(), Draft.SKIPPED);
                } else {
                    turn.notice(turn.t("error.outdated_button"));
                }
            }
            case DRAFT_SKIP_TARGETING -> {
                DraftSession.in(session).skipUnansweredTargeting(session);
                askNext(turn);
            }
            case DRAFT_CREATE -> {
                if (session.state() == State.CONFIRMING_CAMPAIGN) {
                    create(turn);
                } else {
                    turn.notice(turn.t("error.outdated_button"));
                }
            }
            case DRAFT_CHANGE -> chooseFieldToChange(turn);
            case DRAFT_CHANGE_FIELD -> {
                DraftSession.in(session).changing(session, true);
                ask(turn, callback.option(0, DraftField.class), null);
            }
            case DRAFT_CONTINUE -> askNext(turn);
            case DRAFT_SUMMARY -> {
                DraftSession.in(session).changing(session, false);
                summary(turn, null);
            }
            default -> throw new IllegalArgumentException(callback.action().name());
        }
    }

    private static void onlyWhenAsked(Turn turn, Optional<DraftField> asked, DraftField expected, Runnable step) {
        if (asked.equals(Optional.of(expected))) {
            step.run();
        } else {
            turn.notice(turn.t("error.outdated_button"));
        }
    }

    @Override
    public void input(Turn turn, Incoming input) {
        Session session = turn.session();
        if (DraftSession.of(session).isEmpty()) {
            session.reset();
            turn.send(Screen.of(turn.t("hint.use_menu")).row(turn.mainMenuButton()).build());
            return;
        }
        if (session.state() == State.CONFIRMING_CAMPAIGN) {
            summary(turn, turn.t("draft.use_buttons"));
            return;
        }
        DraftField field = DraftField.waitingIn(session.state()).orElseThrow();
        if (!(input instanceof Incoming.Typed typed)) {
            ask(turn, field, turn.t("input.text_expected"));
            return;
        }
        String value;
        try {
            value = FieldInput.read(field, typed.text(), DraftSession.in(session).draft(), time.currentDay());
        } catch (InvalidInput invalid) {
            ask(turn, field, invalid.explain(turn.texts()));
            return;
        }
        Optional<LocationOffer> containing = field == DraftField.LOCATION ? locations.narrowedBy(session, value) : Optional.empty();
        if (containing.isPresent()) {
            ask(turn, field, null, containing.get());
        } else {
            answer(turn, field, value);
        }
    }

    private void answer(Turn turn, DraftField field, String value) {
        DraftSession.in(turn.session()).answer(turn.session(), field, value);
        askNext(turn, locationCheck.warning(turn, field, value));
    }

    /** A location button of a list that no longer has that location in its place says so and shows the list as it is now. */
    private void chooseLocation(Turn turn, Callback pressed) {
        LocationOffer offer = locations.offer(LocationOffer.pageOf(pressed, turn.session()));
        Optional<String> location = offer.at(pressed);
        if (location.isPresent()) {
            answer(turn, DraftField.LOCATION, location.get());
        } else {
            turn.notice(turn.t("location.list_changed"));
            ask(turn, DraftField.LOCATION, null, offer);
        }
    }

    private void askNext(Turn turn) {
        askNext(turn, null);
    }

    /** The next question, or the summary once every field is answered, under {@code warning} when there is one. */
    private void askNext(Turn turn, String warning) {
        Session session = turn.session();
        DraftSession draft = DraftSession.in(session);
        Optional<DraftField> next = draft.draft().nextMissing();
        if (draft.changing() || next.isEmpty()) {
            draft.changing(session, false);
            summary(turn, warning);
        } else {
            ask(turn, next.get(), warning);
        }
    }

    private void ask(Turn turn, DraftField field, String problem) {
        ask(turn, field, problem, field == DraftField.LOCATION ? locations.offer(ListPage.of(1)) : null);
    }

    /**
     * Asks for {@code field}: the next step of the dialog, or, when changing a field from the summary,
     * a way back to it. The location is asked with {@code offer}, the client locations to choose from.
     */
    private void ask(Turn turn, DraftField field, String problem, LocationOffer offer) {
        turn.session().state(field.state());
        int today = time.currentDay();
        boolean fromSummary = DraftSession.in(turn.session()).changing();
        boolean offerGeneration = field == DraftField.TEXT && textGeneration.available();
        String heading = fromSummary ? turn.t("draft.changing") : turn.t("draft.step", field.ordinal() + 1, DraftField.values().length);
        String question = heading + "\n" + CampaignView.question(turn, field, today)
                + (offerGeneration ? "\n" + turn.t("ask.text_or_generate") : "");
        if (offer != null) {
            question = Lists.heading(turn, question, offer.view(), offer.page().total());
        }
        Screen.Builder screen = Screen.of(CampaignView.afterProblem(problem, question));
        if (offerGeneration) {
            screen.row(Action.DRAFT_GENERATE.button(turn.t("button.generate")));
        }
        switch (field) {
            case START_DATE -> screen.row(Action.DRAFT_TODAY.button(turn.t("button.today", today)));
            case GENDER -> screen.row(genderButtons(turn, Action.DRAFT_GENDER).toArray(Button[]::new));
            case LOCATION -> offer.addTo(turn, screen);
            default -> {
            }
        }
        if (field.targeting()) {
            screen.row(Action.DRAFT_SKIP.button(turn.t("button.skip")), Action.DRAFT_SKIP_TARGETING.button(turn.t("button.skip_targeting")));
        }
        Button leave = fromSummary ? Action.DRAFT_SUMMARY.button(turn.t("button.to_summary"))
                : Action.DRAFT_CANCEL.button(turn.t("button.cancel"));
        turn.show(screen.row(leave).build());
    }

    /** The three audience buttons, shared with editing; each carries the gender's name after the action's id. */
    static List<Button> genderButtons(Turn turn, Action action, Object... prefix) {
        return Arrays.stream(TargetGender.values())
                .map(gender -> action.button(turn.t("gender." + gender.name().toLowerCase(Locale.ROOT)),
                        append(prefix, gender.name())))
                .toList();
    }

    private static Object[] append(Object[] prefix, Object last) {
        Object[] args = Arrays.copyOf(prefix, prefix.length + 1);
        args[prefix.length] = last;
        return args;
    }

    private void summary(Turn turn, String problem) {
        Session session = turn.session();
        session.state(State.CONFIRMING_CAMPAIGN);
        DraftSession draft = DraftSession.in(session);
        Advertiser advertiser = ownership.advertiser(turn.viewer(), draft.advertiserId());
        String text = turn.t("draft.summary", Html.escape(advertiser.name()), CampaignView.fields(turn, draft.draft()));
        turn.show(Screen.of(CampaignView.afterProblem(problem, text))
                .row(Action.DRAFT_CREATE.button(turn.t("button.create")), Action.DRAFT_CHANGE.button(turn.t("button.change")))
                .row(Action.DRAFT_CANCEL.button(turn.t("button.cancel")))
                .build());
    }

    private void chooseFieldToChange(Turn turn) {
        List<Button> fields = Arrays.stream(DraftField.values())
                .map(field -> Action.DRAFT_CHANGE_FIELD.button(turn.t("field." + field.key()), field.name()))
                .toList();
        turn.show(Screen.of(turn.t("draft.choose_field"))
                .grid(fields, 2)
                .row(Action.DRAFT_SUMMARY.button(turn.t("button.back")))
                .build());
    }

    private void generate(Turn turn) {
        Session session = turn.session();
        Draft draft = DraftSession.in(session).draft();
        Advertiser advertiser = ownership.advertiser(turn.viewer(), DraftSession.in(session).advertiserId());
        turn.typing();
        String text;
        try {
            text = textGeneration.generate(new GenerateAdText(draft.get(DraftField.TITLE).orElseThrow(), advertiser.name(),
                    advertiser.advertiserId()));
        } catch (UnavailableException e) {
            turn.notice(turn.t("generate.unavailable_notice"));
            ask(turn, DraftField.TEXT, turn.t("generate.unavailable"));
            return;
        }
        DraftSession.in(session).generated(session, text);
        turn.show(Screen.of(turn.t("draft.generated", Html.escape(text)))
                .row(Action.DRAFT_USE_GENERATED.button(turn.t("button.use_text")), Action.DRAFT_GENERATE.button(turn.t("button.another")))
                .row(Action.DRAFT_CANCEL.button(turn.t("button.cancel")))
                .build());
    }

    private void create(Turn turn) {
        Session session = turn.session();
        UUID advertiserId = DraftSession.in(session).advertiserId();
        ownership.confirmBeforeChange(turn, advertiserId);
        Campaign campaign;
        try {
            campaign = campaigns.create(advertiserId, DraftSession.in(session).draft().toSpec());
        } catch (ValidationException invalid) {
            summary(turn, turn.texts().problems(invalid.problems()));
            return;
        } catch (ModerationRejectedException rejected) {
            summary(turn, turn.t("error.moderation", turn.texts().problems(rejected.rejections())));
            return;
        }
        session.reset();
        turn.notice(turn.t("draft.created"));
        cards.showCard(turn, campaign);
    }
}
