package adengine.persistence.redis;

import adengine.core.common.Causes;
import adengine.core.common.DependencyUnavailableException;
import adengine.core.health.CircuitBreaker;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import org.redisson.RedissonShutdownException;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisReconnectedException;
import org.redisson.client.RedisRetryException;
import org.redisson.client.RedisTimeoutException;

/**
 * Every call to Redis goes through here: while Redis's breaker is open a call fails at once,
 * without touching Redis; a call that fails because of Redis (refused, timed out, connection
 * lost) counts against the breaker. Either way the caller gets a
 * {@link DependencyUnavailableException} and falls back to PostgreSQL or what it last knew.
 */
public final class RedisGuard {
    private final RedissonClient redisson;
    private final CircuitBreaker breaker;

    public RedisGuard(RedissonClient redisson, CircuitBreaker breaker) {
        this.redisson = Objects.requireNonNull(redisson);
        this.breaker = Objects.requireNonNull(breaker);
    }

    /** A guard with a breaker of its own (opening after 3 failures in a row), for tests and tools. */
    public static RedisGuard of(RedissonClient redisson) {
        return new RedisGuard(redisson, new CircuitBreaker("redis", "Redis", 3));
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /** Runs {@code call} against Redis, or fails at once while the breaker is open. */
    public <T> T call(Function<RedissonClient, T> call) {
        breaker.ensureClosed();
        try {
            T result = call.apply(redisson);
            breaker.succeeded();
            return result;
        } catch (RuntimeException e) {
            if (isUnavailable(e)) {
                breaker.failed(e);
                throw breaker.unavailable(e);
            }
            throw e;
        }
    }

    /** The probe of the health report, which also closes the breaker: it asks Redis directly. */
    public RedisProbe probe() {
        return new RedisProbe(redisson);
    }

    /** Whether {@code failure} says that Redis could not be reached or did not answer in time. */
    static boolean isUnavailable(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof RedisConnectionException || cause instanceof RedisTimeoutException
                || cause instanceof RedisRetryException || cause instanceof RedisReconnectedException
                || cause instanceof RedissonShutdownException || cause instanceof IOException);
    }
}
