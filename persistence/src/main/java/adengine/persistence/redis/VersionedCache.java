package adengine.persistence.redis;

import adengine.core.common.DependencyUnavailableException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

/**
 * A value whose truth is a versioned row in PostgreSQL, cached in Redis as {@code version:value}.
 * A write only lands if its version is newer, so an instance that read an old value cannot
 * overwrite a newer one; a failing Redis never fails the caller, who then reads PostgreSQL.
 * After an offer was lost (Redis down or slow), this instance reads PostgreSQL until an offer
 * lands again, and offers PostgreSQL's value as soon as Redis's breaker closes, so that the
 * outage cannot leave an older value cached for the other instances. Failures are not logged
 * here: Redis's breaker logs the outage once.
 */
public final class VersionedCache {
    private static final String SET_IF_NEWER = """
            local current = redis.call('GET', KEYS[1])
            if current and tonumber(string.match(current, '^(%d+):')) >= tonumber(ARGV[1]) then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1] .. ':' .. ARGV[2])
            return 1
            """;

    /** The value as PostgreSQL holds it, with its version. */
    public record Versioned(long version, String value) {
    }

    private final RedisGuard redis;
    private final String key;
    private final Supplier<Versioned> truth;
    /** An offer was lost: Redis may hold an older value than PostgreSQL until an offer lands again. */
    private volatile boolean unsure;

    /**
     * @param truth reads the value and its version from PostgreSQL: offered again when Redis is
     *              back after an offer was lost
     */
    public VersionedCache(RedisGuard redis, String key, Supplier<Versioned> truth) {
        this.redis = Objects.requireNonNull(redis);
        this.key = Objects.requireNonNull(key);
        this.truth = Objects.requireNonNull(truth);
        redis.breaker().onClose(this::catchUp);
    }

    /** The cached value; empty when Redis has none, does not answer, or may hold an older value (an offer was lost). */
    public Optional<String> get() {
        if (unsure) {
            return Optional.empty();
        }
        try {
            String cached = redis.call(client -> client.<String>getBucket(key, StringCodec.INSTANCE).get());
            return cached == null ? Optional.empty() : Optional.of(cached.substring(cached.indexOf(':') + 1));
        } catch (DependencyUnavailableException e) {
            return Optional.empty();
        }
    }

    /**
     * Offers the value read or written at {@code version}; an older version than the cached one is
     * ignored. When Redis does not answer the offer is lost and the cache is unsure (see above).
     */
    public void offer(long version, String value) {
        try {
            redis.call(client -> client.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, SET_IF_NEWER,
                    RScript.ReturnType.LONG, List.of(key), String.valueOf(version), value));
            unsure = false;
        } catch (DependencyUnavailableException e) {
            unsure = true; // readers here go to PostgreSQL, which offers again, until an offer lands
        }
    }

    /** Redis is back: if an offer was lost, PostgreSQL's value replaces an older one that Redis may still hold. */
    private void catchUp() {
        if (unsure) {
            Versioned current = truth.get();
            offer(current.version(), current.value());
        }
    }
}
