package adengine.api.http;

import spark.Service;

/**
 * Refuses, before anything is routed, a request that the router and the authorization could read
 * differently: an ambiguous path (see {@link RoutedPath}) or a method override header, which the
 * router would follow while the authorization judges the real method.
 */
public final class UnambiguousRequests {
    static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

    public void register(Service http) {
        http.before((req, res) -> {
            RoutedPath.of(req);
            if (req.headers(METHOD_OVERRIDE) != null) {
                throw new BadRequestException(METHOD_OVERRIDE + " is not supported: send the request with its real method");
            }
        });
    }
}
