package adengine.app.api;

import static adengine.persistence.schema.Tables.CLICKS;
import static adengine.persistence.schema.Tables.IMPRESSIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.persistence.db.Database;
import adengine.persistence.db.DatabaseConfig;
import adengine.persistence.objectstore.ObjectStoreConfig;
import adengine.persistence.redis.RedisConfig;
import adengine.persistence.testing.TestInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed with SIGKILL in the middle of a load of ad requests and clicks:
 * every impression answered with 200 and every click answered with 204 must be in the ledger,
 * and the restarted server must carry on with it.
 */
class CrashDurabilityTest {
    private static final int CLIENTS = 120;
    private static final int WORKERS = 12;

    @Test
    void everyAcknowledgedEventSurvivesAKill() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        DatabaseConfig database = infrastructure.freshDatabase();
        RedisConfig redis = infrastructure.freshRedis();
        ObjectStoreConfig objects = infrastructure.objectStore("adengine-crash");

        Set<List<UUID>> shown = ConcurrentHashMap.newKeySet();
        Set<List<UUID>> clicked = ConcurrentHashMap.newKeySet();
        ServerProcess server = ServerProcess.start(database, redis, objects);
        HttpClientForTests http = server.http();
        AdFixtures fixtures = new AdFixtures(http);
        String location = AdFixtures.uniqueLocation();
        List<String> clients = fixtures.newClients(CLIENTS, location);
        for (int i = 0; i < 10; i++) {
            fixtures.campaign(fixtures.newAdvertiser()).location(location)
                    .impressionsLimit(1_000).clicksLimit(1_000).costPerImpression("1.00").costPerClick("2.00").create();
        }

        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    UUID client = UUID.fromString(clients.get(ThreadLocalRandom.current().nextInt(CLIENTS)));
                    try {
                        Reply ad = http.get("/ads?client_id=" + client);
                        if (ad.status() == 200) {
                            UUID campaign = UUID.fromString(ad.json().get("ad_id").asText());
                            shown.add(List.of(campaign, client));
                            if (ThreadLocalRandom.current().nextInt(3) == 0
                                    && http.post("/ads/" + campaign + "/click", "{\"client_id\": \"" + client + "\"}").status() == 204) {
                                clicked.add(List.of(campaign, client));
                            }
                        }
                    } catch (RuntimeException e) {
                        // the server died under this request: it was never acknowledged
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        awaitAcknowledged(shown, 200, Duration.ofSeconds(60));
        server.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }

        try (Database ledger = Database.open(database)) {
            Set<List<UUID>> impressions = pairs(ledger.dsl().select(IMPRESSIONS.CAMPAIGN_ID, IMPRESSIONS.CLIENT_ID).from(IMPRESSIONS).fetch());
            Set<List<UUID>> clicks = pairs(ledger.dsl().select(CLICKS.CAMPAIGN_ID, CLICKS.CLIENT_ID).from(CLICKS).fetch());
            assertTrue(impressions.containsAll(shown), "every 200 from GET /ads is an impression in the ledger");
            assertTrue(clicks.containsAll(clicked), "every 204 from a click is a click in the ledger");
            assertTrue(clicked.size() > 0, "the load clicked");

            ServerProcess restarted = ServerProcess.start(database, redis, objects);
            try {
                Map.Entry<UUID, Long> campaign = perCampaign(impressions).entrySet().iterator().next();
                Reply stats = restarted.http().get("/stats/campaigns/" + campaign.getKey());
                assertEquals(campaign.getValue(), stats.json().get("impressions_count").asLong(), stats.toString());
            } finally {
                restarted.process().destroy();
                restarted.process().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The program in a process of its own (the test's classpath), so that it can be killed. */
    private record ServerProcess(Process process, HttpClientForTests http) {
        static ServerProcess start(DatabaseConfig database, RedisConfig redis, ObjectStoreConfig objects) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), "adengine.app.Main")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Map<String, String> env = builder.environment();
            env.put("PORT", String.valueOf(port));
            env.put("METRICS_PORT", "0"); // a free port: a program the developer runs may hold the default
            env.put("DATA_DIR", Path.of("target", "test-data", "crash-" + UUID.randomUUID()).toAbsolutePath().toString());
            env.put("DATABASE_URL", database.url());
            env.put("DATABASE_USER", database.user() == null ? "" : database.user());
            env.put("DATABASE_PASSWORD", database.password() == null ? "" : database.password());
            env.put("REDIS_URL", redis.url());
            env.put("S3_ENDPOINT", objects.endpoint());
            env.put("S3_ACCESS_KEY", objects.accessKey());
            env.put("S3_SECRET_KEY", objects.secretKey());
            env.put("S3_BUCKET", objects.bucket());
            ServerProcess server = new ServerProcess(builder.start(), HttpClientForTests.at("http://127.0.0.1:" + port));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && server.process().isAlive()) {
                try {
                    if (server.http().get("/health").status() == 200) {
                        return server;
                    }
                } catch (RuntimeException e) {
                    Thread.sleep(200);
                }
            }
            server.process().destroyForcibly();
            throw new IOException("the server process did not become healthy");
        }
    }

    private static void awaitAcknowledged(Set<List<UUID>> shown, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (shown.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(shown.size() >= count, "the load got " + shown.size() + " ads");
    }

    private static Set<List<UUID>> pairs(List<Record2<UUID, UUID>> rows) {
        Set<List<UUID>> pairs = ConcurrentHashMap.newKeySet();
        rows.forEach(row -> pairs.add(List.of(row.value1(), row.value2())));
        return pairs;
    }

    private static Map<UUID, Long> perCampaign(Set<List<UUID>> pairs) {
        Map<UUID, Long> counts = new ConcurrentHashMap<>();
        pairs.forEach(pair -> counts.merge(pair.get(0), 1L, Long::sum));
        return counts;
    }
}
