package adengine.app;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts AdEngine with the configuration of the environment; stops cleanly on SIGTERM. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
            FreePorts.require(Map.of("PORT", config.port(), "METRICS_PORT", config.metricsPort()));
        } catch (ConfigException | IllegalArgumentException e) {
            LOG.error("Invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Application application;
        try {
            application = Application.start(config);
        } catch (RuntimeException e) {
            LOG.error("AdEngine could not start", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "shutdown"));
        LOG.info("AdEngine is listening on http://localhost:{} (API documentation at /docs)", application.port());
    }
}
