package adengine.bot.conversation;

import adengine.bot.conversation.Callback.MalformedCallbackException;
import adengine.core.access.ChatAccess;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each update of a chat: commands (its own, then those of flows), then buttons by their
 * action, then typed text and files by the user's dialog state. It loads the session of the user
 * in the chat before and stores it after, keeps a bound chat's language current, answers every
 * pressed button, and turns every failure into a message instead of an exception.
 */
public final class ConversationEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationEngine.class);
    private static final Set<Action> OWN_ACTIONS = EnumSet.of(Action.BACK_MAIN, Action.NOOP, Action.SEARCH);

    private final Sessions sessions;
    private final Viewers viewers;
    private final ChatLanguages languages;
    private final Outbox outbox;
    private final Home home;
    private final Map<Action, Flow> byAction = new EnumMap<>(Action.class);
    private final Map<State, Flow> byState = new EnumMap<>(State.class);
    private final Map<String, Flow> byCommand = new HashMap<>();

    public ConversationEngine(Sessions sessions, Viewers viewers, ChatLanguages languages, Outbox outbox, Home home, List<Flow> flows) {
        this.sessions = Objects.requireNonNull(sessions);
        this.viewers = Objects.requireNonNull(viewers);
        this.languages = Objects.requireNonNull(languages);
        this.outbox = Objects.requireNonNull(outbox);
        this.home = Objects.requireNonNull(home);
        for (Flow flow : flows) {
            flow.actions().forEach(action -> claim(byAction, action, flow));
            flow.states().forEach(state -> claim(byState, state, flow));
            flow.commands().forEach(command -> claim(byCommand, command, flow));
        }
        Set<Action> unanswered = EnumSet.complementOf(EnumSet.copyOf(byAction.keySet()));
        unanswered.removeAll(OWN_ACTIONS);
        if (!unanswered.isEmpty()) {
            throw new IllegalArgumentException("no flow answers " + unanswered);
        }
    }

    private static <K> void claim(Map<K, Flow> owners, K key, Flow flow) {
        Flow previous = owners.put(key, flow);
        if (previous != null) {
            throw new IllegalArgumentException(key + " is claimed by " + previous.getClass().getSimpleName()
                    + " and " + flow.getClass().getSimpleName());
        }
    }

    public void handle(Incoming incoming) {
        Session session = sessions.load(incoming.chatId(), incoming.userId());
        Texts texts = Texts.forLanguage(incoming.languageCode());
        Turn turn = null;
        try {
            Viewer viewer = viewers.identify(incoming.chatId(), incoming.chatKind(), incoming.userId());
            // only a chat with bindings has somewhere to keep it (a binding made by this update starts in
            // it), and one whose bindings keep this language already costs no write
            if (!viewer.advertisers().isEmpty() && !viewer.chat().languages().equals(Set.of(texts.language()))) {
                languages.answeredIn(incoming.chatId(), texts.language());
            }
            Shown pressedMessage = incoming instanceof Incoming.Pressed pressed ? pressed.message() : null;
            turn = new Turn(viewer, texts, session, outbox, pressedMessage);
            route(turn, incoming);
        } catch (RuntimeException e) {
            explain(turn == null ? new Turn(new Viewer(incoming.chatId(), incoming.chatKind(), incoming.userId(), false,
                    new ChatAccess(List.of(), Set.of())),
                    texts, session, outbox, null) : turn, e);
        } finally {
            sessions.save(incoming.chatId(), incoming.userId(), session);
            if (incoming instanceof Incoming.Pressed pressed) {
                outbox.answer(pressed.callbackId(), turn == null ? "" : turn.notice());
            }
        }
    }

    private void route(Turn turn, Incoming incoming) {
        if (incoming instanceof Incoming.Typed typed && typed.text().startsWith("/")) {
            command(turn, typed.text());
        } else if (turn.viewer().stranger()) {
            home.welcomeStranger(turn);
        } else if (incoming instanceof Incoming.Pressed pressed) {
            press(turn, Callback.parse(pressed.data()).orElseThrow(MalformedCallbackException::new));
        } else if (turn.session().state() == State.WAITING_FOR_SEARCH) {
            ListSearch.typed(turn, incoming).ifPresent(list -> press(turn, list));
        } else {
            Flow owner = byState.get(turn.session().state());
            if (owner == null) {
                turn.send(Screen.of(turn.t("hint.use_menu")).row(turn.mainMenuButton()).build());
            } else {
                owner.input(turn, incoming);
            }
        }
    }

    private void command(Turn turn, String text) {
        String[] words = text.strip().split("\\s+", 2);
        String name = words[0].contains("@") ? words[0].substring(0, words[0].indexOf('@')) : words[0];
        String argument = words.length > 1 ? words[1] : "";
        switch (name) {
            case "/start" -> home.start(turn, argument);
            case "/help" -> home.help(turn);
            case "/cancel" -> {
                boolean inDialog = turn.session().state() != State.IDLE;
                turn.session().reset();
                if (turn.viewer().stranger()) {
                    home.welcomeStranger(turn);
                } else {
                    turn.send(Screen.of(turn.t(inDialog ? "cancel.done" : "cancel.nothing")).row(turn.mainMenuButton()).build());
                }
            }
            case "/menu" -> {
                if (turn.viewer().stranger()) {
                    home.welcomeStranger(turn);
                } else {
                    home.show(turn);
                }
            }
            default -> {
                Flow owner = byCommand.get(name);
                if (owner == null) {
                    turn.send(Screen.of(turn.t("hint.unknown_command")).row(turn.mainMenuButton()).build());
                } else {
                    owner.command(turn, name);
                }
            }
        }
    }

    /** A pressed button, or a list's button pressed on the user's behalf with the search they typed. */
    private void press(Turn turn, Callback callback) {
        // a search button is refused like the list it searches, before it asks anything
        Action action = callback.action() == Action.SEARCH ? ListSearch.list(callback).action() : callback.action();
        if (action.adminOnly() && !turn.viewer().admin()) {
            turn.notice(turn.t("error.admins_only"));
            return;
        }
        switch (callback.action()) {
            case BACK_MAIN -> home.show(turn);
            case NOOP -> {
            }
            case SEARCH -> ListSearch.ask(turn, callback);
            default -> byAction.get(callback.action()).press(turn, callback);
        }
    }

    private static void explain(Turn turn, RuntimeException e) {
        String text = Explanations.of(turn.texts(), e).orElseGet(() -> {
            LOG.error("Failed to handle an update of a chat", e);
            return turn.t("error.internal");
        });
        turn.notice(turn.t("error.notice"));
        turn.send(Screen.of(text).row(turn.mainMenuButton()).build());
    }
}
