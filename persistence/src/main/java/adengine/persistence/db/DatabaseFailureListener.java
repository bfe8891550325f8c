package adengine.persistence.db;

import adengine.core.common.DependencyUnavailableException;
import adengine.core.health.CircuitBreaker;
import java.util.Objects;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Every jOOQ statement reports to the database's breaker: one that went through resets its count
 * of failures; one that failed because of the database (refused, timed out, connection lost) counts
 * and becomes a {@link DependencyUnavailableException}, which the API answers with 503.
 */
final class DatabaseFailureListener implements ExecuteListener {
    private final CircuitBreaker breaker;

    DatabaseFailureListener(CircuitBreaker breaker) {
        this.breaker = Objects.requireNonNull(breaker);
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        breaker.succeeded();
    }

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException failure = ctx.exception();
        DependencyUnavailableException unavailable = DependencyUnavailableException.in(failure);
        if (unavailable == null && ctx.sqlException() != null) {
            unavailable = DependencyUnavailableException.in(ctx.sqlException());
        }
        if (unavailable != null) {
            ctx.exception(unavailable);
            return;
        }
        Throwable cause = ctx.sqlException() != null ? ctx.sqlException() : failure;
        if (cause != null && DatabaseFailures.isUnavailable(cause)) {
            breaker.failed(cause);
            ctx.exception(breaker.unavailable(cause));
        }
    }
}
