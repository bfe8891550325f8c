package adengine.persistence.embedded;

import adengine.persistence.redis.RedisConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/** A Redis server run from the bundled binary on loopback, snapshotting into a data folder. */
public final class EmbeddedRedisServer implements AutoCloseable {
    private final RedisServer server;
    private final int port;
    private final Path pidFile;

    private EmbeddedRedisServer(RedisServer server, int port, Path pidFile) {
        this.server = server;
        this.port = port;
        this.pidFile = pidFile;
    }

    public static EmbeddedRedisServer start(Path dataDirectory) {
        return start(dataDirectory, FreePort.find());
    }

    /** A server on the given port, e.g. the port of a server that died, so that its clients find the new one. */
    public static EmbeddedRedisServer start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            Path pidFile = dataDirectory.toAbsolutePath().resolve("redis.pid");
            LeftoverServer.stop(pidFile, "redis-server");
            RedisServer server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("dir " + dataDirectory.toAbsolutePath())
                    .setting("pidfile " + pidFile)
                    .setting("save 60 1")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            return new EmbeddedRedisServer(server, port, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis did not start", e);
        }
    }

    /** Logical database {@code index} of this server. */
    public RedisConfig redis(int index) {
        return new RedisConfig("redis://127.0.0.1:" + port + "/" + index);
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

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
