package adengine.app.testing;

import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.api.http.ServerLimits;
import adengine.app.Resilience;
import adengine.persistence.testing.TestInfrastructure;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real program on a random port, with its own database and Redis logical database, started
 * once for a test class: {@code @RegisterExtension static final TestServer server = new TestServer();}.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {
    private final String adminToken;
    private AppConfig config;
    private Application application;

    public TestServer() {
        this(null);
    }

    /** A server that requires {@code Authorization: Bearer <adminToken>} on admin endpoints. */
    public TestServer(String adminToken) {
        this.adminToken = adminToken;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        config = config(adminToken);
        application = Application.start(config);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        application.close();
    }

    /** The running program, for what the HTTP API does not offer (the use cases of the Telegram bot). */
    public Application application() {
        return application;
    }

    /** A client of this server; it may be created before the server starts. */
    public HttpClientForTests http() {
        return new HttpClientForTests(() -> "http://127.0.0.1:" + application.port(), adminToken);
    }

    /** The folder this server keeps its files in (the bot's claim code, uploads in progress). */
    public Path dataDirectory() {
        return config.dataDirectory();
    }

    /** The port of this server's Prometheus endpoint. */
    public int metricsPort() {
        return application.metricsPort();
    }

    public static AppConfig config(String adminToken) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        return new AppConfig(
                0,
                ServerLimits.DEFAULT,
                infrastructure.freshDatabase(),
                infrastructure.freshRedis(),
                infrastructure.objectStore("adengine-test"),
                "adengine-test",
                adminToken,
                // the embedded servers are the test infrastructure's; the program keeps the bot's claim code and uploads here
                Path.of("target", "test-data", "app-" + UUID.randomUUID()),
                8,
                null,
                Set.of(),
                null,
                0,
                false,
                Resilience.DEFAULT);
    }
}
