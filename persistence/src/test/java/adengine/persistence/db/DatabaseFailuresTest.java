package adengine.persistence.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Only failures of the database itself count against its breaker and become 503; a failing statement does not. */
class DatabaseFailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {"08006", "08001", "08003", "57P01", "57P03", "53300", "57014"})
    void lostConnectionsShutdownsOverloadAndTimeoutsAreTheDatabaseFailing(String sqlState) {
        assertTrue(DatabaseFailures.isUnavailable(new DataAccessException("wrapped", new SQLException("failed", sqlState))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "40P01", "42P01", "22P02"})
    void constraintsDeadlocksAndBugsAreNot(String sqlState) {
        assertFalse(DatabaseFailures.isUnavailable(new DataAccessException("wrapped", new SQLException("failed", sqlState))));
    }

    @Test
    void anExhaustedPoolAndASocketTimeoutAre() {
        assertTrue(DatabaseFailures.isUnavailable(new SQLTransientConnectionException("Connection is not available, request timed out")));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("I/O error", null, new SocketTimeoutException("Read timed out"))));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("a bug")));
    }
}
