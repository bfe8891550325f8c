package adengine.persistence.time;

import static adengine.persistence.schema.Tables.SIMULATION_CLOCK;

import adengine.core.common.ConflictException;
import adengine.core.time.SimulationClock;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulation day: PostgreSQL is the truth, Redis a cache shared by every instance. The cache
 * holds {@code version:day}; a write only lands if its version is newer, so an instance that read
 * an old day cannot overwrite a newer one. When Redis is empty or down, the day is read from PostgreSQL.
 */
public final class CachedSimulationClock implements SimulationClock {
    private static final Logger LOG = LoggerFactory.getLogger(CachedSimulationClock.class);
    static final String KEY = "adengine:clock";
    private static final String SET_IF_NEWER = """
            local current = redis.call('GET', KEYS[1])
            if current and tonumber(string.match(current, '^(%d+):')) >= tonumber(ARGV[1]) then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1] .. ':' .. ARGV[2])
            return 1
            """;

    private final DSLContext dsl;
    private final RedissonClient redisson;

    public CachedSimulationClock(DSLContext dsl, RedissonClient redisson) {
        this.dsl = Objects.requireNonNull(dsl);
        this.redisson = Objects.requireNonNull(redisson);
    }

    @Override
    public int currentDay() {
        try {
            String cached = redisson.<String>getBucket(KEY, StringCodec.INSTANCE).get();
            if (cached != null) {
                return Integer.parseInt(cached.substring(cached.indexOf(':') + 1));
            }
        } catch (RuntimeException e) {
            LOG.warn("Redis unavailable, reading the day from PostgreSQL: {}", e.toString());
            return stored().value1();
        }
        return cache(stored());
    }

    @Override
    public int set(int day) {
        return cache(dsl.update(SIMULATION_CLOCK)
                .set(SIMULATION_CLOCK.CURRENT_DAY, day)
                .set(SIMULATION_CLOCK.VERSION, SIMULATION_CLOCK.VERSION.plus(1))
                .returningResult(SIMULATION_CLOCK.CURRENT_DAY, SIMULATION_CLOCK.VERSION)
                .fetchSingle());
    }

    @Override
    public int advance() {
        return cache(dsl.update(SIMULATION_CLOCK)
                .set(SIMULATION_CLOCK.CURRENT_DAY, SIMULATION_CLOCK.CURRENT_DAY.plus(1))
                .set(SIMULATION_CLOCK.VERSION, SIMULATION_CLOCK.VERSION.plus(1))
                .where(SIMULATION_CLOCK.CURRENT_DAY.lt(Integer.MAX_VALUE))
                .returningResult(SIMULATION_CLOCK.CURRENT_DAY, SIMULATION_CLOCK.VERSION)
                .fetchOptional()
                .orElseThrow(() -> new ConflictException("current_date", "the clock is at its last day " + Integer.MAX_VALUE)));
    }

    private Record2<Integer, Long> stored() {
        return dsl.select(SIMULATION_CLOCK.CURRENT_DAY, SIMULATION_CLOCK.VERSION)
                .from(SIMULATION_CLOCK)
                .fetchSingle();
    }

    /** Offers the day to the cache and returns it; a cache failure never fails the caller. */
    private int cache(Record2<Integer, Long> dayAndVersion) {
        int day = dayAndVersion.value1();
        try {
            redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, SET_IF_NEWER,
                    RScript.ReturnType.LONG, List.of(KEY), String.valueOf(dayAndVersion.value2()), String.valueOf(day));
        } catch (RuntimeException e) {
            LOG.warn("Could not cache the day in Redis: {}", e.toString());
        }
        return day;
    }
}
