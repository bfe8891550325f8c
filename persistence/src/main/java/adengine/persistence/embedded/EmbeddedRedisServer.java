package adengine.persistence.embedded;

import adengine.persistence.files.OwnerOnlyFile;
import adengine.persistence.redis.RedisConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A Redis server run from the bundled binary on loopback, with its data in a folder that survives
 * restarts: every write goes to an append-only file synced to disk each second, and stopping it
 * saves everything first ({@code SHUTDOWN SAVE}). It asks for a password, generated at the first
 * start and kept in the data folder, readable by the owner only.
 */
public final class EmbeddedRedisServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedisServer.class);
    private static final String APPEND_ONLY_FILE = "appendonly.aof";
    /** Saving a few megabytes takes far less; a stuck save must not hold up the program's stop for ever. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration COMMAND_WAIT = Duration.ofSeconds(5);

    private final RedisServer server;
    private final int port;
    private final String password;
    private final Path pidFile;

    private EmbeddedRedisServer(RedisServer server, int port, String password, Path pidFile) {
        this.server = server;
        this.port = port;
        this.password = password;
        this.pidFile = pidFile;
    }

    public static EmbeddedRedisServer start(Path dataDirectory) {
        return start(dataDirectory, FreePort.find());
    }

    /** A server on the given port, e.g. the port of a server that died, so that its clients find the new one. */
    public static EmbeddedRedisServer start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath();
        try {
            Files.createDirectories(directory);
            Path pidFile = directory.resolve("redis.pid");
            LeftoverServer.stop(pidFile, "redis-server");
            String password = new OwnerOnlyFile(directory.resolve("password")).readOrCreate(OwnerOnlyFile::randomSecret);
            boolean appendOnlyFileExists = Files.exists(directory.resolve(APPEND_ONLY_FILE));
            // the library writes these settings to a temporary file of its own (owner-only), never to the command line
            RedisServer server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("dir " + directory)
                    .setting("pidfile " + pidFile)
                    .setting("requirepass " + password)
                    .setting("appendfilename " + APPEND_ONLY_FILE)
                    .setting("appendfsync everysec")
                    // Redis loads the append-only file instead of the snapshot when it is switched on at start,
                    // so a folder without one (new, or written by an older version) starts from its snapshot
                    .setting("appendonly " + (appendOnlyFileExists ? "yes" : "no"))
                    .setting("save \"\"")
                    // a stop by the library (its own shutdown hook) is a SIGTERM, on which Redis saves too
                    .onShutdownForceStop(false)
                    .build();
            server.start();
            EmbeddedRedisServer embedded = new EmbeddedRedisServer(server, port, password, pidFile);
            if (!appendOnlyFileExists) {
                embedded.switchOnAppendOnlyFile();
            }
            return embedded;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis did not start in " + directory, e);
        }
    }

    /**
     * Writes what is in memory (the snapshot just loaded) as the first append-only file, and every
     * write after it. Returns once that file is written: until then Redis refuses to stop, a
     * {@code SHUTDOWN} answers an error and a SIGTERM is ignored.
     */
    private void switchOnAppendOnlyFile() throws IOException {
        Optional<String> reply = RedisCommandLine.call(port, password, COMMAND_WAIT, "CONFIG", "SET", "appendonly", "yes");
        if (!reply.equals(Optional.of("+OK"))) {
            throw new IOException("Redis did not switch on its append-only file: " + reply.orElse("no answer"));
        }
        long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        while (isRewritingAppendOnlyFile()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("Redis did not finish writing its first append-only file within " + SHUTDOWN_WAIT);
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private boolean isRewritingAppendOnlyFile() throws IOException {
        String persistence = RedisCommandLine.call(port, password, COMMAND_WAIT, "INFO", "persistence").orElse("");
        return !persistence.contains("aof_rewrite_in_progress:0") || !persistence.contains("aof_rewrite_scheduled:0");
    }

    private static void sleep(Duration pause) throws IOException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Redis wrote its first append-only file", e);
        }
    }

    /** Logical database {@code index} of this server, with its password. */
    public RedisConfig redis(int index) {
        return new RedisConfig("redis://:" + password + "@127.0.0.1:" + port + "/" + index);
    }

    public int port() {
        return port;
    }

    /** The process id of the server, from its pid file. */
    public long pid() {
        try {
            return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves everything to disk, then stops the server. */
    @Override
    public void close() {
        try {
            Optional<String> refused = RedisCommandLine.call(port, password, SHUTDOWN_WAIT, "SHUTDOWN", "SAVE");
            refused.ifPresent(reply -> LOG.warn("Embedded Redis refused to save and stop ({}); stopping it anyway", reply));
        } catch (IOException e) {
            LOG.warn("Embedded Redis did not answer the final save: {}", e.toString());
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
