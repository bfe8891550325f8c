package adengine.core.common;

import java.time.Duration;

/**
 * When the request that the current thread serves began (an HTTP request, a bot update), so that
 * every wait on the language model made for it (moderating the inputs, generating, moderating the
 * answer, a retry) counts against one deadline for the whole request instead of one per call. A
 * request is served on one thread from its start to its answer; a thread with no request marked
 * has no overall deadline.
 */
public final class RequestStart {
    private static final ThreadLocal<Long> STARTED = new ThreadLocal<>();

    private RequestStart() {
    }

    public static void mark() {
        STARTED.set(System.nanoTime());
    }

    public static void clear() {
        STARTED.remove();
    }

    /** What is left of {@code deadline}, counted from the current request's start; all of it when no request is marked. */
    public static Duration left(Duration deadline) {
        Long started = STARTED.get();
        return started == null ? deadline : deadline.minusNanos(System.nanoTime() - started);
    }
}
