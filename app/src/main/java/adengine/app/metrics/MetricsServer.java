package adengine.app.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Serves the registry at {@code /metrics} on a port of its own, apart from the REST API and its admin token. */
public final class MetricsServer implements AutoCloseable {
    private final HTTPServer server;

    private MetricsServer(HTTPServer server) {
        this.server = server;
    }

    /** Listens on {@code port}; 0 picks a free one. */
    public static MetricsServer start(int port, PrometheusRegistry registry) {
        try {
            return new MetricsServer(HTTPServer.builder().port(port).registry(registry).buildAndStart());
        } catch (IOException e) {
            throw new UncheckedIOException("the metrics server could not listen on port " + port + " (METRICS_PORT)", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
