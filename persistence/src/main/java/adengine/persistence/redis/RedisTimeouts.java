package adengine.persistence.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a call to Redis may wait. Redis only caches values whose truth is in PostgreSQL, so
 * these are short and a call is never retried: a slow or dead Redis makes the program read
 * PostgreSQL (or what it last knew), not wait.
 *
 * @param connect opening a connection
 * @param command one command, from sending it to its answer
 */
public record RedisTimeouts(Duration connect, Duration command) {
    public static final RedisTimeouts DEFAULT = new RedisTimeouts(Duration.ofMillis(2_000), Duration.ofMillis(250));

    public RedisTimeouts {
        Objects.requireNonNull(connect);
        Objects.requireNonNull(command);
        if (connect.toMillis() < 1 || command.toMillis() < 1) {
            throw new IllegalArgumentException("Redis timeouts must be positive");
        }
    }
}
