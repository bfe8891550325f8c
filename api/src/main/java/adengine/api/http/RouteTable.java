package adengine.api.http;

import java.util.Objects;
import java.util.Set;
import spark.Request;
import spark.Service;

/** The routes a server registered, read at the first request (every route is registered by then). */
public final class RouteTable {
    private static final String ROUTE = RouteTable.class.getName() + ".route";

    private final Service http;
    private volatile RouteTemplates templates;

    public RouteTable(Service http) {
        this.http = Objects.requireNonNull(http);
    }

    /**
     * The template that the request's {@link RoutedPath} reaches with {@code method}, or
     * {@link RouteTemplates#UNMATCHED} (an ambiguous path too). For the request's own method it is
     * found once, since the authorization and the metering both ask.
     */
    public String routeOf(Request req, String method) {
        if (!method.equals(req.requestMethod())) {
            return find(req, method);
        }
        String route = req.attribute(ROUTE);
        if (route == null) {
            route = find(req, method);
            req.attribute(ROUTE, route);
        }
        return route;
    }

    private String find(Request req, String method) {
        return RoutedPath.valid(req).map(path -> routeOf(method, path)).orElse(RouteTemplates.UNMATCHED);
    }

    /** Fails when one of {@code routes} ({@code "METHOD /template"}) was never registered: a misspelt name guards nothing. */
    public void requireRegistered(Set<String> routes) {
        for (String route : routes) {
            if (!templates().has(route)) {
                throw new IllegalStateException("no route " + route + " is registered");
            }
        }
    }

    private String routeOf(String method, String path) {
        return templates().routeOf(method, path);
    }

    private RouteTemplates templates() {
        RouteTemplates known = templates;
        if (known == null) {
            known = RouteTemplates.of(http.routes());
            templates = known;
        }
        return known;
    }
}
