package adengine.core.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.health.HealthReport.Status;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class HealthServiceTest {
    private static final HealthService.Schedule FAST = new HealthService.Schedule(
            Duration.ofMillis(300), Duration.ofMillis(50), Duration.ofMillis(200));

    @Test
    void allUpIsUp() {
        assertEquals(Status.UP, new HealthService(List.of(probe("database", true, true), probe("redis", false, true))).check().status());
    }

    @Test
    void anOptionalDependencyDownIsDegraded() {
        HealthReport report = new HealthService(List.of(probe("database", true, true), probe("redis", false, false))).check();

        assertEquals(Status.DEGRADED, report.status());
        assertEquals(Status.DOWN, report.dependencies().get("redis").status());
        assertEquals("IllegalStateException", report.dependencies().get("redis").error());
    }

    @Test
    void theDatabaseDownIsDown() {
        assertEquals(Status.DOWN, new HealthService(List.of(probe("redis", false, false), probe("database", true, false))).check().status());
    }

    @Test
    void theReportTouchesNoDependencyHoweverOftenItIsAsked() {
        CountingProbe database = new CountingProbe("database", true);
        try (HealthService health = new HealthService(List.of(new HealthService.Dependency(database, null)),
                new HealthService.Schedule(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(1)))) {
            health.start();
            int afterStart = database.calls.get();

            for (int i = 0; i < 100_000; i++) {
                assertEquals(Status.UP, health.report().status());
            }

            assertEquals(1, afterStart, "one probe at start");
            assertEquals(afterStart, database.calls.get(), "reports are answered from the last probe");
            assertEquals(afterStart, health.probeCalls());
        }
    }

    @Test
    void theReportIsRefreshedInTheBackground() throws InterruptedException {
        CountingProbe database = new CountingProbe("database", true);
        try (HealthService health = new HealthService(List.of(new HealthService.Dependency(database, null)), FAST)) {
            health.start();
            database.up.set(false);

            awaitTrue(() -> health.report().status() == Status.DOWN, "the failure is seen within a refresh");
            database.up.set(true);
            awaitTrue(() -> health.report().status() == Status.UP, "and the recovery");
        }
    }

    @Test
    void aHungProbeIsDownAfterTheProbeTimeoutAndDelaysNeitherTheOthersNorTheReport() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        DependencyProbe hung = new NamedProbe("object_store", false) {
            @Override
            public void check() throws InterruptedException {
                release.await();
            }
        };
        CountingProbe database = new CountingProbe("database", true);
        try (HealthService health = new HealthService(List.of(new HealthService.Dependency(hung, null),
                new HealthService.Dependency(database, null)), FAST)) {
            long start = System.nanoTime();
            health.start();
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "start waits at most the probe timeout");

            HealthReport report = health.report();
            assertEquals(Status.DEGRADED, report.status());
            assertEquals("TimeoutException", report.dependencies().get("object_store").error());
            int before = database.calls.get();
            awaitTrue(() -> database.calls.get() > before, "the database is still probed on schedule");
        } finally {
            release.countDown();
        }
    }

    @Test
    void anOpenBreakerIsReportedDownProbedOftenAndClosedByTheFirstProbeThatSucceeds() throws InterruptedException {
        CircuitBreaker breaker = new CircuitBreaker("redis", "Redis", 2);
        CountingProbe redis = new CountingProbe("redis", false);
        HealthService.Schedule slowRefresh = new HealthService.Schedule(Duration.ofMinutes(1), Duration.ofMillis(50), Duration.ofMillis(200));
        try (HealthService health = new HealthService(List.of(new HealthService.Dependency(redis, breaker)), slowRefresh)) {
            health.start();
            redis.up.set(false);
            breaker.failed(new IllegalStateException("timeout"));
            breaker.failed(new IllegalStateException("timeout"));
            assertTrue(breaker.isOpen());
            assertEquals(Status.DEGRADED, health.report().status(), "Redis is not essential");
            assertEquals(Status.DOWN, health.report().dependencies().get("redis").status());

            int before = redis.calls.get();
            awaitTrue(() -> redis.calls.get() >= before + 3, "an open breaker is probed every 50 ms, not every minute");
            assertTrue(breaker.isOpen(), "failing probes keep it open");
            redis.up.set(true);

            awaitTrue(() -> !breaker.isOpen(), "a probe that succeeds closes it");
            awaitTrue(() -> health.report().status() == Status.UP, "and the report says so");
        }
    }

    @Test
    void aFailingProbeCountsAgainstTheBreaker() throws InterruptedException {
        CircuitBreaker breaker = new CircuitBreaker("database", "PostgreSQL", 2);
        CountingProbe database = new CountingProbe("database", true);
        database.up.set(false);
        try (HealthService health = new HealthService(List.of(new HealthService.Dependency(database, breaker)), FAST)) {
            health.start();

            awaitTrue(breaker::isOpen, "two failed probes in a row open the breaker");
            assertEquals(Status.DOWN, health.report().status());
            assertFalse(health.report().dependencies().get("database").checkedAt() == null);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static DependencyProbe probe(String name, boolean essential, boolean up) {
        CountingProbe probe = new CountingProbe(name, essential);
        probe.up.set(up);
        return probe;
    }

    private abstract static class NamedProbe implements DependencyProbe {
        private final String name;
        private final boolean essential;

        NamedProbe(String name, boolean essential) {
            this.name = name;
            this.essential = essential;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean essential() {
            return essential;
        }
    }

    private static final class CountingProbe extends NamedProbe {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicBoolean up = new AtomicBoolean(true);

        CountingProbe(String name, boolean essential) {
            super(name, essential);
        }

        @Override
        public void check() {
            calls.incrementAndGet();
            if (!up.get()) {
                throw new IllegalStateException("down");
            }
        }
    }
}
