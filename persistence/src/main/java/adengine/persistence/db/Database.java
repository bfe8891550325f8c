package adengine.persistence.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** The connection pool and jOOQ context of one PostgreSQL database, migrated to the current schema. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
    }

    /** Creates the database when missing, applies pending migrations and opens the pool. */
    public static Database open(DatabaseConfig config) {
        DatabaseCreator.createIfMissing(config);
        HikariDataSource dataSource = new HikariDataSource(hikari(config));
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return new Database(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariConfig hikari(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("adengine-db");
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setConnectionTimeout(5_000);
        return hikari;
    }

    public DSLContext dsl() {
        return dsl;
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
