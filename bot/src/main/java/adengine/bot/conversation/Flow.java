package adengine.bot.conversation;

import java.util.Set;

/** One feature's part of the conversation: the buttons it answers, the dialog states and the slash commands it owns. */
public interface Flow {
    Set<Action> actions();

    default Set<State> states() {
        return Set.of();
    }

    /** Commands beyond /start, /help, /cancel and /menu, with their slash ({@code /allow_group}). */
    default Set<String> commands() {
        return Set.of();
    }

    void press(Turn turn, Callback callback);

    /** A typed text or a sent file while the chat is in one of {@link #states()}. */
    default void input(Turn turn, Incoming input) {
        throw new IllegalStateException(getClass().getSimpleName() + " owns no dialog state");
    }

    /** One of {@link #commands()}, sent by anyone: the flow decides who may. */
    default void command(Turn turn, String name) {
        throw new IllegalStateException(getClass().getSimpleName() + " owns no command");
    }
}
