package adengine.persistence.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.common.DependencyUnavailableException;
import adengine.core.health.CircuitBreaker;
import adengine.persistence.testing.TestInfrastructure;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

class RedisGuardTest {

    @Test
    void aDeadRedisFailsFastOpensTheBreakerAndIsThenNotAskedAtAll() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        RedissonClient dead = Redis.connect(new RedisConfig("redis://127.0.0.1:" + deadPort));
        try {
            RedisGuard guard = new RedisGuard(dead, new CircuitBreaker("redis", "Redis", 2));
            AtomicInteger asked = new AtomicInteger();
            for (int i = 0; i < 2; i++) {
                long start = System.nanoTime();
                assertThrows(DependencyUnavailableException.class, () -> guard.call(client -> {
                    asked.incrementAndGet();
                    return client.getBucket("k", StringCodec.INSTANCE).get();
                }));
                assertTrue(System.nanoTime() - start < 2_000_000_000L, "a refused connection fails within the timeouts");
            }
            assertTrue(guard.breaker().isOpen());

            assertThrows(DependencyUnavailableException.class, () -> guard.call(client -> asked.incrementAndGet()));
            assertEquals(2, asked.get(), "an open breaker does not call Redis");
            assertThrows(Exception.class, () -> guard.probe().check(), "the probe asks Redis itself");
        } finally {
            dead.shutdown();
        }
    }

    @Test
    void aLostOfferSendsReadersToPostgresUntilRedisIsBackAndThenCachesPostgresValue() {
        RedissonClient redisson = Redis.connect(TestInfrastructure.get().freshRedis());
        try {
            CircuitBreaker breaker = new CircuitBreaker("redis", "Redis", 1);
            RedisGuard guard = new RedisGuard(redisson, breaker);
            VersionedCache cache = new VersionedCache(guard, "adengine:test", () -> new VersionedCache.Versioned(5, "truth"));
            cache.offer(4, "older");
            assertEquals(Optional.of("older"), cache.get());

            breaker.failed(new IllegalStateException("Redis timed out")); // Redis away: the next offer is lost
            cache.offer(5, "truth");
            assertEquals(Optional.empty(), cache.get(), "while unsure, readers go to PostgreSQL");

            breaker.probeSucceeded(); // Redis back: PostgreSQL's value is offered again
            assertEquals(Optional.of("truth"), cache.get());
            assertEquals("5:truth", redisson.<String>getBucket("adengine:test", StringCodec.INSTANCE).get());
        } finally {
            redisson.shutdown();
        }
    }
}
