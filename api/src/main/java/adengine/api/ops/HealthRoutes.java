package adengine.api.ops;

import adengine.api.http.Json;
import adengine.core.health.HealthReport;
import adengine.core.health.HealthReport.DependencyHealth;
import adengine.core.health.HealthService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import spark.Service;

/**
 * {@code GET /health}: readiness, from the report that {@link HealthService} refreshes in the
 * background (no dependency is touched per request): 200 while the database answers (DEGRADED
 * when another dependency does not), 503 otherwise. {@code GET /health/live}: liveness, 200 as
 * long as the process serves HTTP; it touches nothing.
 */
public final class HealthRoutes {
    private final HealthService health;
    private final Json json;

    public HealthRoutes(HealthService health, Json json) {
        this.health = Objects.requireNonNull(health);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.get("/health", (req, res) -> {
            HealthReport report = health.report();
            int status = report.status() == HealthReport.Status.DOWN ? 503 : 200;
            return json.respond(res, status, body(report));
        });
        http.get("/health/live", (req, res) -> json.respond(res, 200, Map.of("status", "UP")));
    }

    private static Map<String, Object> body(HealthReport report) {
        Map<String, Object> dependencies = new LinkedHashMap<>();
        report.dependencies().forEach((name, dependency) -> dependencies.put(name, dependency(dependency)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.status().name());
        body.put("dependencies", dependencies);
        return body;
    }

    private static Map<String, Object> dependency(DependencyHealth dependency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", dependency.status().name());
        body.put("latency_ms", dependency.latencyMs());
        if (dependency.error() != null) {
            body.put("error", dependency.error());
        }
        if (dependency.checkedAt() != null) {
            body.put("checked_at", dependency.checkedAt().toString());
        }
        return body;
    }
}
