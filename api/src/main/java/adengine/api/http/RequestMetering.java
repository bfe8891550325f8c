package adengine.api.http;

import java.util.Objects;
import spark.Service;

/**
 * Times every request the routes see and reports it with its route template and final status.
 * Registered before any other filter, so the time includes them, and its report runs after the
 * error mapper, so the status is the one sent.
 */
public final class RequestMetering {
    private static final String STARTED = RequestMetering.class.getName() + ".started";

    private final RequestObserver observer;
    private volatile RouteTemplates templates;

    public RequestMetering(RequestObserver observer) {
        this.observer = Objects.requireNonNull(observer);
    }

    public void register(Service http) {
        http.before((req, res) -> req.attribute(STARTED, System.nanoTime()));
        http.afterAfter((req, res) -> {
            Long started = req.attribute(STARTED);
            long nanos = started == null ? 0 : System.nanoTime() - started;
            observer.answered(req.requestMethod(), templates(http).routeOf(req.requestMethod(), req.pathInfo()),
                    res.status(), nanos);
        });
    }

    /** Read once the server runs: every route is registered by then. */
    private RouteTemplates templates(Service http) {
        RouteTemplates known = templates;
        if (known == null) {
            known = RouteTemplates.of(http.routes());
            templates = known;
        }
        return known;
    }
}
