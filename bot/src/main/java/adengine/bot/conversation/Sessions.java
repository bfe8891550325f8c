package adengine.bot.conversation;

import adengine.core.conversation.ConversationStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and stores a {@link Session} as JSON in the conversation store, one per user in each chat:
 * two members of a group never share a dialog.
 */
public final class Sessions {
    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConversationStore store;

    public Sessions(ConversationStore store) {
        this.store = Objects.requireNonNull(store);
    }

    Session load(long chatId, long userId) {
        return store.load(chatId, userId).map(Sessions::parse).orElseGet(Session::fresh);
    }

    void save(long chatId, long userId, Session session) {
        if (session.isEmpty()) {
            store.clear(chatId, userId);
            return;
        }
        try {
            store.save(chatId, userId, JSON.writeValueAsString(session));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session is always serialisable", e);
        }
    }

    private static Session parse(String json) {
        try {
            return JSON.readValue(json, Session.class);
        } catch (JsonProcessingException e) {
            LOG.warn("Unreadable conversation, starting over: {}", e.getOriginalMessage());
            return Session.fresh();
        }
    }
}
