package adengine.bot.conversation;

import java.util.Set;

/** One feature's part of the conversation: the buttons it answers and the dialog states it owns. */
public interface Flow {
    Set<Action> actions();

    default Set<State> states() {
        return Set.of();
    }

    void press(Turn turn, Callback callback);

    /** A typed text or a sent file while the chat is in one of {@link #states()}. */
    default void input(Turn turn, Incoming input) {
        throw new IllegalStateException(getClass().getSimpleName() + " owns no dialog state");
    }
}
