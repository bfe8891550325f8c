package adengine.app;

import adengine.persistence.db.DatabaseConfig;
import adengine.persistence.embedded.EmbeddedPostgresServer;
import adengine.persistence.embedded.EmbeddedRedisServer;
import adengine.persistence.embedded.EmbeddedS3Server;
import adengine.persistence.objectstore.ObjectStoreConfig;
import adengine.persistence.redis.RedisConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers the program talks to: the configured ones, and for each one not configured an
 * embedded server started here with its data under the data directory (the zero-config default).
 */
record ResolvedInfrastructure(DatabaseConfig database, RedisConfig redis, ObjectStoreConfig objectStore) {
    private static final Logger LOG = LoggerFactory.getLogger(ResolvedInfrastructure.class);

    static ResolvedInfrastructure resolve(AppConfig config, Resources resources) {
        DatabaseConfig database = config.database();
        if (database == null) {
            EmbeddedPostgresServer postgres = resources.add(EmbeddedPostgresServer.start(
                    config.dataDirectory().resolve("postgres"), config.dataDirectory().resolve("postgres-password")));
            database = postgres.database("adengine", config.databasePoolSize());
            LOG.info("DATABASE_URL is not set: started embedded PostgreSQL at {} with its data in {}",
                    database.url(), config.dataDirectory().resolve("postgres").toAbsolutePath());
        }
        RedisConfig redis = config.redis();
        if (redis == null) {
            EmbeddedRedisServer server = resources.add(EmbeddedRedisServer.start(config.dataDirectory().resolve("redis")));
            redis = server.redis(0);
            LOG.info("REDIS_URL is not set: started embedded Redis at {}", redis);
        }
        ObjectStoreConfig objectStore = config.objectStore();
        if (objectStore == null) {
            EmbeddedS3Server s3 = resources.add(EmbeddedS3Server.start(config.dataDirectory().resolve("s3")));
            objectStore = s3.objectStore(config.objectStoreBucket());
            LOG.info("S3_ENDPOINT is not set: started an in-process S3 server at {} with its objects in {}",
                    objectStore.endpoint(), config.dataDirectory().resolve("s3").toAbsolutePath());
        }
        return new ResolvedInfrastructure(database, redis, objectStore);
    }
}
