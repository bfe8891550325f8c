package adengine.persistence.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.persistence.db.Database;
import adengine.persistence.redis.Redis;
import adengine.persistence.redis.RedisGuard;
import adengine.persistence.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

class CachedPlatformDayTest {
    private Database database;
    private RedissonClient redisson;
    private CachedPlatformDay clock;

    @BeforeEach
    void connect() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        redisson = Redis.connect(TestInfrastructure.get().freshRedis());
        clock = new CachedPlatformDay(database.dsl(), RedisGuard.of(redisson));
    }

    @AfterEach
    void disconnect() {
        redisson.shutdown();
        database.close();
    }

    @Test
    void startsAtZeroAndAdvancesOrJumps() {
        assertEquals(0, clock.currentDay());
        assertEquals(1, clock.advance());
        assertEquals(7, clock.set(7));
        assertEquals(3, clock.set(3));
        assertEquals(3, clock.currentDay());
    }

    @Test
    void anotherInstanceSeesTheNewDayAtOnce() {
        CachedPlatformDay other = new CachedPlatformDay(database.dsl(), RedisGuard.of(redisson));
        assertEquals(0, other.currentDay());

        clock.set(12);

        assertEquals(12, other.currentDay());
    }

    @Test
    void losingRedisLosesNothing() {
        clock.set(9);

        redisson.getKeys().flushall();

        assertEquals(9, clock.currentDay());
        assertEquals(10, clock.advance());
    }

    @Test
    void anOlderVersionNeverReplacesANewerDayInTheCache() {
        redisson.<String>getBucket(CachedPlatformDay.KEY, StringCodec.INSTANCE).set("99:5");

        clock.set(8);

        assertEquals(5, clock.currentDay(), "the write of version 1 must not replace version 99");
    }

    @Test
    void worksFromPostgresWhileRedisIsDown() {
        clock.set(6);
        redisson.shutdown();

        assertEquals(6, clock.currentDay());
        assertEquals(7, clock.advance());
        redisson = Redis.connect(TestInfrastructure.get().freshRedis());
    }
}
