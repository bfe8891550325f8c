package adengine.persistence.testing;

import adengine.persistence.db.DatabaseConfig;
import adengine.persistence.embedded.EmbeddedPostgresServer;
import adengine.persistence.embedded.EmbeddedRedisServer;
import adengine.persistence.embedded.EmbeddedS3Server;
import adengine.persistence.objectstore.ObjectStoreConfig;
import adengine.persistence.redis.Redis;
import adengine.persistence.redis.RedisConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.redisson.api.RedissonClient;

/**
 * Real servers for tests, started once per test JVM: embedded PostgreSQL and Redis, or the servers
 * named by {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER}, {@code TEST_DATABASE_PASSWORD})
 * and {@code TEST_REDIS_URL}. Every caller gets its own database and Redis logical database, so
 * tests never see each other's data.
 */
public final class TestInfrastructure {
    private static final int REDIS_DATABASES = 16;
    private static final int POOL_SIZE = 8;
    private static TestInfrastructure instance;

    private final Path dataRoot = Path.of("target", "test-data", UUID.randomUUID().toString());
    private final AtomicInteger databases = new AtomicInteger();
    private final AtomicInteger redisDatabases = new AtomicInteger();
    private EmbeddedPostgresServer postgres;
    private EmbeddedRedisServer redis;
    private EmbeddedS3Server s3;

    private TestInfrastructure() {
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = new TestInfrastructure();
        }
        return instance;
    }

    /** A database that does not exist yet; {@code Database.open} creates and migrates it. */
    public synchronized DatabaseConfig freshDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        String external = System.getenv("TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            String url = external.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
            return new DatabaseConfig(url, System.getenv("TEST_DATABASE_USER"), System.getenv("TEST_DATABASE_PASSWORD"), POOL_SIZE);
        }
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start(dataRoot.resolve("postgres"), dataRoot.resolve("postgres-password"));
        }
        return postgres.database(name, POOL_SIZE);
    }

    /**
     * A fresh database whose locale is C, where PostgreSQL's lower() and ILIKE fold ASCII letters
     * only, as on servers set up without a locale; created here, migrated by {@code Database.open}.
     */
    public synchronized DatabaseConfig freshDatabaseInLocaleC() {
        DatabaseConfig config = freshDatabase();
        String name = config.url().replaceFirst("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
        String maintenance = config.url().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]+", "$1postgres");
        try (Connection connection = DriverManager.getConnection(maintenance, config.user(), config.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name, e);
        }
        return config;
    }

    /** An emptied Redis logical database, taken in turn from the server's sixteen. */
    public synchronized RedisConfig freshRedis() {
        int index = redisDatabases.getAndIncrement() % REDIS_DATABASES;
        String external = System.getenv("TEST_REDIS_URL");
        RedisConfig config;
        if (external != null && !external.isBlank()) {
            config = new RedisConfig(external.replaceFirst("(/\\d*)?$", "/" + index));
        } else {
            if (redis == null) {
                redis = EmbeddedRedisServer.start(dataRoot.resolve("redis"));
            }
            config = redis.redis(index);
        }
        RedissonClient client = Redis.connect(config);
        try {
            client.getKeys().flushdb();
        } finally {
            client.shutdown();
        }
        return config;
    }

    /** The in-process S3 server; each caller should use its own bucket. */
    public synchronized ObjectStoreConfig objectStore(String bucket) {
        if (s3 == null) {
            s3 = EmbeddedS3Server.start(dataRoot.resolve("s3"));
        }
        return s3.objectStore(bucket);
    }
}
