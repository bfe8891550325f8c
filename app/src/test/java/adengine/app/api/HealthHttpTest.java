package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /health} answers from the readiness report refreshed in the background, so a flood
 * of it touches no dependency and does not slow the ad slot; {@code GET /health/live} touches nothing.
 */
class HealthHttpTest {
    private static final int FLOOD = 3_000;
    private static final int FLOODERS = 8;

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();

    @Test
    void livenessIsUpAndNamesNoDependency() {
        Reply reply = http.get("/health/live");

        assertEquals(200, reply.status(), reply.toString());
        assertEquals("UP", reply.json().get("status").textValue(), reply.body());
        assertTrue(reply.json().path("dependencies").isMissingNode(), reply.body());
    }

    @Test
    void readinessTellsWhenEachDependencyWasProbed() {
        JsonNode health = http.get("/health").json();

        for (String dependency : new String[] {"database", "redis", "object_store"}) {
            JsonNode state = health.get("dependencies").get(dependency);
            assertEquals("UP", state.get("status").textValue(), health.toString());
            Instant checked = Instant.parse(state.get("checked_at").textValue());
            assertTrue(Duration.between(checked, Instant.now()).toSeconds() < 30, "a recent probe: " + health);
        }
    }

    @Test
    void aFloodOfHealthRequestsDoesNotTouchTheDependencies() throws Exception {
        AdFixtures fixtures = new AdFixtures(http);
        String location = AdFixtures.uniqueLocation();
        fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100_000).costPerImpression("1").costPerClick("1").create();
        List<String> clients = fixtures.newClients(50, location);
        long probesBefore = server.application().health().probeCalls();
        long start = System.nanoTime();

        ExecutorService flooders = Executors.newFixedThreadPool(FLOODERS);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < FLOOD; i++) {
                statuses.add(flooders.submit(() -> http.get("/health").status()));
            }
            // the ad slot while the flood runs
            List<Long> adMillis = new ArrayList<>();
            for (String client : clients) {
                long adStart = System.nanoTime();
                assertEquals(200, fixtures.ad(client).status());
                adMillis.add((System.nanoTime() - adStart) / 1_000_000);
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
            adMillis.sort(null);
            assertTrue(adMillis.get(adMillis.size() / 2) < 200, "ads stay fast during the flood, median " + adMillis.get(adMillis.size() / 2) + " ms");
        } finally {
            flooders.shutdownNow();
        }

        long seconds = Math.max(1, Duration.ofNanos(System.nanoTime() - start).toSeconds() + 1);
        long probes = server.application().health().probeCalls() - probesBefore;
        // three dependencies, each probed every two seconds: a few probes, not one per request
        assertTrue(probes <= 3 * (seconds / 2 + 2), FLOOD + " health requests in " + seconds + " s made " + probes + " probe calls");
    }
}
