package adengine.app;

import adengine.core.health.CircuitBreaker;
import adengine.core.health.HealthService;
import adengine.persistence.db.Database;
import adengine.persistence.objectstore.ObjectStoreProbe;
import adengine.persistence.objectstore.ObjectStores;
import adengine.persistence.redis.Redis;
import adengine.persistence.redis.RedisGuard;
import io.minio.MinioClient;
import java.util.List;
import org.redisson.api.RedissonClient;

/**
 * The program's three servers, connected: PostgreSQL and Redis behind their timeouts and circuit
 * breakers, and the object store with the bucket images go to. Started embedded where the
 * configuration names none.
 */
record Connections(Database database, RedisGuard redis, MinioClient objectStore, String bucket, Resilience resilience) {

    static Connections open(AppConfig config, Resources resources) {
        ResolvedInfrastructure infrastructure = ResolvedInfrastructure.resolve(config, resources);
        Resilience resilience = config.resilience();
        Database database = resources.add(Database.open(infrastructure.database(), resilience.database(),
                new CircuitBreaker("database", "PostgreSQL", resilience.breakerFailures())));
        RedissonClient redisson = Redis.connect(infrastructure.redis(), resilience.redis());
        resources.add(redisson::shutdown);
        RedisGuard redis = new RedisGuard(redisson, new CircuitBreaker("redis", "Redis", resilience.breakerFailures()));
        return new Connections(database, redis, ObjectStores.connect(infrastructure.objectStore()),
                infrastructure.objectStore().bucket(), resilience);
    }

    /** The readiness of the three, probed in the background on the configured schedule. */
    HealthService health() {
        return new HealthService(List.of(
                new HealthService.Dependency(database.probe(), database.breaker()),
                new HealthService.Dependency(redis.probe(), redis.breaker()),
                new HealthService.Dependency(new ObjectStoreProbe(objectStore, bucket), null)),
                resilience.healthSchedule());
    }
}
