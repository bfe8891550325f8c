package adengine.app.api;

import static adengine.persistence.schema.Tables.CLICKS;
import static adengine.persistence.schema.Tables.IMPRESSIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.api.http.ServerLimits;
import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.app.Resilience;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.DedicatedServers;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.persistence.db.Database;
import adengine.persistence.testing.TestInfrastructure;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL or Redis dies (SIGKILL) or freezes (SIGSTOP) under a load of ad requests and clicks.
 * Every answer comes within two seconds: with Redis away ads are still served (from PostgreSQL;
 * a 404 is a decision too: a client who clicked every campaign has none left);
 * with PostgreSQL away the answer is 503 at once once its breaker is open. After the dependency
 * is back the service recovers by itself, every 200 and 204 is in the ledger, and the outage was
 * logged a few times, not once per request.
 */
class DependencyFaultTest {
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final int WORKERS = 6;
    /** Enough that the load never runs out of ads: each client would have to click every campaign first. */
    private static final int CLIENTS = 2_000;
    private static final int CAMPAIGNS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DedicatedServers servers;
    private Application application;
    private String base;
    private List<String> clients;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CountingAppender logLines = new CountingAppender();

    @BeforeEach
    void startTheProgramOnServersOfItsOwn() {
        servers = DedicatedServers.start();
        AppConfig config = new AppConfig(0, ServerLimits.DEFAULT, servers.database(), servers.redis(), TestInfrastructure.get().objectStore("adengine-faults"),
                "adengine-faults", null, Path.of("target", "unused-data"), 8, null, Set.of(), null, 0, false, Resilience.DEFAULT);
        application = Application.start(config);
        base = "http://127.0.0.1:" + application.port();
        AdFixtures fixtures = new AdFixtures(AdFixtures.http(application));
        String location = AdFixtures.uniqueLocation();
        clients = fixtures.newClients(CLIENTS, location);
        for (int i = 0; i < CAMPAIGNS; i++) {
            fixtures.campaign(fixtures.newAdvertiser()).location(location)
                    .impressionsLimit(100_000).clicksLimit(100_000).costPerImpression("1.00").costPerClick("2.00").create();
        }
        logLines.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logLines);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logLines);
        if (application != null) {
            application.close();
        }
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void redisKilledAdsAreStillServedAndRedisIsUsedAgainWhenBack() throws Exception {
        assertAdsServedThroughARedisOutage(underLoad(DedicatedServers::killRedis, DedicatedServers::restartRedis));
    }

    @Test
    void redisFrozenAdsAreStillServedAndRedisIsUsedAgainWhenThawed() throws Exception {
        assertAdsServedThroughARedisOutage(underLoad(DedicatedServers::freezeRedis, DedicatedServers::thaw));
    }

    private void assertAdsServedThroughARedisOutage(Run run) throws Exception {
        run.assertAnsweredWithin(BOUND);
        run.assertOnly(Set.of(200, 204, 404), "Redis only caches: PostgreSQL serves every ad meanwhile");
        run.assertRecovered();
        assertRedisInUse();
        run.assertLedgerHoldsEveryAcknowledgedEvent(servers);
        run.assertFewLogLines(logLines);
    }

    @Test
    void postgresKilledAnswers503AtOnceAndRecoversWhenRestarted() throws Exception {
        assertUnavailableThroughAPostgresOutage(underLoad(DedicatedServers::killPostgres, DedicatedServers::restartPostgres),
                "PostgreSQL down is 503, never 500");
    }

    @Test
    void postgresFrozenAnswers503WithinTwoSecondsAndRecoversWhenThawed() throws Exception {
        assertUnavailableThroughAPostgresOutage(underLoad(DedicatedServers::freezePostgres, DedicatedServers::thaw),
                "PostgreSQL frozen is 503, never 500");
    }

    private void assertUnavailableThroughAPostgresOutage(Run run, String why) {
        run.assertAnsweredWithin(BOUND);
        run.assertOnly(Set.of(200, 204, 404, 503), why);
        run.assertUnavailableDuringTheOutage();
        run.assertRecovered();
        run.assertLedgerHoldsEveryAcknowledgedEvent(servers);
        run.assertFewLogLines(logLines);
    }

    /** Healthy load, the fault, the outage under load, the repair, and load until ads are served again (then a little more). */
    private Run underLoad(Consumer<DedicatedServers> fault, Consumer<DedicatedServers> repair) throws Exception {
        Run run = new Run();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    run.adAndMaybeClick(clients.get(ThreadLocalRandom.current().nextInt(clients.size())));
                }
            }, "fault-load-" + w);
            workers.add(worker);
            worker.start();
        }
        try {
            Thread.sleep(1_500);
            run.mark("fault");
            fault.accept(servers);
            Thread.sleep(OUTAGE.toMillis());
            // the health report during the outage, and the liveness answer, which touches nothing
            run.healthDuringOutage = get("/health");
            run.liveDuringOutage = get("/health/live");
            run.mark("repair");
            repair.accept(servers);
            run.mark("repaired");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!run.servedSince("repaired") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            run.mark("recovered");
            Thread.sleep(1_000);
        } finally {
            running.set(false);
            for (Thread worker : workers) {
                worker.join();
            }
        }
        logLines.stop();
        System.out.println("fault load: " + run.statuses() + ", " + run.shown.size() + " impressions and " + run.clicked.size()
                + " clicks acknowledged, " + logLines.count() + " warnings logged");
        return run;
    }

    private void assertRedisInUse() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Answer health = get("/health");
        while (!"UP".equals(health.json().path("dependencies").path("redis").path("status").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            health = get("/health");
        }
        assertEquals("UP", health.json().path("status").asText(), "back to UP once Redis is back: " + health.body());
        HttpClientForTests http = AdFixtures.http(application);
        int day = http.get("/time").json().get("current_date").intValue();
        Reply advanced = http.post("/time/advance", "{}");
        assertEquals(200, advanced.status(), advanced.toString());
        assertEquals(day + 1, http.get("/time").json().get("current_date").intValue(), "the day, cached in Redis again, is current");
    }

    private Answer get(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(path, response.statusCode(), response.body(), System.nanoTime() - start, start);
    }

    private Answer post(String path, String body) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(path, response.statusCode(), response.body(), System.nanoTime() - start, start);
    }

    private record Answer(String path, int status, String body, long nanos, long startedAt) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return path + " -> " + status + " in " + nanos / 1_000_000 + " ms: " + body;
        }
    }

    /** What the load saw. */
    private final class Run {
        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final Set<List<UUID>> shown = ConcurrentHashMap.newKeySet();
        private final Set<List<UUID>> clicked = ConcurrentHashMap.newKeySet();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final Map<String, Long> marks = new ConcurrentHashMap<>();
        private volatile Answer healthDuringOutage;
        private volatile Answer liveDuringOutage;

        void mark(String name) {
            marks.put(name, System.nanoTime());
        }

        void adAndMaybeClick(String clientId) {
            try {
                Answer ad = get("/ads?client_id=" + clientId);
                answers.add(ad);
                if (ad.status() == 200) {
                    UUID campaign = UUID.fromString(ad.json().get("ad_id").asText());
                    shown.add(List.of(campaign, UUID.fromString(clientId)));
                    if (ThreadLocalRandom.current().nextInt(3) == 0) {
                        Answer click = post("/ads/" + campaign + "/click", "{\"client_id\": \"" + clientId + "\"}");
                        answers.add(click);
                        if (click.status() == 204) {
                            clicked.add(List.of(campaign, UUID.fromString(clientId)));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                failures.add(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        boolean servedSince(String mark) {
            long since = marks.get(mark);
            return answers.stream().anyMatch(answer -> answer.startedAt() > since && answer.status() == 200);
        }

        void assertAnsweredWithin(Duration bound) {
            assertEquals(List.of(), new ArrayList<>(failures), "every request got an answer");
            List<Answer> slow = answers.stream().filter(answer -> answer.nanos() > bound.toNanos()).toList();
            assertEquals(List.of(), slow, "every answer within " + bound.toMillis() + " ms; statuses: " + statuses());
            assertTrue(answers.size() > 100, "the load ran: " + statuses());
        }

        void assertOnly(Set<Integer> allowed, String why) {
            List<Answer> other = answers.stream().filter(answer -> !allowed.contains(answer.status())).limit(5).toList();
            assertEquals(List.of(), other, why + "; statuses: " + statuses());
            answers.stream().filter(answer -> answer.status() == 503).findFirst().ifPresent(unavailable ->
                    assertEquals("service_unavailable", unavailable.json().path("error").asText(), unavailable.toString()));
        }

        void assertUnavailableDuringTheOutage() {
            long from = marks.get("fault") + Duration.ofSeconds(2).toNanos();
            long to = marks.get("repair");
            List<Answer> during = answers.stream().filter(answer -> answer.startedAt() > from && answer.startedAt() < to).toList();
            assertTrue(during.size() > 50, "requests kept coming during the outage and were answered at once: " + during.size());
            assertTrue(during.stream().allMatch(answer -> answer.status() == 503), "503 while the database is away: " + statuses());
            long[] millis = during.stream().mapToLong(answer -> answer.nanos() / 1_000_000).sorted().toArray();
            assertTrue(millis[millis.length / 2] < 100 && millis[millis.length * 9 / 10] < 250,
                    "the open breaker answers at once: median " + millis[millis.length / 2] + " ms, 90th percentile "
                    + millis[millis.length * 9 / 10] + " ms");
            assertEquals(503, healthDuringOutage.status(), "readiness is 503 while the database is away: " + healthDuringOutage);
            assertEquals("DOWN", healthDuringOutage.json().path("dependencies").path("database").path("status").asText(),
                    healthDuringOutage.toString());
            assertTrue(healthDuringOutage.nanos() < Duration.ofMillis(500).toNanos(), "the report is ready: " + healthDuringOutage);
            assertEquals(200, liveDuringOutage.status(), "liveness touches no dependency: " + liveDuringOutage);
        }

        void assertRecovered() {
            assertTrue(servedSince("repaired"), "ads are served again after the repair: " + statuses());
            long from = marks.get("recovered") + Duration.ofMillis(300).toNanos();
            List<Answer> after = answers.stream().filter(answer -> answer.startedAt() > from).toList();
            assertTrue(!after.isEmpty() && after.stream().allMatch(answer -> answer.status() < 500),
                    "every answer is a decision once recovered: " + after.stream().filter(a -> a.status() >= 500).limit(3).toList());
        }

        void assertLedgerHoldsEveryAcknowledgedEvent(DedicatedServers servers) {
            try (Database ledger = Database.open(servers.database())) {
                Set<List<UUID>> impressions = pairs(ledger.dsl().select(IMPRESSIONS.CAMPAIGN_ID, IMPRESSIONS.CLIENT_ID).from(IMPRESSIONS).fetch());
                Set<List<UUID>> clicks = pairs(ledger.dsl().select(CLICKS.CAMPAIGN_ID, CLICKS.CLIENT_ID).from(CLICKS).fetch());
                Set<List<UUID>> lostImpressions = new HashSet<>(shown);
                lostImpressions.removeAll(impressions);
                Set<List<UUID>> lostClicks = new HashSet<>(clicked);
                lostClicks.removeAll(clicks);
                assertEquals(Set.of(), lostImpressions, "every 200 from GET /ads is an impression in the ledger");
                assertEquals(Set.of(), lostClicks, "every 204 from a click is a click in the ledger");
                assertTrue(shown.size() > 20 && !clicked.isEmpty(), "the load got ads and clicked: " + shown.size() + ", " + clicked.size());
            }
        }

        void assertFewLogLines(CountingAppender lines) {
            assertTrue(lines.count() <= 12, "the outage is logged per change of state, not per request: "
                    + lines.count() + " lines, e.g. " + lines.sample());
        }

        private String statuses() {
            Map<Integer, Long> counts = answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
            return counts + ", slowest " + answers.stream().mapToLong(Answer::nanos).max().orElse(0) / 1_000_000 + " ms";
        }
    }

    private static Set<List<UUID>> pairs(List<Record2<UUID, UUID>> rows) {
        Set<List<UUID>> pairs = new HashSet<>();
        rows.forEach(row -> pairs.add(List.of(row.value1(), row.value2())));
        return pairs;
    }

    /** Counts WARN and ERROR lines logged in the JVM while it runs. */
    private static final class CountingAppender extends AppenderBase<ILoggingEvent> {
        private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

        @Override
        protected void append(ILoggingEvent event) {
            // the test's own restart of a killed PostgreSQL is not the program's logging
            if (event.getLevel().isGreaterOrEqual(Level.WARN) && !event.getLoggerName().startsWith("io.zonky")) {
                lines.add(event.getLoggerName() + ": " + event.getFormattedMessage());
            }
        }

        int count() {
            return lines.size();
        }

        String sample() {
            return lines.stream().limit(20).collect(Collectors.joining("\n  ", "\n  ", ""));
        }
    }
}
