package adengine.api.http;

import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Request;
import spark.Service;

/**
 * Every endpoint but the ad slot's and the operational ones is for admins ({@link AdminAccess}).
 * The decision is taken on the route the router will pick for the request's real method and
 * {@link RoutedPath}, the very string the router matches, so the two can never disagree; a path
 * that reaches no route is not public either.
 */
public final class AdminAuthentication {
    private static final Logger LOG = LoggerFactory.getLogger(AdminAuthentication.class);
    private static final Set<String> PUBLIC_ROUTES = Set.of(
            "GET /ads", "POST /ads/{adId}/click", "GET /ads/{adId}/image",
            "GET /health", "GET /health/live", "GET /", "GET /openapi.yaml", "GET /docs", "GET /docs/{file}");

    private final AdminAccess access;
    private final RouteTable routes;

    public AdminAuthentication(AdminAccess access, RouteTable routes) {
        this.access = Objects.requireNonNull(access);
        this.routes = Objects.requireNonNull(routes);
    }

    public void register(Service http) {
        if (!access.hasToken()) {
            LOG.warn("ADMIN_API_TOKEN is not set: the admin API answers only requests made on this machine; set it to use the API from elsewhere");
        }
        http.before((req, res) -> {
            if (!isPublic(req) && !access.allows(req::headers, req.raw().getRemoteAddr())) {
                throw new UnauthorizedException(access.refusal());
            }
        });
    }

    /** A HEAD is answered from the GET route without running it, so it is public where the GET is. */
    private boolean isPublic(Request req) {
        String method = "HEAD".equals(req.requestMethod()) ? "GET" : req.requestMethod();
        return PUBLIC_ROUTES.contains(method + " " + routes.routeOf(req, method));
    }
}
