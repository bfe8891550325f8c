package adengine.api.http;

import adengine.core.common.RequestStart;
import spark.Service;

/** Marks each request's start on its thread, for the deadlines counted from it ({@link RequestStart}). */
public final class RequestDeadlines {
    public void register(Service http) {
        http.before((req, res) -> RequestStart.mark());
        http.afterAfter((req, res) -> RequestStart.clear());
    }
}
