package adengine.core.health;

import java.util.Map;

/** The state of every dependency and the verdict over all of them. */
public record HealthReport(Status status, Map<String, DependencyHealth> dependencies) {
    public HealthReport {
        dependencies = Map.copyOf(dependencies);
    }

    public enum Status { UP, DEGRADED, DOWN }

    /** One dependency: UP or DOWN, how long the probe took, and why it failed. */
    public record DependencyHealth(Status status, long latencyMs, String error) {
    }
}
