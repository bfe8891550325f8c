package adengine.app.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Set;

/** Telegram updates the bot handled, by type, and how long each took. */
final class BotUpdateMetrics {
    /** The only label values: an unknown type counts as other, so the series stay few. */
    private static final Set<String> TYPES = Set.of("message", "callback", "other");

    private final Counter updates;
    private final Histogram duration;

    BotUpdateMetrics(PrometheusRegistry registry) {
        updates = Counter.builder().name("bot_updates_total")
                .help("Telegram updates handled by type")
                .labelNames("type").register(registry);
        duration = Histogram.builder().name("bot_update_duration_seconds").classicOnly()
                .help("Telegram update handling duration by type")
                .labelNames("type").register(registry);
        for (String type : TYPES) {
            updates.initLabelValues(type);
            duration.initLabelValues(type);
        }
    }

    void handled(String type, long nanos) {
        String known = TYPES.contains(type) ? type : "other";
        updates.labelValues(known).inc();
        duration.labelValues(known).observe(Unit.nanosToSeconds(nanos));
    }
}
