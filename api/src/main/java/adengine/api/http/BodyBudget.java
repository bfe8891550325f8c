package adengine.api.http;

import adengine.core.common.UnavailableException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The request-body bytes all requests may hold at once. A request reserves its body's bytes as it
 * reads them and gives them back when it is answered; when the budget is spent, a reader waits a
 * moment for others to finish and then gets 503, instead of the heap running out.
 */
final class BodyBudget {
    private static final int UNIT = 1024;
    private static final long WAIT_MILLIS = 2_000;

    private final Semaphore units;

    BodyBudget(long bytes) {
        this.units = new Semaphore((int) Math.min(Integer.MAX_VALUE, bytes / UNIT), true);
    }

    void reserve(long bytes) {
        try {
            if (!units.tryAcquire(units(bytes), WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new UnavailableException("the server is reading too many request bodies at once; try again shortly", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting to read the request body", e);
        }
    }

    void release(long bytes) {
        if (bytes > 0) {
            units.release(units(bytes));
        }
    }

    private static int units(long bytes) {
        return (int) ((bytes + UNIT - 1) / UNIT);
    }
}
