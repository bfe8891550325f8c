package adengine.app.simulation;

import adengine.api.simulation.SimulationControl;
import adengine.api.simulation.SimulationSettings;
import adengine.api.simulation.SimulationState;
import adengine.app.metrics.AdEngineMetrics;
import adengine.app.metrics.AdEngineMetrics.SimulationOutcome;
import adengine.core.ads.Ad;
import adengine.core.ads.AdService;
import adengine.core.ads.Click;
import adengine.core.common.ForbiddenException;
import adengine.core.common.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthetic traffic through the real ad path: at the requested rate, a random synthetic client
 * asks the {@link AdService} for an ad, exactly as {@code GET /ads} does, and clicks a share of
 * the ads it is shown, as {@code POST /ads/{adId}/click} does. Every number it causes is counted
 * by the same code as real traffic; it only ever uses its own clients, advertisers and campaigns.
 */
public final class Simulator implements SimulationControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    private static final double CLICK_SHARE = 0.1;
    private static final double DEFAULT_RATE = 10;

    private final boolean available;
    private final SyntheticWorld world;
    private final AdService ads;
    private final AdEngineMetrics metrics;
    private double rate = DEFAULT_RATE;
    private Run run;

    /** {@code available} is SIMULATION_ENABLED: without it every attempt to start is refused. */
    public Simulator(boolean available, SyntheticWorld world, AdService ads, AdEngineMetrics metrics) {
        this.available = available;
        this.world = Objects.requireNonNull(world);
        this.ads = Objects.requireNonNull(ads);
        this.metrics = Objects.requireNonNull(metrics);
        metrics.simulationRunning(false);
    }

    @Override
    public synchronized SimulationState state() {
        return new SimulationState(available, run != null, rate);
    }

    @Override
    public synchronized SimulationState apply(SimulationSettings settings) {
        if (!available) {
            throw new ForbiddenException("the simulation is disabled on this instance; start it with SIMULATION_ENABLED=true");
        }
        stop();
        if (settings.requestsPerSecond() != null) {
            rate = settings.requestsPerSecond();
        }
        if (settings.enabled()) {
            world.ensure();
            run = new Run(rate);
            LOG.info("Simulation started at {} requests per second", rate);
        }
        metrics.simulationRunning(run != null);
        return state();
    }

    @Override
    public synchronized void close() {
        stop();
        metrics.simulationRunning(false);
    }

    private void stop() {
        if (run != null) {
            run.close();
            run = null;
            LOG.info("Simulation stopped");
        }
    }

    /** One visit of a random synthetic client: an ad decision and, for a share of the ads shown, a click. */
    private void visit() {
        List<UUID> clients = SyntheticTraffic.clientIds();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        UUID client = clients.get(random.nextInt(clients.size()));
        try {
            Ad ad = ads.next(client);
            metrics.simulationRequest(SimulationOutcome.SERVED);
            if (random.nextDouble() < CLICK_SHARE) {
                ads.click(new Click(ad.campaign().campaignId(), client));
                metrics.simulationRequest(SimulationOutcome.CLICK);
            }
        } catch (NotFoundException e) {
            metrics.simulationRequest(SimulationOutcome.NONE);
        } catch (RuntimeException e) {
            LOG.warn("A simulated visit failed: {}", e.toString());
        }
    }

    /**
     * A ticker hands the visits due every {@value #TICK_MILLIS} ms to a few workers. When they fall
     * behind, visits beyond a second's worth are dropped rather than queued without bound.
     */
    private final class Run implements AutoCloseable {
        private static final long TICK_MILLIS = 100;
        private static final int WORKERS = 4;

        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(named("simulation-ticker"));
        private final ThreadPoolExecutor workers;
        private final double perTick;
        private double due;

        Run(double requestsPerSecond) {
            perTick = requestsPerSecond * TICK_MILLIS / 1000;
            workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>((int) Math.ceil(requestsPerSecond)), named("simulation-worker"),
                    new ThreadPoolExecutor.DiscardPolicy());
            ticker.scheduleAtFixedRate(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }

        private void tick() {
            due += perTick;
            for (; due >= 1; due--) {
                workers.execute(Simulator.this::visit);
            }
        }

        /** Stops the ticker, drops the visits not begun and waits for those under way. */
        @Override
        public void close() {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(5, TimeUnit.SECONDS);
                workers.getQueue().clear();
                workers.shutdown();
                if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("Simulated visits were still running 30 s after the simulation stopped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
