package adengine.core.health;

import adengine.core.health.HealthReport.DependencyHealth;
import adengine.core.health.HealthReport.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks every probe and sums up: DOWN when an essential dependency fails, DEGRADED when another does. */
public final class HealthService {
    private static final Logger LOG = LoggerFactory.getLogger(HealthService.class);

    private final List<DependencyProbe> probes;

    public HealthService(List<DependencyProbe> probes) {
        this.probes = List.copyOf(Objects.requireNonNull(probes));
    }

    public HealthReport check() {
        Map<String, DependencyHealth> results = new LinkedHashMap<>();
        Status overall = Status.UP;
        for (DependencyProbe probe : probes) {
            DependencyHealth health = probe(probe);
            results.put(probe.name(), health);
            if (health.status() == Status.DOWN) {
                overall = probe.essential() ? Status.DOWN : worse(overall, Status.DEGRADED);
            }
        }
        return new HealthReport(overall, results);
    }

    private static DependencyHealth probe(DependencyProbe probe) {
        long start = System.nanoTime();
        try {
            probe.check();
            return new DependencyHealth(Status.UP, elapsedMs(start), null);
        } catch (Exception e) {
            LOG.warn("Health probe {} failed: {}", probe.name(), e.toString());
            return new DependencyHealth(Status.DOWN, elapsedMs(start), e.getClass().getSimpleName());
        }
    }

    private static Status worse(Status a, Status b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
