package adengine.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.core.common.DependencyUnavailableException;
import adengine.core.health.CircuitBreaker;
import adengine.persistence.testing.TestInfrastructure;
import java.time.Duration;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bulk load's statements get the bulk timeout; every other statement keeps the short one, before and after. */
class BulkTransactionTest {
    private static final DatabaseTimeouts SHORT_STATEMENTS = new DatabaseTimeouts(
            Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(5));
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase(), SHORT_STATEMENTS, new CircuitBreaker("database", "PostgreSQL", 1_000));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void aStatementOfABulkLoadMayRunLongerThanTheStatementTimeout() {
        assertThrows(DependencyUnavailableException.class, () -> sleep(database.dsl().dsl(), Duration.ofMillis(600)));

        BulkTransaction.run(database.dsl(), bulk -> sleep(bulk, Duration.ofMillis(600)));

        assertThrows(DependencyUnavailableException.class, () -> sleep(database.dsl().dsl(), Duration.ofMillis(600)),
                "the short timeout holds again on the same pool");
        assertEquals(1, database.dsl().fetchValue(DSL.inline(1)));
    }

    @Test
    void theBulkTimeoutStillEndsAStatementThatHangs() {
        assertThrows(DependencyUnavailableException.class, () -> BulkTransaction.run(database.dsl(), bulk -> sleep(bulk, Duration.ofSeconds(30))));
    }

    private static void sleep(org.jooq.DSLContext dsl, Duration duration) {
        dsl.execute("SELECT pg_sleep(" + duration.toMillis() / 1000.0 + ")");
    }
}
