package adengine.core.health;

import adengine.core.health.HealthReport.DependencyHealth;
import adengine.core.health.HealthReport.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readiness of the service: every dependency is probed in the background, on a schedule, and
 * {@link #report()} answers from the last results without touching any dependency, so however
 * often it is asked it costs nothing. DOWN when an essential dependency (the database) fails,
 * DEGRADED when another does.
 *
 * <p>A dependency may have a {@link CircuitBreaker}: a failing probe counts as a failure of it,
 * a succeeding probe closes it, and while it is open the dependency is probed every
 * {@code openProbeInterval} (instead of every {@code refresh}) and reported DOWN. Each probe runs
 * on a thread of its own and is given up after {@code probeTimeout}, so a hung dependency delays
 * neither the others nor the report.
 */
public final class HealthService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HealthService.class);

    /** A probe and, when calls to the dependency go through one, its breaker (else null). */
    public record Dependency(DependencyProbe probe, CircuitBreaker breaker) {
        public Dependency {
            Objects.requireNonNull(probe);
        }
    }

    /**
     * @param refresh how often each dependency is probed while it is well
     * @param openProbeInterval how often a dependency whose breaker is open is probed
     * @param probeTimeout how long a probe may take before it counts as failed
     */
    public record Schedule(Duration refresh, Duration openProbeInterval, Duration probeTimeout) {
        public static final Schedule DEFAULT = new Schedule(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(2));

        public Schedule {
            for (Duration duration : List.of(refresh, openProbeInterval, probeTimeout)) {
                if (duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException("durations of the health schedule must be positive");
                }
            }
        }
    }

    private final List<Watched> watched;
    private final Schedule schedule;
    private final ExecutorService probing;
    private final AtomicLong probeCalls = new AtomicLong();
    private ScheduledExecutorService ticker;

    /** Probes without breakers, on the default schedule; nothing runs until {@link #check()} or {@link #start()}. */
    public HealthService(List<DependencyProbe> probes) {
        this(probes.stream().map(probe -> new Dependency(probe, null)).toList(), Schedule.DEFAULT);
    }

    public HealthService(List<Dependency> dependencies, Schedule schedule) {
        this.watched = dependencies.stream().map(Watched::new).toList();
        this.schedule = Objects.requireNonNull(schedule);
        AtomicInteger threads = new AtomicInteger();
        this.probing = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "health-probe-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Probes every dependency once and waits for the results (at most the probe timeout), then probes on the schedule. */
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        check();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "health-schedule");
            thread.setDaemon(true);
            return thread;
        });
        long tick = Math.max(50, Math.min(schedule.refresh().toMillis(), schedule.openProbeInterval().toMillis()) / 2);
        ticker.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** Probes every dependency now, waits for the results (at most the probe timeout each) and reports. */
    public HealthReport check() {
        List<CompletableFuture<Void>> running = watched.stream().map(Watched::probeNow).toList();
        long deadline = System.nanoTime() + schedule.probeTimeout().toNanos();
        for (int i = 0; i < running.size(); i++) {
            try {
                running.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                watched.get(i).timedOut();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                // recorded by the probe itself
            }
        }
        return report();
    }

    /** The last known state of every dependency; touches none of them. */
    public HealthReport report() {
        Map<String, DependencyHealth> results = new LinkedHashMap<>();
        Status overall = Status.UP;
        for (Watched dependency : watched) {
            DependencyHealth health = dependency.current();
            results.put(dependency.probe.name(), health);
            if (health.status() == Status.DOWN) {
                overall = dependency.probe.essential() ? Status.DOWN : worse(overall, Status.DEGRADED);
            }
        }
        return new HealthReport(overall, results);
    }

    /** How many probe calls were made since start, for tests and monitoring. */
    public long probeCalls() {
        return probeCalls.get();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        probing.shutdownNow();
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            for (Watched dependency : watched) {
                dependency.tick(now);
            }
        } catch (RuntimeException e) {
            LOG.warn("The health schedule failed: {}", e.toString());
        }
    }

    private static Status worse(Status a, Status b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One dependency: its last result and the probe in flight, if any. */
    private final class Watched {
        private final DependencyProbe probe;
        private final CircuitBreaker breaker;
        private volatile DependencyHealth last;
        private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
        private long startedNanos;
        private boolean timeoutCounted;

        Watched(Dependency dependency) {
            this.probe = dependency.probe();
            this.breaker = dependency.breaker();
            this.last = new DependencyHealth(Status.DOWN, 0, "not probed yet", null);
        }

        DependencyHealth current() {
            DependencyHealth health = last;
            if (breaker != null && breaker.isOpen() && health.status() == Status.UP) {
                return new DependencyHealth(Status.DOWN, health.latencyMs(), "CircuitOpen", health.checkedAt());
            }
            return health;
        }

        synchronized void tick(long now) {
            if (!inFlight.isDone()) {
                if (!timeoutCounted && now - startedNanos > schedule.probeTimeout().toNanos()) {
                    timedOut();
                }
                return;
            }
            Duration interval = breaker != null && breaker.isOpen() ? schedule.openProbeInterval() : schedule.refresh();
            if (now - startedNanos >= interval.toNanos()) {
                probeNow();
            }
        }

        synchronized CompletableFuture<Void> probeNow() {
            if (inFlight.isDone()) {
                startedNanos = System.nanoTime();
                timeoutCounted = false;
                inFlight = CompletableFuture.runAsync(this::probe, probing);
            }
            return inFlight;
        }

        synchronized void timedOut() {
            if (timeoutCounted || inFlight.isDone()) {
                return;
            }
            timeoutCounted = true;
            long elapsed = (System.nanoTime() - startedNanos) / 1_000_000;
            last = new DependencyHealth(Status.DOWN, elapsed, "TimeoutException", Instant.now());
            if (breaker != null) {
                breaker.probeFailed(new TimeoutException("the " + probe.name() + " probe took over " + elapsed + " ms"));
            }
        }

        private void probe() {
            long start = System.nanoTime();
            probeCalls.incrementAndGet();
            try {
                probe.check();
                if (breaker == null && last.status() == Status.DOWN && last.checkedAt() != null) {
                    LOG.info("Health probe {} succeeds again", probe.name());
                }
                last = new DependencyHealth(Status.UP, elapsedMs(start), null, Instant.now());
                if (breaker != null) {
                    breaker.probeSucceeded();
                }
            } catch (Exception e) {
                boolean firstFailure = last.status() == Status.UP || last.checkedAt() == null;
                last = new DependencyHealth(Status.DOWN, elapsedMs(start), e.getClass().getSimpleName(), Instant.now());
                if (firstFailure && breaker == null) {
                    LOG.warn("Health probe {} failed: {}", probe.name(), e.toString());
                }
                if (breaker != null) {
                    breaker.probeFailed(e);
                }
            }
        }
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
