package adengine.persistence.redis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value whose truth is a versioned row in PostgreSQL, cached in Redis as {@code version:value}.
 * A write only lands if its version is newer, so an instance that read an old value cannot
 * overwrite a newer one; a failing Redis never fails the caller, who then reads PostgreSQL.
 */
public final class VersionedCache {
    private static final Logger LOG = LoggerFactory.getLogger(VersionedCache.class);
    private static final String SET_IF_NEWER = """
            local current = redis.call('GET', KEYS[1])
            if current and tonumber(string.match(current, '^(%d+):')) >= tonumber(ARGV[1]) then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1] .. ':' .. ARGV[2])
            return 1
            """;

    private final RedissonClient redisson;
    private final String key;

    public VersionedCache(RedissonClient redisson, String key) {
        this.redisson = Objects.requireNonNull(redisson);
        this.key = Objects.requireNonNull(key);
    }

    /** The cached value; empty when Redis has none or does not answer. */
    public Optional<String> get() {
        try {
            String cached = redisson.<String>getBucket(key, StringCodec.INSTANCE).get();
            return cached == null ? Optional.empty() : Optional.of(cached.substring(cached.indexOf(':') + 1));
        } catch (RuntimeException e) {
            LOG.warn("Redis unavailable, reading {} from PostgreSQL: {}", key, e.toString());
            return Optional.empty();
        }
    }

    /** Offers the value read or written at {@code version}; an older version than the cached one is ignored. */
    public void offer(long version, String value) {
        try {
            redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, SET_IF_NEWER,
                    RScript.ReturnType.LONG, List.of(key), String.valueOf(version), value);
        } catch (RuntimeException e) {
            LOG.warn("Could not cache {} in Redis: {}", key, e.toString());
        }
    }
}
