package adengine.app.metrics;

import adengine.persistence.llm.LanguageModelObserver.Purpose;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/** Calls of the language model by purpose: whether they answered, and how long they took. */
final class LanguageModelMetrics {
    /** Model calls take seconds and may run to their timeout, past the default buckets' last bound (10 s). */
    private static final double[] SECONDS = {0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60};

    private final Counter requests;
    private final Histogram duration;

    LanguageModelMetrics(PrometheusRegistry registry) {
        requests = Counter.builder().name("llm_requests_total")
                .help("language model calls by purpose and outcome")
                .labelNames("purpose", "outcome").register(registry);
        duration = Histogram.builder().name("llm_request_duration_seconds").classicOnly()
                .classicUpperBounds(SECONDS)
                .help("language model call duration by purpose")
                .labelNames("purpose").register(registry);
        for (Purpose purpose : Purpose.values()) {
            requests.initLabelValues(EnumLabels.of(purpose), "ok");
            requests.initLabelValues(EnumLabels.of(purpose), "error");
            duration.initLabelValues(EnumLabels.of(purpose));
        }
    }

    void called(Purpose purpose, boolean ok, long nanos) {
        requests.labelValues(EnumLabels.of(purpose), ok ? "ok" : "error").inc();
        duration.labelValues(EnumLabels.of(purpose)).observe(Unit.nanosToSeconds(nanos));
    }
}
