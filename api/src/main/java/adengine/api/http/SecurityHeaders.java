package adengine.api.http;

import spark.Service;

/** Headers every answer carries: browsers must not guess a content type other than the one sent (an image stays an image). */
public final class SecurityHeaders {
    public void register(Service http) {
        http.before((req, res) -> res.header("X-Content-Type-Options", "nosniff"));
    }
}
