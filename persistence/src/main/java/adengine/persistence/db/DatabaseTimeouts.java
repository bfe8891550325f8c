package adengine.persistence.db;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a call to PostgreSQL may wait, so that a dead or frozen server fails a request in
 * well under two seconds instead of hanging it.
 *
 * @param connect opening a connection: the TCP connect and the login (the driver counts whole
 *                seconds, so this is rounded up to a second)
 * @param acquire waiting for a connection of the pool
 * @param statement how long the server lets one statement run ({@code statement_timeout})
 * @param socket how long the driver waits for the server's answer on a connection of the pool
 *               before it gives the connection up: what ends a call to a frozen server
 * @param bulk    the statement and socket timeouts of a bulk load's transaction, whose statements
 *                write thousands of rows each
 */
public record DatabaseTimeouts(Duration connect, Duration acquire, Duration statement, Duration socket, Duration bulk) {
    public static final DatabaseTimeouts DEFAULT = new DatabaseTimeouts(
            Duration.ofMillis(1_000), Duration.ofMillis(500), Duration.ofMillis(1_000), Duration.ofMillis(1_250), Duration.ofSeconds(60));

    public DatabaseTimeouts {
        Objects.requireNonNull(connect);
        Objects.requireNonNull(acquire);
        Objects.requireNonNull(statement);
        Objects.requireNonNull(socket);
        Objects.requireNonNull(bulk);
        if (acquire.toMillis() < 250) {
            throw new IllegalArgumentException("the pool cannot wait less than 250 ms for a connection");
        }
        if (connect.toMillis() < 1 || statement.toMillis() < 1 || socket.toMillis() < 1 || bulk.toMillis() < 1) {
            throw new IllegalArgumentException("database timeouts must be positive");
        }
    }

    /** The driver's unit for connect, login and socket timeouts: whole seconds, rounded up. */
    static int seconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
