package adengine.core.conversation;

import java.util.Optional;

/**
 * Where the bot keeps each user's conversation in each chat (the dialog state and what was entered
 * so far), so that a restart in the middle of a dialog loses nothing and two members of one group
 * never share a dialog. Entries expire when a conversation goes quiet.
 */
public interface ConversationStore {
    Optional<String> load(long chatId, long userId);

    void save(long chatId, long userId, String conversation);

    void clear(long chatId, long userId);
}
