package adengine.persistence.redis;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/** Builds the Redisson client; timeouts are short because every Redis value can be rebuilt from PostgreSQL. */
public final class Redis {
    private Redis() {
    }

    public static RedissonClient connect(RedisConfig redis) {
        Config config = new Config();
        config.setCodec(StringCodec.INSTANCE);
        config.setUsername(redis.username());
        config.setPassword(redis.password());
        config.useSingleServer()
                .setAddress(redis.address())
                .setDatabase(redis.database())
                .setConnectTimeout(2_000)
                .setTimeout(1_000)
                .setRetryAttempts(1);
        return Redisson.create(config);
    }
}
