package adengine.persistence.embedded;

import adengine.persistence.db.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A PostgreSQL server run from the bundled binaries, its data in a folder that survives restarts. */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, FreePort.find());
    }

    /** A server on the given port, e.g. the port of a server that died, so that its clients find the new one. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            LeftoverServer.stop(dataDirectory.resolve("postmaster.pid"), "postgres");
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // the library's defaults trade durability for test speed; an acknowledged event must survive a crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** The given database on this server (created at first use by {@code Database.open}). */
    public DatabaseConfig database(String name, int maxPoolSize) {
        return new DatabaseConfig("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name, "postgres", null, maxPoolSize);
    }

    public int port() {
        return postgres.getPort();
    }

    /** The process id of the postmaster, from {@code postmaster.pid}; the server's other processes are its children. */
    public long pid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
