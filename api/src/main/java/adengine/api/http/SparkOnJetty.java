package adengine.api.http;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import spark.ExceptionMapper;
import spark.Service;
import spark.embeddedserver.EmbeddedServer;
import spark.embeddedserver.EmbeddedServerFactory;
import spark.embeddedserver.EmbeddedServers;
import spark.embeddedserver.NotSupportedException;
import spark.embeddedserver.jetty.websocket.WebSocketHandlerWrapper;
import spark.http.matching.MatcherFilter;
import spark.route.Routes;
import spark.ssl.SslStores;
import spark.staticfiles.StaticFilesConfiguration;

/**
 * Spark's routes served by Jetty 12 in its ee8 (javax.servlet) environment. Spark 2.9 ships an
 * embedded Jetty 9.4, which is end of life; its router, {@link MatcherFilter}, is a plain servlet
 * filter, so it runs unchanged in a Jetty 12 servlet context. The server bounds what clients may
 * take ({@link ServerLimits}), answers its own errors with the API's JSON body, and stops
 * gracefully: requests in flight finish, new ones get 503 until the connectors close.
 */
public final class SparkOnJetty implements EmbeddedServer {
    private final MatcherFilter router;
    private final Json json;
    private final ServerLimits limits;
    private Server server;
    private QueuedThreadPool threads;

    private SparkOnJetty(MatcherFilter router, Json json, ServerLimits limits) {
        this.router = router;
        this.json = json;
        this.limits = limits;
    }

    /**
     * Makes the service run on this server with these limits. Spark keeps server factories in a
     * static map by identifier: the service gets one of its own, and the default is taken too, so
     * Spark never builds its Jetty 9 server.
     */
    public static void serve(Service http, Json json, ServerLimits limits) {
        Factory factory = new Factory(Objects.requireNonNull(json), Objects.requireNonNull(limits));
        EmbeddedServers.add(EmbeddedServers.defaultIdentifier(), factory);
        EmbeddedServers.add(factory, factory);
        http.embeddedServerIdentifier(factory);
    }

    /** Answers a body the server refused to read (too large, or too many at once) before the authorization and the routes. */
    public static void refuseBodiesOverLimits(Service http) {
        http.before((request, response) -> BoundedBodies.refuseIfTooLarge(request));
    }

    @Override
    public int ignite(String host, int port, SslStores sslStores, int maxThreads, int minThreads, int threadIdleTimeoutMillis)
            throws Exception {
        threads = new QueuedThreadPool(maxThreads, minThreads, threadIdleTimeoutMillis);
        threads.setName("http");
        server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfiguration()));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new UntypedNoContent()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new BoundedBodies(router, limits)), "/*", EnumSet.of(DispatcherType.REQUEST));
        // the router answers every request itself; a servlet mapped at /* gives requests the path
        // info Spark's routes read (the whole path, as Jetty 9's handler gave it)
        context.addServlet(new ServletHolder(new HttpServlet() {
        }), "/*");
        server.setHandler(new GracefulHandler(context.get()));
        server.setStopTimeout(limits.stopTimeout().toMillis());
        ServerErrors errors = new ServerErrors(json);
        server.setErrorHandler(errors.server());
        context.setErrorHandler(errors.context());
        server.start();
        return connector.getLocalPort();
    }

    /**
     * The request-header cache is off: it matches header values ignoring case, so a later
     * {@code Authorization} header could be read as an earlier one of another case. The server
     * does not name itself. Every answer, the server's own errors included, tells browsers not to
     * guess a content type other than the one sent (an image stays an image).
     */
    private static HttpConfiguration httpConfiguration() {
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setSendServerVersion(false);
        configuration.setHeaderCacheSize(0);
        configuration.addCustomizer((request, responseHeaders) -> {
            responseHeaders.put(ServerErrors.NOSNIFF);
            return request;
        });
        return configuration;
    }

    /** Spark hands every server its web sockets, none here; one would need a Jetty 12 web socket container. */
    @Override
    public void configureWebSockets(Map<String, WebSocketHandlerWrapper> handlers, Optional<Long> idleTimeoutMillis) {
        if (handlers != null && !handlers.isEmpty()) {
            NotSupportedException.raise(getClass().getSimpleName(), "Web Sockets");
        }
    }

    @Override
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void extinguish() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the web server did not stop cleanly", e);
        }
    }

    @Override
    public int activeThreadCount() {
        return threads == null ? 0 : threads.getBusyThreads();
    }

    private record Factory(Json json, ServerLimits limits) implements EmbeddedServerFactory {
        @Override
        public EmbeddedServer create(Routes routes, StaticFilesConfiguration staticFiles, ExceptionMapper exceptionMapper,
                boolean hasMultipleHandler) {
            MatcherFilter router = new MatcherFilter(routes, staticFiles, exceptionMapper, false, false);
            router.init(null);
            return new SparkOnJetty(router, json, limits);
        }
    }
}
