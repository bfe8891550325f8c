package adengine.persistence.redis;

import java.time.Duration;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import org.redisson.config.ConstantDelay;

/**
 * Builds the Redisson client; timeouts are short and nothing is retried because every Redis value
 * can be rebuilt from PostgreSQL. It connects lazily, so a Redis that is away at start is only a
 * degraded start, and it reconnects by itself when Redis is back.
 */
public final class Redis {
    private Redis() {
    }

    public static RedissonClient connect(RedisConfig redis) {
        return connect(redis, RedisTimeouts.DEFAULT);
    }

    public static RedissonClient connect(RedisConfig redis, RedisTimeouts timeouts) {
        Config config = new Config();
        config.setCodec(StringCodec.INSTANCE);
        config.setUsername(redis.username());
        config.setPassword(redis.password());
        // connect at the first command, not here: the program starts (and serves from PostgreSQL) while Redis is away
        config.setLazyInitialization(true);
        config.useSingleServer()
                .setAddress(redis.address())
                .setDatabase(redis.database())
                .setConnectTimeout(millis(timeouts.connect()))
                .setTimeout(millis(timeouts.command()))
                .setRetryAttempts(0)
                .setRetryDelay(new ConstantDelay(Duration.ofMillis(millis(timeouts.command()))))
                .setReconnectionDelay(new ConstantDelay(Duration.ofMillis(500)))
                .setPingConnectionInterval(1_000)
                .setConnectionMinimumIdleSize(2)
                .setConnectionPoolSize(32);
        return Redisson.create(config);
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}
