package adengine.bot.conversation;

import adengine.core.common.SearchTerm;
import adengine.core.common.ValidationException;
import java.util.Optional;

/**
 * «🔎 Search» on a long list: the button carries the data of the list's first page and asks for a
 * part of a name; the typed text becomes that data with the search's key appended, pressed as the
 * list's own button, so each list shows its search results the way it shows its pages.
 */
final class ListSearch {
    /** The data of the list the typed text searches. */
    record Searching(String list) implements Dialog {
    }

    private ListSearch() {
    }

    /** The list a search button searches, at its first page; only a searchable list, anything else is a crafted button. */
    static Callback list(Callback searchButton) {
        return searchable(String.join(String.valueOf(Action.SEPARATOR), searchButton.args()));
    }

    /** Asks for the text, with a way back to the whole list. */
    static void ask(Turn turn, Callback searchButton) {
        Session session = turn.session();
        session.reset();
        session.state(State.WAITING_FOR_SEARCH);
        session.dialog(new Searching(list(searchButton).data()));
        prompt(turn, null);
    }

    /** The list's button for the typed text; empty when the text cannot be a search, which is then asked again. */
    static Optional<Callback> typed(Turn turn, Incoming input) {
        Session session = turn.session();
        String list = session.dialog(Searching.class).orElseThrow().list();
        String text = input instanceof Incoming.Typed typed ? typed.text().strip() : "";
        String problem = problem(turn, input, text);
        if (problem != null) {
            prompt(turn, problem);
            return Optional.empty();
        }
        session.reset();
        return Optional.of(searchable(list + Action.SEPARATOR + session.remember(text)));
    }

    /** What keeps the text from being a search, in core's words, or null. */
    private static String problem(Turn turn, Incoming input, String text) {
        if (!(input instanceof Incoming.Typed) || text.isEmpty()) {
            return turn.t("input.text_expected");
        }
        try {
            new SearchTerm(text);
            return null;
        } catch (ValidationException invalid) {
            return turn.texts().problems(invalid.problems());
        }
    }

    private static void prompt(Turn turn, String problem) {
        String ask = turn.t("search.ask");
        turn.show(Screen.of(problem == null ? ask : "⚠️ " + problem + "\n\n" + ask)
                .row(new Button(turn.t("button.back"), turn.session().dialog(Searching.class).orElseThrow().list()))
                .build());
    }

    private static Callback searchable(String data) {
        return Callback.parse(data).filter(list -> list.action().searchable())
                .orElseThrow(Callback.MalformedCallbackException::new);
    }
}
