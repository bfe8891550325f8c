package adengine.api.http;

import adengine.core.common.UnavailableException;
import java.util.Objects;
import java.util.Set;
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
    private final RouteTable routes;
    private final Set<String> guarded;

    /** {@code guarded}: the routes behind the bulkhead, as {@code "METHOD /template"} ({@code "PUT /ads/{adId}/update-image"}). */
    public SlowRoutes(RouteTable routes, Set<String> guarded) {
        this.routes = Objects.requireNonNull(routes);
        this.guarded = Set.copyOf(guarded);
    }

    /** One filter on each side of every request, on the route the request was already matched to. */
    public void register(Service http) {
        http.before((req, res) -> {
            if (guarded.contains(req.requestMethod() + " " + routes.routeOf(req, req.requestMethod()))) {
                enter(req);
            }
        });
        http.afterAfter((req, res) -> leave(req));
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
