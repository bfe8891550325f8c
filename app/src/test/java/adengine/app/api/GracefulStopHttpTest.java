package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.api.http.ServerLimits;
import adengine.app.Application;
import adengine.app.testing.AdFixtures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Stopping the program (what SIGTERM does) while clients keep asking for ads and clicking: every
 * request the server received gets an answer, ten times in a row. Requests in flight finish;
 * requests that arrive during the stop get 503; then the port closes and new connections are
 * refused, which a load balancer retries elsewhere.
 */
class GracefulStopHttpTest {
    private static final int CLIENTS = 8;
    private static final ServerLimits LIMITS = new ServerLimits(1_000, Duration.ofSeconds(30), Duration.ofSeconds(10),
            16 * 1024 * 1024, 64L * 1024 * 1024);

    @Test
    void aStopUnderLoadDropsNoRequestTenTimesInARow() throws Exception {
        for (int attempt = 1; attempt <= 10; attempt++) {
            Application application = Application.start(adengine.app.testing.TestServer.config(null).withServerLimits(LIMITS));
            AdFixtures fixtures = new AdFixtures(AdFixtures.http(application));
            String location = AdFixtures.uniqueLocation();
            String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                    .impressionsLimit(100_000).clicksLimit(100_000).costPerImpression("0.50").costPerClick("1").create();
            List<String> clients = fixtures.newClients(CLIENTS * 50, location);
            String base = "http://127.0.0.1:" + application.port();

            Load load = new Load(base, campaign, clients);
            load.start();
            Thread.sleep(800);
            application.close();
            load.awaitEnd();

            assertTrue(load.answered.get() > 0, "the clients were served before the stop");
            assertEquals(List.of(), List.copyOf(load.dropped), "attempt " + attempt + ": requests without an answer");
        }
    }

    /** {@value #CLIENTS} clients asking for ads and clicking them until the server refuses connections. */
    private static final class Load {
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        private final List<Future<?>> runs = new ArrayList<>();
        private final String base;
        private final String campaign;
        private final List<String> clients;
        private final AtomicInteger answered = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> dropped = new ConcurrentLinkedQueue<>();

        Load(String base, String campaign, List<String> clients) {
            this.base = base;
            this.campaign = campaign;
            this.clients = clients;
        }

        void start() {
            for (int lane = 0; lane < CLIENTS; lane++) {
                int first = lane;
                runs.add(pool.submit(() -> run(first)));
            }
        }

        private void run(int lane) {
            for (int i = lane; ; i = (i + CLIENTS) % clients.size()) {
                String clientId = clients.get(i);
                if (!exchange(HttpRequest.newBuilder(URI.create(base + "/ads?client_id=" + clientId)).GET())
                        || !exchange(HttpRequest.newBuilder(URI.create(base + "/ads/" + campaign + "/click"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"client_id\": \"" + clientId + "\"}")))) {
                    return;
                }
            }
        }

        /** False once the server refuses connections: it has stopped. */
        private boolean exchange(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.ofString());
                answered.incrementAndGet();
                return response.statusCode() != 503;
            } catch (ConnectException refused) {
                return false;
            } catch (IOException e) {
                dropped.add(request.build().method() + " " + request.build().uri().getPath() + ": " + e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void awaitEnd() throws Exception {
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();
        }
    }
}
