package adengine.persistence.moderation;

import static adengine.persistence.schema.Tables.MODERATION_SWITCH;

import adengine.core.moderation.ModerationSwitch;
import adengine.persistence.redis.RedisGuard;
import adengine.persistence.redis.VersionedCache;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/** The moderation switch: PostgreSQL is the truth, Redis the cache every instance reads. */
public final class CachedModerationSwitch implements ModerationSwitch {
    static final String KEY = "adengine:moderation";

    private final DSLContext dsl;
    private final VersionedCache cache;

    public CachedModerationSwitch(DSLContext dsl, RedisGuard redis) {
        this.dsl = Objects.requireNonNull(dsl);
        this.cache = new VersionedCache(redis, KEY, () -> {
            Record2<Boolean, Long> stored = stored();
            return new VersionedCache.Versioned(stored.value2(), String.valueOf(stored.value1()));
        });
    }

    @Override
    public boolean enabled() {
        return cache.get().map(Boolean::parseBoolean).orElseGet(() -> cached(stored()));
    }

    private Record2<Boolean, Long> stored() {
        return dsl.select(MODERATION_SWITCH.ENABLED, MODERATION_SWITCH.VERSION)
                .from(MODERATION_SWITCH)
                .fetchSingle();
    }

    @Override
    public boolean toggle() {
        return write(DSL.not(MODERATION_SWITCH.ENABLED));
    }

    @Override
    public boolean set(boolean enabled) {
        return write(DSL.val(enabled));
    }

    /** Stores the new state with a new version, so every instance's cache takes it. */
    private boolean write(Field<Boolean> enabled) {
        return cached(dsl.update(MODERATION_SWITCH)
                .set(MODERATION_SWITCH.ENABLED, enabled)
                .set(MODERATION_SWITCH.VERSION, MODERATION_SWITCH.VERSION.plus(1))
                .returningResult(MODERATION_SWITCH.ENABLED, MODERATION_SWITCH.VERSION)
                .fetchSingle());
    }

    private boolean cached(Record2<Boolean, Long> state) {
        cache.offer(state.value2(), String.valueOf(state.value1()));
        return state.value1();
    }
}
