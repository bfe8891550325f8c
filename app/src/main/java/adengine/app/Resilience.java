package adengine.app;

import adengine.core.health.HealthService;
import adengine.persistence.db.DatabaseTimeouts;
import adengine.persistence.redis.RedisTimeouts;
import java.time.Duration;
import java.util.Objects;

/**
 * How the program treats slow or dead dependencies, in one place: the timeouts of every call to
 * PostgreSQL and Redis, when a circuit breaker opens and how often it probes, and how often the
 * readiness report of {@code GET /health} is refreshed. The defaults let a request answer within
 * two seconds when PostgreSQL or Redis dies or freezes. Each value has an environment variable
 * (see the README's configuration table).
 */
public record Resilience(
        DatabaseTimeouts database,
        RedisTimeouts redis,
        int breakerFailures,
        Duration breakerProbeInterval,
        Duration healthRefresh,
        Duration healthProbeTimeout) {

    public static final Resilience DEFAULT = new Resilience(DatabaseTimeouts.DEFAULT, RedisTimeouts.DEFAULT, 3,
            HealthService.Schedule.DEFAULT.openProbeInterval(), HealthService.Schedule.DEFAULT.refresh(),
            HealthService.Schedule.DEFAULT.probeTimeout());

    public Resilience {
        Objects.requireNonNull(database);
        Objects.requireNonNull(redis);
        Objects.requireNonNull(breakerProbeInterval);
        Objects.requireNonNull(healthRefresh);
        Objects.requireNonNull(healthProbeTimeout);
    }

    static Resilience fromEnvironment(Environment vars) {
        Resilience d = DEFAULT;
        return new Resilience(
                new DatabaseTimeouts(
                        millis(vars, "DATABASE_CONNECT_TIMEOUT_MS", d.database().connect(), 1, 60_000),
                        millis(vars, "DATABASE_ACQUIRE_TIMEOUT_MS", d.database().acquire(), 250, 60_000),
                        millis(vars, "DATABASE_STATEMENT_TIMEOUT_MS", d.database().statement(), 1, 3_600_000),
                        millis(vars, "DATABASE_SOCKET_TIMEOUT_MS", d.database().socket(), 1, 3_600_000),
                        millis(vars, "DATABASE_BULK_TIMEOUT_MS", d.database().bulk(), 1, 3_600_000)),
                new RedisTimeouts(
                        millis(vars, "REDIS_CONNECT_TIMEOUT_MS", d.redis().connect(), 1, 60_000),
                        millis(vars, "REDIS_TIMEOUT_MS", d.redis().command(), 1, 60_000)),
                vars.integer("BREAKER_FAILURES", d.breakerFailures(), 1, 1_000),
                millis(vars, "BREAKER_PROBE_INTERVAL_MS", d.breakerProbeInterval(), 50, 60_000),
                millis(vars, "HEALTH_REFRESH_MS", d.healthRefresh(), 100, 300_000),
                millis(vars, "HEALTH_PROBE_TIMEOUT_MS", d.healthProbeTimeout(), 100, 60_000));
    }

    HealthService.Schedule healthSchedule() {
        return new HealthService.Schedule(healthRefresh, breakerProbeInterval, healthProbeTimeout);
    }

    private static Duration millis(Environment vars, String name, Duration defaultValue, int min, int max) {
        return Duration.ofMillis(vars.integer(name, (int) defaultValue.toMillis(), min, max));
    }
}
