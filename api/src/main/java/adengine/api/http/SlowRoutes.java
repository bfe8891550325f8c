package adengine.api.http;

import adengine.core.common.UnavailableException;
import java.util.concurrent.Semaphore;
import spark.Request;
import spark.Service;

/**
 * A bulkhead for the routes that wait on slow dependencies (the language model, the object
 * store): together they hold at most {@value #PERMITS} of the web server's threads, and a request
 * beyond that gets 503 at once instead of queueing, so they can never take the threads that
 * {@code GET /ads} and clicks need, however slow or hung the dependency is.
 */
public final class SlowRoutes {
    /** Of the server's 64 threads: the ad slot keeps at least 40 whatever the slow routes do. */
    static final int PERMITS = 24;
    private static final String HOLDS_PERMIT = SlowRoutes.class.getName() + ".permit";

    private final Semaphore permits = new Semaphore(PERMITS);
    private final Service http;

    public SlowRoutes(Service http) {
        this.http = http;
    }

    /** Puts the route ({@code method} on {@code path}, Spark's pattern) behind the bulkhead. */
    public SlowRoutes guard(String method, String path) {
        http.before(path, (req, res) -> {
            if (req.requestMethod().equals(method)) {
                enter(req);
            }
        });
        http.afterAfter(path, (req, res) -> leave(req));
        return this;
    }

    private void enter(Request req) {
        if (!permits.tryAcquire()) {
            throw new UnavailableException("too many requests are waiting on the language model or the image store; try again shortly", null);
        }
        req.attribute(HOLDS_PERMIT, Boolean.TRUE);
    }

    private void leave(Request req) {
        if (req.attribute(HOLDS_PERMIT) != null) {
            req.raw().removeAttribute(HOLDS_PERMIT);
            permits.release();
        }
    }
}
