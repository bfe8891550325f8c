package adengine.persistence.db;

import adengine.core.common.DependencyUnavailableException;
import adengine.core.health.CircuitBreaker;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as the program uses it: no connection is handed out while the database's breaker is
 * open (the caller fails at once), each connection handed out waits at most the socket timeout
 * for an answer, and failures of the database on the connection itself (commit, rollback) count
 * against the breaker. Failures of statements are counted by {@link DatabaseFailureListener}.
 * When the breaker opens, the connections lent out are aborted: calls stuck on a frozen server
 * fail then, not at the end of their socket timeout.
 */
final class GuardedDataSource implements DataSource {
    private static final Executor DIRECT = Runnable::run;

    private static final Executor ABORTER = runnable -> {
        Thread thread = new Thread(runnable, "db-abort");
        thread.setDaemon(true);
        thread.start();
    };

    private final HikariDataSource pool;
    private final CircuitBreaker breaker;
    private final int socketTimeoutMillis;
    private final Set<Connection> lent = ConcurrentHashMap.newKeySet();

    GuardedDataSource(HikariDataSource pool, CircuitBreaker breaker, DatabaseTimeouts timeouts) {
        this.pool = Objects.requireNonNull(pool);
        this.breaker = Objects.requireNonNull(breaker);
        this.socketTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeouts.socket().toMillis());
        breaker.onOpen(this::abortLent);
    }

    /**
     * The breaker opened: the calls still waiting on a connection would only wait out their socket
     * timeout, so their connections are aborted and the calls fail now (their requests answer 503).
     */
    private void abortLent() {
        for (Connection connection : lent) {
            try {
                connection.abort(ABORTER);
            } catch (SQLException | RuntimeException e) {
                // already closed
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            breaker.ensureClosed();
        } catch (DependencyUnavailableException e) {
            throw new SQLTransientConnectionException(e.getMessage(), "08000", e);
        }
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            throw translated(e);
        }
        try {
            connection.setNetworkTimeout(DIRECT, socketTimeoutMillis);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw translated(e);
        }
        lent.add(connection);
        return guarded(connection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool has its own credentials");
    }

    private Connection guarded(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        lent.remove(connection);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        Throwable cause = e.getCause();
                        throw cause instanceof SQLException sql ? translated(sql) : cause;
                    }
                });
    }

    /** A failure of the database itself counts against the breaker and carries the 503 of the API; any other passes unchanged. */
    private SQLException translated(SQLException failure) {
        if (DependencyUnavailableException.in(failure) != null || !DatabaseFailures.isUnavailable(failure)) {
            return failure;
        }
        breaker.failed(failure);
        SQLException translated = new SQLException(failure.getMessage(), failure.getSQLState(), breaker.unavailable(failure));
        translated.addSuppressed(failure);
        return translated;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
