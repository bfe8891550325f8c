package adengine.persistence.db;

import adengine.core.health.CircuitBreaker;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.util.Objects;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The connection pool and jOOQ context of one PostgreSQL database, migrated to the current schema.
 * Every call is bounded by the {@link DatabaseTimeouts} and goes through the database's
 * {@link CircuitBreaker}: while it is open, calls fail at once with a 503 instead of waiting.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final DatabaseTimeouts timeouts;
    private final CircuitBreaker breaker;
    private final DSLContext dsl;

    private Database(HikariDataSource dataSource, DatabaseTimeouts timeouts, CircuitBreaker breaker) {
        this.dataSource = dataSource;
        this.timeouts = timeouts;
        this.breaker = breaker;
        this.dsl = BulkTransaction.withTimeout(new DefaultConfiguration()
                .set(new GuardedDataSource(dataSource, breaker, timeouts))
                .set(SQLDialect.POSTGRES)
                .set(new Settings().withExecuteLogging(false))
                .set(new DefaultExecuteListenerProvider(new DatabaseFailureListener(breaker))), timeouts)
                .dsl();
    }

    /** {@link #open(DatabaseConfig, DatabaseTimeouts, CircuitBreaker)} with the default timeouts and a breaker of its own. */
    public static Database open(DatabaseConfig config) {
        return open(config, DatabaseTimeouts.DEFAULT, new CircuitBreaker("database", "PostgreSQL", 3));
    }

    /** Creates the database when missing, applies pending migrations (without the timeouts: a migration may be long) and opens the pool. */
    public static Database open(DatabaseConfig config, DatabaseTimeouts timeouts, CircuitBreaker breaker) {
        Objects.requireNonNull(timeouts);
        Objects.requireNonNull(breaker);
        DatabaseCreator.createIfMissing(config);
        Flyway.configure()
                .dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new Database(new HikariDataSource(hikari(config, timeouts)), timeouts, breaker);
    }

    private static HikariConfig hikari(DatabaseConfig config, DatabaseTimeouts timeouts) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("adengine-db");
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setConnectionTimeout(timeouts.acquire().toMillis());
        // checking an idle connection before handing it out must fit in the wait for one
        hikari.setValidationTimeout(Math.max(250, timeouts.acquire().toMillis() / 2));
        driverTimeouts(timeouts).forEach((name, value) -> hikari.addDataSourceProperty((String) name, value));
        hikari.addDataSourceProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis());
        return hikari;
    }

    /** The driver's own timeouts (whole seconds): connecting, logging in, and a safety net for reads outside the pool's calls. */
    private static Properties driverTimeouts(DatabaseTimeouts timeouts) {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", String.valueOf(DatabaseTimeouts.seconds(timeouts.connect())));
        properties.setProperty("loginTimeout", String.valueOf(DatabaseTimeouts.seconds(timeouts.connect())));
        properties.setProperty("socketTimeout", String.valueOf(DatabaseTimeouts.seconds(timeouts.socket())));
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The database's circuit breaker. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    /** The probe of the health report, which also closes the breaker: it takes a connection of the pool past the breaker. */
    public DatabaseProbe probe() {
        return new DatabaseProbe(dataSource, timeouts);
    }

    /** The pool's connections now, for monitoring. */
    public PoolState poolState() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return new PoolState(pool.getActiveConnections(), pool.getIdleConnections(),
                pool.getThreadsAwaitingConnection(), dataSource.getMaximumPoolSize());
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
