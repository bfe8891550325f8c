package adengine.app.metrics;

import adengine.api.http.AdminAccess;
import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Serves the registry at {@code /metrics} on a port of its own, apart from the REST API, to the
 * same callers as the admin API: with {@code ADMIN_API_TOKEN} set, those that send it as a Bearer
 * token (as Prometheus does, see monitoring/prometheus/prometheus.yml); without, local ones.
 */
public final class MetricsServer implements AutoCloseable {
    private final HTTPServer server;

    private MetricsServer(HTTPServer server) {
        this.server = server;
    }

    /** Listens on {@code port}; 0 picks a free one. */
    public static MetricsServer start(int port, PrometheusRegistry registry, AdminAccess access) {
        try {
            return new MetricsServer(HTTPServer.builder()
                    .port(port)
                    .registry(registry)
                    .authenticator(new AdminOnly(access))
                    .buildAndStart());
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

    private static final class AdminOnly extends Authenticator {
        private final AdminAccess access;

        AdminOnly(AdminAccess access) {
            this.access = Objects.requireNonNull(access);
        }

        @Override
        public Result authenticate(HttpExchange exchange) {
            InetSocketAddress peer = exchange.getRemoteAddress();
            String client = peer == null || peer.getAddress() == null ? null : peer.getAddress().getHostAddress();
            if (access.allows(exchange.getRequestHeaders()::getFirst, client)) {
                return new Success(new HttpPrincipal("admin", "metrics"));
            }
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            return new Failure(401);
        }
    }
}
