package adengine.core.health;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state of every dependency, in the order probed, and the verdict over all of them. */
public record HealthReport(Status status, Map<String, DependencyHealth> dependencies) {
    public HealthReport {
        dependencies = Collections.unmodifiableMap(new LinkedHashMap<>(dependencies));
    }

    public enum Status { UP, DEGRADED, DOWN }

    /**
     * One dependency: UP or DOWN, how long its last probe took, why it failed, and when it was
     * probed (null before the first probe).
     */
    public record DependencyHealth(Status status, long latencyMs, String error, Instant checkedAt) {
    }
}
