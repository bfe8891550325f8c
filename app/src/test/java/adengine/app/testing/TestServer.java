package adengine.app.testing;

import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.persistence.testing.TestInfrastructure;
import java.nio.file.Path;

/** The real program on a random port, with its own database and Redis logical database. */
public final class TestServer implements AutoCloseable {
    private final Application application;
    private final HttpClientForTests http;

    private TestServer(Application application, String adminToken) {
        this.application = application;
        this.http = new HttpClientForTests("http://127.0.0.1:" + application.port(), adminToken);
    }

    public static TestServer start() {
        return start(null);
    }

    public static TestServer start(String adminToken) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        AppConfig config = new AppConfig(
                0,
                infrastructure.freshDatabase(),
                infrastructure.freshRedis(),
                infrastructure.objectStore("adengine-test"),
                "adengine-test",
                adminToken,
                Path.of("target", "unused-data"),
                8);
        return new TestServer(Application.start(config), adminToken);
    }

    public HttpClientForTests http() {
        return http;
    }

    @Override
    public void close() {
        application.close();
    }
}
