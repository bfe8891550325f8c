package adengine.app;

import adengine.api.http.ServerLimits;
import adengine.bot.BotConfig;
import adengine.persistence.db.DatabaseConfig;
import adengine.persistence.objectstore.ObjectStoreConfig;
import adengine.persistence.llm.LanguageModelConfig;
import adengine.persistence.redis.RedisConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Everything the program reads from the environment, read once at start. A null database, Redis
 * or object store means "not configured": the zero-config default starts an embedded one. A null
 * language model means none: moderation uses the word lists and text generation answers 503. A
 * null bot means no TELEGRAM_BOT_TOKEN: the REST API runs alone and nothing polls Telegram.
 * Metrics are served on {@code metricsPort} (0 picks a free one); the traffic simulation may be
 * started only when {@code simulationEnabled}. {@code resilience} holds the timeouts of PostgreSQL and Redis,
 * their circuit breakers and the refresh of the readiness report.
 */
public record AppConfig(
        int port,
        ServerLimits serverLimits,
        DatabaseConfig database,
        RedisConfig redis,
        ObjectStoreConfig objectStore,
        String objectStoreBucket,
        String adminToken,
        Path dataDirectory,
        int databasePoolSize,
        LanguageModelConfig languageModel,
        Set<Long> botAdminIds,
        BotConfig bot,
        int metricsPort,
        boolean simulationEnabled,
        Resilience resilience) {

    static final int DEFAULT_PORT = 8080;
    static final int DEFAULT_METRICS_PORT = 9091;
    static final int DEFAULT_POOL_SIZE = 16;

    public static AppConfig fromEnvironment(Map<String, String> env) {
        Environment vars = new Environment(env);
        int poolSize = vars.integer("DATABASE_POOL_SIZE", DEFAULT_POOL_SIZE, 1, 500);
        String bucket = vars.text("S3_BUCKET", "adengine");
        return new AppConfig(
                vars.integer("PORT", DEFAULT_PORT, 0, 65_535),
                new ServerLimits(
                        vars.integer("HTTP_MAX_CONNECTIONS", ServerLimits.DEFAULT.maxConnections(), 1, 100_000),
                        Duration.ofSeconds(vars.integer("HTTP_IDLE_TIMEOUT_SECONDS",
                                (int) ServerLimits.DEFAULT.idleTimeout().toSeconds(), 1, 3_600)),
                        Duration.ofSeconds(vars.integer("HTTP_STOP_TIMEOUT_SECONDS",
                                (int) ServerLimits.DEFAULT.stopTimeout().toSeconds(), 0, 600)),
                        ServerLimits.DEFAULT.maxBodyBytes(),
                        vars.integer("HTTP_BODY_MEMORY_MB", (int) (ServerLimits.DEFAULT.bodyBytesInFlight() >> 20), 16, 4_096) * 1024L * 1024),
                vars.optional("DATABASE_URL")
                        .map(url -> new DatabaseConfig(url, vars.text("DATABASE_USER", null), vars.text("DATABASE_PASSWORD", null), poolSize))
                        .orElse(null),
                vars.optional("REDIS_URL").map(RedisConfig::new).orElse(null),
                vars.optional("S3_ENDPOINT")
                        .map(endpoint -> new ObjectStoreConfig(endpoint, vars.text("S3_ACCESS_KEY", null), vars.text("S3_SECRET_KEY", null), bucket))
                        .orElse(null),
                bucket,
                vars.text("ADMIN_API_TOKEN", null),
                Path.of(vars.text("DATA_DIR", "adengine-data")),
                poolSize,
                vars.optional("OPENAI_API_KEY")
                        .map(key -> new LanguageModelConfig(key,
                                vars.text("OPENAI_BASE_URL", "https://api.openai.com/v1"),
                                vars.text("OPENAI_MODEL", "gpt-4o-mini"),
                                Duration.ofSeconds(vars.integer("OPENAI_TIMEOUT_SECONDS",
                                        (int) LanguageModelConfig.DEFAULT_TIMEOUT.toSeconds(), 1, 120)),
                                Duration.ofSeconds(vars.integer("OPENAI_REQUEST_DEADLINE_SECONDS",
                                        (int) LanguageModelConfig.DEFAULT_REQUEST_DEADLINE.toSeconds(), 1, 600))))
                        .orElse(null),
                vars.positiveLongs("BOT_ADMIN_IDS"),
                vars.optional("TELEGRAM_BOT_TOKEN")
                        .map(token -> new BotConfig(token, vars.url("TELEGRAM_API_URL", BotConfig.TELEGRAM), BotConfig.NOTICE_PERIOD))
                        .orElse(null),
                vars.integer("METRICS_PORT", DEFAULT_METRICS_PORT, 0, 65_535),
                vars.flag("SIMULATION_ENABLED"),
                Resilience.fromEnvironment(vars));
    }

    public AppConfig withServerLimits(ServerLimits limits) {
        return new AppConfig(port, limits, database, redis, objectStore, objectStoreBucket, adminToken, dataDirectory,
                databasePoolSize, languageModel, botAdminIds, bot, metricsPort, simulationEnabled, resilience);
    }

    public AppConfig withObjectStore(ObjectStoreConfig store) {
        return new AppConfig(port, serverLimits, database, redis, store, objectStoreBucket, adminToken, dataDirectory,
                databasePoolSize, languageModel, botAdminIds, bot, metricsPort, simulationEnabled, resilience);
    }

    public AppConfig withLanguageModel(LanguageModelConfig model) {
        return new AppConfig(port, serverLimits, database, redis, objectStore, objectStoreBucket, adminToken, dataDirectory,
                databasePoolSize, model, botAdminIds, bot, metricsPort, simulationEnabled, resilience);
    }

    public AppConfig withBot(BotConfig botConfig, Set<Long> admins) {
        return new AppConfig(port, serverLimits, database, redis, objectStore, objectStoreBucket, adminToken, dataDirectory,
                databasePoolSize, languageModel, admins, botConfig, metricsPort, simulationEnabled, resilience);
    }

    /** No REDIS_URL: the program starts an embedded Redis of its own, keeping its data under {@code dataDirectory}. */
    public AppConfig withOwnRedis(Path ownDataDirectory) {
        return new AppConfig(port, serverLimits, database, null, objectStore, objectStoreBucket, adminToken, ownDataDirectory,
                databasePoolSize, languageModel, botAdminIds, bot, metricsPort, simulationEnabled, resilience);
    }

    public AppConfig withSimulationEnabled(boolean enabled) {
        return new AppConfig(port, serverLimits, database, redis, objectStore, objectStoreBucket, adminToken, dataDirectory,
                databasePoolSize, languageModel, botAdminIds, bot, metricsPort, enabled, resilience);
    }

    @Override
    public String toString() {
        return "AppConfig[port=" + port + ", serverLimits=" + serverLimits + ", database=" + database + ", redis=" + redis + ", objectStore=" + objectStore
                + ", adminToken=" + (adminToken == null ? "unset" : "set") + ", dataDirectory=" + dataDirectory
                + ", languageModel=" + languageModel + ", botAdminIds=" + botAdminIds.size() + ", bot=" + bot
                + ", metricsPort=" + metricsPort + ", simulationEnabled=" + simulationEnabled + ", resilience=" + resilience + "]";
    }
}
