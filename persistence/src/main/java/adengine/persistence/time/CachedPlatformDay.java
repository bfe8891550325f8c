package adengine.persistence.time;

import static adengine.persistence.schema.Tables.SIMULATION_CLOCK;

import adengine.core.common.ConflictException;
import adengine.core.common.FieldProblem;
import adengine.core.common.Rule;
import adengine.core.time.PlatformDay;
import adengine.persistence.redis.RedisGuard;
import adengine.persistence.redis.VersionedCache;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The simulation day: PostgreSQL is the truth, Redis a cache shared by every instance (see
 * {@link VersionedCache}); when Redis is empty or down, the day is read from PostgreSQL.
 */
public final class CachedPlatformDay implements PlatformDay {
    static final String KEY = "adengine:clock";

    private final DSLContext dsl;
    private final VersionedCache cache;

    public CachedPlatformDay(DSLContext dsl, RedisGuard redis) {
        this.dsl = Objects.requireNonNull(dsl);
        this.cache = new VersionedCache(redis, KEY, () -> {
            Record2<Integer, Long> stored = stored();
            return new VersionedCache.Versioned(stored.value2(), String.valueOf(stored.value1()));
        });
    }

    @Override
    public int currentDay() {
        return cache.get().map(Integer::parseInt).orElseGet(() -> cached(stored()));
    }

    @Override
    public int set(int day) {
        return cached(dsl.update(SIMULATION_CLOCK)
                .set(SIMULATION_CLOCK.CURRENT_DAY, day)
                .set(SIMULATION_CLOCK.VERSION, SIMULATION_CLOCK.VERSION.plus(1))
                .returningResult(SIMULATION_CLOCK.CURRENT_DAY, SIMULATION_CLOCK.VERSION)
                .fetchSingle());
    }

    @Override
    public int advance() {
        return cached(dsl.update(SIMULATION_CLOCK)
                .set(SIMULATION_CLOCK.CURRENT_DAY, SIMULATION_CLOCK.CURRENT_DAY.plus(1))
                .set(SIMULATION_CLOCK.VERSION, SIMULATION_CLOCK.VERSION.plus(1))
                .where(SIMULATION_CLOCK.CURRENT_DAY.lt(Integer.MAX_VALUE))
                .returningResult(SIMULATION_CLOCK.CURRENT_DAY, SIMULATION_CLOCK.VERSION)
                .fetchOptional()
                .orElseThrow(() -> new ConflictException(new FieldProblem("current_date", Rule.LAST_DAY, Integer.MAX_VALUE))));
    }

    private Record2<Integer, Long> stored() {
        return dsl.select(SIMULATION_CLOCK.CURRENT_DAY, SIMULATION_CLOCK.VERSION)
                .from(SIMULATION_CLOCK)
                .fetchSingle();
    }

    private int cached(Record2<Integer, Long> dayAndVersion) {
        cache.offer(dayAndVersion.value2(), String.valueOf(dayAndVersion.value1()));
        return dayAndVersion.value1();
    }
}
