package adengine.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.persistence.redis.Redis;
import adengine.persistence.redis.RedisConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** The zero-config Redis keeps what was written across a stop, and across a kill one second after the write. */
class EmbeddedRedisServerTest {
    private final Path data = Path.of("target", "test-data", "embedded-redis-" + UUID.randomUUID());

    @Test
    void aStopRightAfterAWriteKeepsIt() {
        try (EmbeddedRedisServer server = EmbeddedRedisServer.start(data)) {
            write(server.redis(3), "kept", "yes");
        }

        assertEquals("yes", readAfterAStart(3, "kept"));
    }

    @Test
    void aKillASecondAndAHalfAfterAWriteKeepsIt() throws Exception {
        try (EmbeddedRedisServer server = EmbeddedRedisServer.start(data)) {
            write(server.redis(0), "dialog", "step 2");
            Thread.sleep(1_500);
            ProcessHandle redis = ProcessHandle.of(Long.parseLong(Files.readString(data.resolve("redis.pid")).strip())).orElseThrow();
            redis.destroyForcibly();
            redis.onExit().get(10, TimeUnit.SECONDS);
        }

        assertEquals("step 2", readAfterAStart(0, "dialog"));
    }

    @Test
    void aFolderFromBeforeTheAppendOnlyFileStartsFromItsSnapshot() throws IOException {
        try (EmbeddedRedisServer server = EmbeddedRedisServer.start(data)) {
            write(server.redis(0), "old", "snapshot");
        }
        Files.delete(data.resolve("appendonly.aof"));
        assertTrue(Files.exists(data.resolve("dump.rdb")), "the final save wrote a snapshot");

        assertEquals("snapshot", readAfterAStart(0, "old"));
        assertTrue(Files.exists(data.resolve("appendonly.aof")), "the append-only file is written from then on");
    }

    @Test
    void itAsksForThePasswordKeptOwnerOnlyInTheDataFolder() throws IOException {
        try (EmbeddedRedisServer server = EmbeddedRedisServer.start(data)) {
            String password = Files.readString(data.resolve("password")).strip();
            RedisConfig config = server.redis(0);
            RedisConfig withoutPassword = new RedisConfig(config.url().replace(":" + password + "@", ""));

            assertTrue(password.length() >= 32, password);
            assertTrue(config.url().contains(password), "the program's client gets the password");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("password"))));
            assertThrows(RuntimeException.class, () -> write(withoutPassword, "intruder", "no"));
        }
        try (EmbeddedRedisServer restarted = EmbeddedRedisServer.start(data)) {
            write(restarted.redis(0), "same password", "yes");
        }
    }

    /** The value as a new server over the same data folder finds it. */
    private String readAfterAStart(int database, String key) {
        try (EmbeddedRedisServer restarted = EmbeddedRedisServer.start(data)) {
            return read(restarted.redis(database), key);
        }
    }

    private static void write(RedisConfig config, String key, String value) {
        withClient(config, client -> {
            client.getBucket(key, StringCodec.INSTANCE).set(value, Duration.ofHours(1));
            return null;
        });
    }

    private static String read(RedisConfig config, String key) {
        return withClient(config, client -> client.<String>getBucket(key, StringCodec.INSTANCE).get());
    }

    private static <T> T withClient(RedisConfig config, Function<RedissonClient, T> use) {
        RedissonClient client = Redis.connect(config);
        try {
            return use.apply(client);
        } finally {
            client.shutdown();
        }
    }
}
