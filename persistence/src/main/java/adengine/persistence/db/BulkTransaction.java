package adengine.persistence.db;

import java.util.function.Consumer;
import org.jooq.Configuration;
import org.jooq.DSLContext;

/**
 * The transaction of a bulk load (thousands of rows in one request). Its statements may take
 * seconds on a busy server, longer than the timeouts that keep the ad slot's calls short, so it
 * raises both for itself: the server's {@code statement_timeout} ({@code SET LOCAL}, gone at the
 * end of the transaction) and its connection's socket timeout (set again when the connection is
 * next lent out). The bulk timeout travels with the {@link Database}'s configuration.
 */
public final class BulkTransaction {
    private static final String TIMEOUT_MILLIS = BulkTransaction.class.getName() + ".timeoutMillis";

    private BulkTransaction() {
    }

    /** Runs {@code work} in one transaction whose statements may each take up to the bulk timeout. */
    public static void run(DSLContext dsl, Consumer<DSLContext> work) {
        dsl.transaction(tx -> {
            DSLContext bulk = tx.dsl();
            if (tx.data(TIMEOUT_MILLIS) instanceof Integer millis) {
                bulk.connection(connection -> connection.setNetworkTimeout(Runnable::run, millis));
                bulk.execute("SET LOCAL statement_timeout = " + millis);
            }
            work.accept(bulk);
        });
    }

    static Configuration withTimeout(Configuration configuration, DatabaseTimeouts timeouts) {
        configuration.data(TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeouts.bulk().toMillis()));
        return configuration;
    }
}
