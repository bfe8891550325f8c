package adengine.core.conversation;

import java.util.Optional;

/**
 * Where the bot keeps each chat's conversation (the dialog state and what was entered so far) so
 * that a restart in the middle of a dialog loses nothing. Entries expire when a chat goes quiet.
 */
public interface ConversationStore {
    Optional<String> load(long chatId);

    void save(long chatId, String conversation);

    void clear(long chatId);
}
