package adengine.api.http;

import java.util.Objects;
import spark.Service;

/** The routes a server registered, read at the first request (every route is registered by then). */
public final class RouteTable {
    private final Service http;
    private volatile RouteTemplates templates;

    public RouteTable(Service http) {
        this.http = Objects.requireNonNull(http);
    }

    /** The template that {@code method} and {@code path} reach, or {@link RouteTemplates#UNMATCHED}. */
    public String routeOf(String method, String path) {
        RouteTemplates known = templates;
        if (known == null) {
            known = RouteTemplates.of(http.routes());
            templates = known;
        }
        return known.routeOf(method, path);
    }
}
