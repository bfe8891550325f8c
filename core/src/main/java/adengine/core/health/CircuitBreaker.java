package adengine.core.health;

import adengine.core.common.DependencyUnavailableException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker of one dependency (the database, Redis). Closed, calls go through; after
 * {@code failureThreshold} failures in a row it opens, and every call fails at once with a
 * {@link DependencyUnavailableException} instead of waiting for the dependency's timeouts. Only a
 * probe closes it again: the {@link HealthService} probes an open breaker's dependency often,
 * and the first probe that succeeds closes it. Each change of state is logged once, so an outage
 * costs two log lines, not one per request.
 */
public final class CircuitBreaker {
    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

    private final String dependency;
    private final String title;
    private final int failureThreshold;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicBoolean open = new AtomicBoolean();
    private final AtomicLong openedAtNanos = new AtomicLong();
    private final AtomicLong openings = new AtomicLong();
    private final List<Runnable> closeListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> openListeners = new CopyOnWriteArrayList<>();

    /**
     * @param dependency the name in the health report and in errors, e.g. {@code database}
     * @param title the name in log lines, e.g. {@code PostgreSQL}
     * @param failureThreshold failures in a row that open the breaker
     */
    public CircuitBreaker(String dependency, String title, int failureThreshold) {
        this.dependency = Objects.requireNonNull(dependency);
        this.title = Objects.requireNonNull(title);
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
    }

    public String dependency() {
        return dependency;
    }

    public boolean isOpen() {
        return open.get();
    }

    /** How many times the breaker opened since start, for monitoring and tests. */
    public long openings() {
        return openings.get();
    }

    /** Throws at once while the breaker is open; returns otherwise. */
    public void ensureClosed() {
        if (open.get()) {
            throw unavailable(null);
        }
    }

    /** The exception that a call failing because of this dependency throws. */
    public DependencyUnavailableException unavailable(Throwable cause) {
        return new DependencyUnavailableException(dependency,
                title + " is not answering; try again shortly", cause);
    }

    /** A call went through: the failures in a row start again from zero. */
    public void succeeded() {
        if (failuresInARow.get() != 0) {
            failuresInARow.set(0);
        }
    }

    /** A call failed because of the dependency (refused, timed out, connection lost). */
    public void failed(Throwable cause) {
        if (failuresInARow.incrementAndGet() >= failureThreshold && open.compareAndSet(false, true)) {
            openedAtNanos.set(System.nanoTime());
            openings.incrementAndGet();
            LOG.warn("{} is unavailable ({} failures in a row, the last: {}): calls fail at once with 503 until a probe succeeds",
                    title, failureThreshold, describe(cause));
            notify(openListeners);
        }
    }

    /** A probe reached the dependency: an open breaker closes. */
    public void probeSucceeded() {
        failuresInARow.set(0);
        if (open.compareAndSet(true, false)) {
            LOG.info("{} answers again after {} ms: calls go through again", title,
                    (System.nanoTime() - openedAtNanos.get()) / 1_000_000);
            notify(closeListeners);
        }
    }

    private void notify(List<Runnable> listeners) {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A follow-up of a change of {}'s breaker failed: {}", title, e.toString());
            }
        }
    }

    /** A probe failed: it counts as a failure of a call. */
    public void probeFailed(Throwable cause) {
        failed(cause);
    }

    /** Runs {@code listener} (on the failing caller's thread) each time the breaker opens, e.g. to end calls still waiting. */
    public void onOpen(Runnable listener) {
        openListeners.add(Objects.requireNonNull(listener));
    }

    /** Runs {@code listener} (on the prober's thread) each time the breaker closes, e.g. to bring a cache up to date. */
    public void onClose(Runnable listener) {
        closeListeners.add(Objects.requireNonNull(listener));
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public String toString() {
        return "CircuitBreaker[" + dependency + ", " + (open.get() ? "open" : "closed") + "]";
    }
}
