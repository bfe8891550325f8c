package adengine.app.metrics;

import adengine.app.metrics.AdEngineMetrics.SimulationOutcome;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** The traffic simulation: its requests by outcome, and whether it runs on this instance. */
final class SimulationMetrics {
    private final Counter requests;
    private final Gauge running;

    SimulationMetrics(PrometheusRegistry registry) {
        requests = EnumLabels.counter(registry, "simulation_requests_total",
                "requests of the traffic simulation by outcome", "outcome", SimulationOutcome.values());
        running = Gauge.builder().name("simulation_running")
                .help("1 while the traffic simulation runs on this instance")
                .register(registry);
    }

    void request(SimulationOutcome outcome) {
        requests.labelValues(EnumLabels.of(outcome)).inc();
    }

    void running(boolean running) {
        this.running.set(running ? 1 : 0);
    }
}
