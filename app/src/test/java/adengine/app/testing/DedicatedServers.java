package adengine.app.testing;

import adengine.persistence.db.DatabaseConfig;
import adengine.persistence.embedded.EmbeddedPostgresServer;
import adengine.persistence.embedded.EmbeddedRedisServer;
import adengine.persistence.redis.RedisConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL and a Redis server of a test's own (separate processes, not the shared ones of
 * {@code TestInfrastructure}), that the test may freeze (SIGSTOP), thaw (SIGCONT), kill
 * (SIGKILL) and start again on the same port with the same data.
 */
public final class DedicatedServers implements AutoCloseable {
    private final Path postgresData;
    private final Path postgresPassword;
    private final Path redisData;
    private EmbeddedPostgresServer postgres;
    private EmbeddedRedisServer redis;
    private final int postgresPort;
    private final int redisPort;
    private final List<Long> frozen = new ArrayList<>();

    private DedicatedServers(Path root) {
        this.postgresData = root.resolve("postgres");
        this.postgresPassword = root.resolve("postgres-password");
        this.redisData = root.resolve("redis");
        this.postgres = EmbeddedPostgresServer.start(postgresData, postgresPassword);
        this.redis = EmbeddedRedisServer.start(redisData);
        this.postgresPort = postgres.port();
        this.redisPort = redis.port();
    }

    public static DedicatedServers start() {
        return new DedicatedServers(Path.of("target", "fault-data", UUID.randomUUID().toString()).toAbsolutePath());
    }

    public DatabaseConfig database() {
        return postgres.database("adengine", 8);
    }

    public RedisConfig redis() {
        return redis.redis(0);
    }

    /** SIGSTOP to the postmaster and every backend: connections stay open, nothing answers. */
    public void freezePostgres() {
        freeze(postgresProcesses());
    }

    /** SIGKILL to the postmaster and every backend. */
    public void killPostgres() {
        List<Long> pids = postgresProcesses();
        signal("-KILL", pids);
        awaitDeath(pids);
    }

    /** A new server on the same port and data (after a kill: crash recovery). */
    public void restartPostgres() {
        try {
            postgres.close(); // releases the data folder's lock; the server itself is already dead
        } catch (RuntimeException e) {
            // pg_ctl stop of a dead server
        }
        postgres = EmbeddedPostgresServer.start(postgresData, postgresPassword, postgresPort);
    }

    public void freezeRedis() {
        freeze(List.of(redis.pid()));
    }

    public void killRedis() {
        List<Long> pids = List.of(redis.pid());
        signal("-KILL", pids);
        awaitDeath(pids);
    }

    public void restartRedis() {
        try {
            redis.close();
        } catch (RuntimeException e) {
            // stopping a dead server
        }
        redis = EmbeddedRedisServer.start(redisData, redisPort);
    }

    /** SIGCONT to what was frozen. */
    public void thaw() {
        if (!frozen.isEmpty()) {
            signal("-CONT", frozen);
            frozen.clear();
        }
    }

    @Override
    public void close() {
        thaw();
        try {
            postgres.close();
        } catch (RuntimeException e) {
            // already dead
        }
        try {
            redis.close();
        } catch (RuntimeException e) {
            // already dead
        }
    }

    private void freeze(List<Long> pids) {
        signal("-STOP", pids);
        frozen.addAll(pids);
    }

    private List<Long> postgresProcesses() {
        long postmaster = postgres.pid();
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).ifPresent(process -> process.descendants().forEach(child -> pids.add(child.pid())));
        return pids;
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                throw new IllegalStateException("kill did not finish: " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Alive and not a zombie (a killed daemon may wait for a parent that never reaps it). */
    private static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitDeath(List<Long> pids) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (long pid : pids) {
            while (running(pid) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
