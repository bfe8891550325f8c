package adengine.persistence.db;

import adengine.core.health.DependencyProbe;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The pool hands out a connection and the database answers a trivial query on it. The probe takes
 * the connection from the pool itself, past the breaker, so that it can tell the breaker that the
 * database is back, and only once the pool can serve calls again (after a restart of the database
 * the pool needs a moment to open new connections). The pool's timeouts bound it.
 */
public final class DatabaseProbe implements DependencyProbe {
    private final DataSource pool;
    private final int statementTimeoutSeconds;

    DatabaseProbe(DataSource pool, DatabaseTimeouts timeouts) {
        this.pool = Objects.requireNonNull(pool);
        this.statementTimeoutSeconds = DatabaseTimeouts.seconds(timeouts.statement());
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean essential() {
        return true;
    }

    @Override
    public void check() throws Exception {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(statementTimeoutSeconds);
            statement.execute("select 1");
        }
    }
}
