package adengine.core.common;

import java.util.Objects;

/**
 * The database or Redis failed (refused, timed out, or its circuit breaker is open). It is an
 * {@link UnavailableException}, so the REST API answers 503 {@code service_unavailable}; the
 * breaker logs the outage once, so a request failing this way is not logged again.
 */
public final class DependencyUnavailableException extends UnavailableException {
    private final String dependency;

    public DependencyUnavailableException(String dependency, String message, Throwable cause) {
        super(message, cause);
        this.dependency = Objects.requireNonNull(dependency);
    }

    /** The failing dependency as named in the health report: {@code database} or {@code redis}. */
    public String dependency() {
        return dependency;
    }

    /** This exception anywhere in the causes of {@code failure} (wrappers of libraries and executors included), or null. */
    public static DependencyUnavailableException in(Throwable failure) {
        return Causes.first(failure, DependencyUnavailableException.class);
    }
}
