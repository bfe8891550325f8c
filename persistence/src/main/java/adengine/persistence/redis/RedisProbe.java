package adengine.persistence.redis;

import adengine.core.health.DependencyProbe;
import java.util.Objects;
import org.redisson.api.RedissonClient;

/** Redis answers a read. */
public final class RedisProbe implements DependencyProbe {
    private final RedissonClient redisson;

    public RedisProbe(RedissonClient redisson) {
        this.redisson = Objects.requireNonNull(redisson);
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public boolean essential() {
        return false;
    }

    @Override
    public void check() {
        redisson.getBucket("adengine:health").isExists();
    }
}
