package adengine.persistence.conversation;

import adengine.core.common.DependencyUnavailableException;
import adengine.core.conversation.ConversationStore;
import adengine.persistence.redis.RedisGuard;
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

    private final RedisGuard redis;
    private final Duration expiry;

    public RedisConversationStore(RedisGuard redis, Duration expiry) {
        this.redis = Objects.requireNonNull(redis);
        this.expiry = Objects.requireNonNull(expiry);
    }

    @Override
    public Optional<String> load(long chatId, long userId) {
        try {
            return Optional.ofNullable(redis.call(client -> bucket(client, chatId, userId).get()));
        } catch (DependencyUnavailableException e) {
            return Optional.empty(); // Redis's breaker logs the outage once
        } catch (RuntimeException e) {
            LOG.warn("Could not read a conversation from Redis, the chat starts without it: {}", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void save(long chatId, long userId, String conversation) {
        try {
            redis.call(client -> {
                bucket(client, chatId, userId).set(conversation, expiry);
                return null;
            });
        } catch (DependencyUnavailableException e) {
            // Redis's breaker logs the outage once
        } catch (RuntimeException e) {
            LOG.warn("Could not keep a conversation in Redis: {}", e.toString());
        }
    }

    @Override
    public void clear(long chatId, long userId) {
        try {
            redis.call(client -> bucket(client, chatId, userId).delete());
        } catch (DependencyUnavailableException e) {
            // Redis's breaker logs the outage once
        } catch (RuntimeException e) {
            LOG.warn("Could not clear a conversation in Redis: {}", e.toString());
        }
    }

    /** Keys of the one-per-chat layout of earlier versions lack the user and simply expire. */
    private static RBucket<String> bucket(RedissonClient client, long chatId, long userId) {
        return client.getBucket(KEY_PREFIX + chatId + ":" + userId, StringCodec.INSTANCE);
    }
}
