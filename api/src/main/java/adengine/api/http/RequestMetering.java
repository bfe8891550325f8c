package adengine.api.http;

import adengine.core.common.RequestStart;
import java.util.Objects;
import spark.Service;

/**
 * Times every request the routes see and reports it with its route template and final status.
 * Registered before any other filter, so the time includes them, and its report runs after the
 * error mapper, so the status is the one sent. A request refused for its ambiguous path counts
 * as unmatched. Its start is also marked on the thread ({@link RequestStart}) for the deadline that
 * all of a request's calls to the language model share.
 */
public final class RequestMetering {
    private static final String STARTED = RequestMetering.class.getName() + ".started";

    private final RequestObserver observer;
    private final RouteTable routes;

    public RequestMetering(RequestObserver observer, RouteTable routes) {
        this.observer = Objects.requireNonNull(observer);
        this.routes = Objects.requireNonNull(routes);
    }

    public void register(Service http) {
        http.before((req, res) -> {
            req.attribute(STARTED, System.nanoTime());
            RequestStart.mark();
        });
        http.afterAfter((req, res) -> {
            RequestStart.clear();
            Long started = req.attribute(STARTED);
            long nanos = started == null ? 0 : System.nanoTime() - started;
            observer.answered(req.requestMethod(), routes.routeOf(req, req.requestMethod()), res.status(), nanos);
        });
    }
}
