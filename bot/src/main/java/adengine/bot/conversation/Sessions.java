package adengine.bot.conversation;

import adengine.core.conversation.ConversationStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads and stores a chat's {@link Session} as JSON in the conversation store. */
public final class Sessions {
    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConversationStore store;

    public Sessions(ConversationStore store) {
        this.store = Objects.requireNonNull(store);
    }

    Session load(long chatId) {
        return store.load(chatId).map(Sessions::parse).orElseGet(Session::fresh);
    }

    void save(long chatId, Session session) {
        if (session.isEmpty()) {
            store.clear(chatId);
            return;
        }
        try {
            store.save(chatId, JSON.writeValueAsString(session));
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
