package adengine.persistence.db;

import adengine.core.common.Causes;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Tells a failure of PostgreSQL itself (down, frozen, overloaded) from a failure of one statement (a constraint, a bug). */
public final class DatabaseFailures {
    /** admin shutdown, crash shutdown, cannot connect now, too many connections, statement timeout */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014");

    private DatabaseFailures() {
    }

    /** Whether {@code failure}, or one of its causes, says that the database could not be reached or did not answer in time. */
    public static boolean isUnavailable(Throwable failure) {
        return Causes.any(failure, DatabaseFailures::saysUnavailable);
    }

    private static boolean saysUnavailable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof SQLTimeoutException
                || cause instanceof SocketTimeoutException || cause instanceof ConnectException
                || cause instanceof EOFException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()));
    }
}
