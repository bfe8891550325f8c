package adengine.persistence.conversation;

import adengine.core.conversation.ConversationStore;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bot conversations in Redis, one per user in each chat, shared by every instance and kept across
 * restarts; a conversation silent for longer than the expiry starts over. Without Redis a dialog is
 * lost, never the bot's answer.
 */
public final class RedisConversationStore implements ConversationStore {
    private static final Logger LOG = LoggerFactory.getLogger(RedisConversationStore.class);
    static final String KEY_PREFIX = "adengine:bot:conversation:";

    private final RedissonClient redisson;
    private final Duration expiry;

    public RedisConversationStore(RedissonClient redisson, Duration expiry) {
        this.redisson = Objects.requireNonNull(redisson);
        this.expiry = Objects.requireNonNull(expiry);
    }

    @Override
    public Optional<String> load(long chatId, long userId) {
        try {
            return Optional.ofNullable(bucket(chatId, userId).get());
        } catch (RuntimeException e) {
            LOG.warn("Redis unavailable, chat starts without its conversation: {}", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void save(long chatId, long userId, String conversation) {
        try {
            bucket(chatId, userId).set(conversation, expiry);
        } catch (RuntimeException e) {
            LOG.warn("Could not keep a conversation in Redis: {}", e.toString());
        }
    }

    @Override
    public void clear(long chatId, long userId) {
        try {
            bucket(chatId, userId).delete();
        } catch (RuntimeException e) {
            LOG.warn("Could not clear a conversation in Redis: {}", e.toString());
        }
    }

    /** Keys of the one-per-chat layout of earlier versions lack the user and simply expire. */
    private RBucket<String> bucket(long chatId, long userId) {
        return redisson.getBucket(KEY_PREFIX + chatId + ":" + userId, StringCodec.INSTANCE);
    }
}
