package adengine.app.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;

/** Label values taken from enums, as the series show them: the constant's name in lower case. */
final class EnumLabels {
    private EnumLabels() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A counter labelled by one enum, with a series at zero for every value from the start, so that
     * dashboards and rates see it before its first event.
     */
    static Counter counter(PrometheusRegistry registry, String name, String help, String label, Enum<?>[] values) {
        Counter counter = Counter.builder().name(name).help(help).labelNames(label).register(registry);
        for (Enum<?> value : values) {
            counter.initLabelValues(of(value));
        }
        return counter;
    }
}
