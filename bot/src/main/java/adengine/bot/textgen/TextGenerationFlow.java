package adengine.bot.textgen;

import adengine.bot.access.AdvertiserPicker;
import adengine.bot.access.Ownership;
import adengine.bot.campaign.CampaignCreationFlow;
import adengine.bot.conversation.Action;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Dialog;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Incoming;
import adengine.bot.conversation.ListPage;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Session;
import adengine.bot.conversation.State;
import adengine.bot.conversation.Turn;
import adengine.core.advertiser.Advertiser;
import adengine.core.common.UnavailableException;
import adengine.core.common.ValidationException;
import adengine.core.textgen.GenerateAdText;
import adengine.core.textgen.TextGenerationService;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Ad text generation: a title, then an advertiser name (typed, or picked from the pages of the
 * user's advertisers), then the text with «another one» and «create a campaign with this text».
 */
public final class TextGenerationFlow implements Flow {
    /** The title asked for, the advertiser (one of the user's, or a name typed), the text last generated. */
    record Generation(String title, String name, UUID advertiserId, String text) implements Dialog {
        Generation forAdvertiser(String advertiserName, UUID id) {
            return new Generation(title, advertiserName, id, text);
        }

        Generation generated(String generatedText) {
            return new Generation(title, name, advertiserId, generatedText);
        }
    }

    private final Ownership ownership;
    private final AdvertiserPicker picker;
    private final TextGenerationService generator;
    private final CampaignCreationFlow creation;

    public TextGenerationFlow(Ownership ownership, AdvertiserPicker picker, TextGenerationService generator,
            CampaignCreationFlow creation) {
        this.ownership = Objects.requireNonNull(ownership);
        this.picker = Objects.requireNonNull(picker);
        this.generator = Objects.requireNonNull(generator);
        this.creation = Objects.requireNonNull(creation);
    }

    @Override
    public Set<Action> actions() {
        return EnumSet.of(Action.GENERATE, Action.GENERATE_FOR, Action.GENERATE_ADVERTISERS, Action.GENERATE_MORE, Action.GENERATE_USE,
                Action.GENERATE_USE_PAGE);
    }

    @Override
    public Set<State> states() {
        return EnumSet.of(State.WAITING_FOR_GENERATION_TITLE, State.WAITING_FOR_GENERATION_ADVERTISER, State.SHOWING_GENERATED_TEXT);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        Session session = turn.session();
        switch (callback.action()) {
            case GENERATE -> {
                // the menu offers no generation then: this is a menu kept from before, or a crafted button
                if (!generator.available()) {
                    turn.show(Screen.of(turn.t("generate.not_configured")).row(turn.mainMenuButton()).build());
                    return;
                }
                session.reset();
                session.state(State.WAITING_FOR_GENERATION_TITLE);
                session.dialog(new Generation(null, null, null, null));
                turn.show(Screen.of(turn.t("generate.ask_title")).row(turn.mainMenuButton()).build());
            }
            case GENERATE_FOR -> {
                Advertiser advertiser = ownership.advertiser(turn.viewer(), callback.id(0));
                Optional<Generation> generation = session.dialog(Generation.class);
                if (generation.isEmpty()) {
                    turn.notice(turn.t("error.outdated_button"));
                    return;
                }
                session.dialog(generation.get().forAdvertiser(advertiser.name(), advertiser.advertiserId()));
                generate(turn);
            }
            case GENERATE_ADVERTISERS -> {
                if (session.state() == State.WAITING_FOR_GENERATION_ADVERTISER) {
                    askAdvertiser(turn, ListPage.of(callback.number(0)));
                } else {
                    turn.notice(turn.t("error.outdated_button"));
                }
            }
            case GENERATE_MORE -> {
                if (session.state() == State.SHOWING_GENERATED_TEXT) {
                    generate(turn);
                } else {
                    turn.notice(turn.t("error.outdated_button"));
                }
            }
            case GENERATE_USE, GENERATE_USE_PAGE -> use(turn, callback);
            default -> throw new IllegalArgumentException(callback.action().name());
        }
    }

    @Override
    public void input(Turn turn, Incoming input) {
        Session session = turn.session();
        if (!(input instanceof Incoming.Typed typed) || typed.text().isBlank()) {
            turn.send(Screen.of("⚠️ " + turn.t("input.text_expected")).row(turn.mainMenuButton()).build());
            return;
        }
        String text = typed.text().strip();
        switch (session.state()) {
            case WAITING_FOR_GENERATION_TITLE -> {
                session.dialog(new Generation(text, null, null, null));
                session.state(State.WAITING_FOR_GENERATION_ADVERTISER);
                askAdvertiser(turn, ListPage.of(1));
            }
            case WAITING_FOR_GENERATION_ADVERTISER -> {
                session.dialog(session.dialog(Generation.class).orElseThrow().forAdvertiser(text, null));
                generate(turn);
            }
            default -> turn.send(Screen.of(turn.t("generate.use_buttons")).row(turn.mainMenuButton()).build());
        }
    }

    /** A typed text names the advertiser here, so its list pages but offers no search. */
    private void askAdvertiser(Turn turn, ListPage page) {
        turn.show(picker.pick(turn, turn.t("generate.ask_advertiser"), page, Action.GENERATE_FOR, Action.GENERATE_ADVERTISERS));
    }

    private void generate(Turn turn) {
        Session session = turn.session();
        Generation generation = session.dialog(Generation.class).orElseThrow();
        turn.typing();
        String text;
        try {
            text = generator.generate(new GenerateAdText(generation.title(), generation.name(), generation.advertiserId()));
        } catch (ValidationException invalid) {
            session.state(State.WAITING_FOR_GENERATION_TITLE);
            turn.send(Screen.of("⚠️ " + turn.texts().problems(invalid.problems()) + "\n\n" + turn.t("generate.ask_title")).row(turn.mainMenuButton()).build());
            return;
        } catch (UnavailableException e) {
            // a retry that fails again leaves the screen as it is: the notice says it was tried
            turn.notice(turn.t("generate.unavailable_notice"));
            turn.show(Screen.of(turn.t("generate.unavailable"))
                    .row(Action.GENERATE_MORE.button(turn.t("button.retry")))
                    .row(turn.mainMenuButton()).build());
            session.state(State.SHOWING_GENERATED_TEXT);
            return;
        }
        session.dialog(generation.generated(text));
        session.state(State.SHOWING_GENERATED_TEXT);
        turn.show(Screen.of(turn.t("generate.result", Html.escape(generation.title()), Html.escape(text)))
                .row(Action.GENERATE_MORE.button(turn.t("button.another")))
                .row(Action.GENERATE_USE.button(turn.t("button.create_with_text")))
                .row(turn.mainMenuButton())
                .build());
    }

    private void use(Turn turn, Callback callback) {
        Session session = turn.session();
        Optional<Generation> generation = session.dialog(Generation.class).filter(shown -> shown.text() != null);
        if (session.state() != State.SHOWING_GENERATED_TEXT || generation.isEmpty()) {
            turn.notice(turn.t("error.outdated_button"));
            return;
        }
        if (callback.action() == Action.GENERATE_USE_PAGE) {
            chooseAdvertiser(turn, ListPage.of(callback.number(0)));
            return;
        }
        Optional<Advertiser> advertiser = callback.args().isEmpty()
                ? Optional.ofNullable(generation.get().advertiserId()).map(id -> ownership.advertiser(turn.viewer(), id))
                        .or(() -> ownership.soleAdvertiser(turn.viewer()))
                : Optional.of(ownership.advertiser(turn.viewer(), callback.id(0)));
        if (advertiser.isEmpty()) {
            chooseAdvertiser(turn, ListPage.of(1));
            return;
        }
        creation.beginWithText(turn, advertiser.get(), generation.get().title(), generation.get().text());
    }

    /** The text names no advertiser of the user's: which one should run the campaign? */
    private void chooseAdvertiser(Turn turn, ListPage page) {
        turn.show(picker.pick(turn, turn.t("draft.choose_advertiser"), page, Action.GENERATE_USE, Action.GENERATE_USE_PAGE));
    }
}
