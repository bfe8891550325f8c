package adengine.app.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/** How the REST API answered: requests and their duration by route template and status, and error bodies by code. */
final class HttpMetrics {
    private final Counter requests;
    private final Histogram duration;
    private final Counter errors;

    HttpMetrics(PrometheusRegistry registry) {
        requests = Counter.builder().name("http_server_requests_total")
                .help("REST API requests by route template and status")
                .labelNames("method", "route", "status").register(registry);
        duration = Histogram.builder().name("http_server_request_duration_seconds").classicOnly()
                .help("REST API request duration by route template and status")
                .labelNames("method", "route", "status").register(registry);
        errors = Counter.builder().name("api_errors_total")
                .help("error bodies sent by the REST API, by status and machine code")
                .labelNames("status", "error").register(registry);
    }

    void answered(String method, String route, int status, long nanos) {
        String code = String.valueOf(status);
        requests.labelValues(method, route, code).inc();
        duration.labelValues(method, route, code).observe(Unit.nanosToSeconds(nanos));
    }

    void errorAnswered(int status, String error) {
        errors.labelValues(String.valueOf(status), error).inc();
    }
}
