package adengine.persistence.embedded;

import adengine.persistence.db.DatabaseConfig;
import adengine.persistence.files.OwnerOnlyFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the bundled binaries, its data in a folder that survives restarts.
 * Its superuser has a generated password, kept in an owner-only file beside the data: every
 * connection, local ones included, must give it (the library's default trusts any local user).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final String PASSWORD_AUTH = "scram-sha-256";
    private static final Pattern TRUST = Pattern.compile("(?m)^[^#\\n]*\\btrust\\b");
    private static final String HBA = """
            # Written by AdEngine: every connection needs the superuser's password.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    /** Starts the server on {@code dataDirectory}; its superuser's password is read from, or first written to, {@code passwordFile}. */
    public static EmbeddedPostgresServer start(Path dataDirectory, Path passwordFile) {
        return start(dataDirectory, passwordFile, FreePort.find());
    }

    /** A server on the given port, e.g. the port of a server that died, so that its clients find the new one. */
    public static EmbeddedPostgresServer start(Path dataDirectory, Path passwordFile, int port) {
        try {
            Files.createDirectories(dataDirectory);
            LeftoverServer.stop(dataDirectory.resolve("postmaster.pid"), "postgres");
            OwnerOnlyFile secret = new OwnerOnlyFile(passwordFile);
            String password = secret.read().orElseGet(() -> newPassword(dataDirectory, secret));
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // passed to initdb only: these come after the library's own "-A trust" and win
                    .setLocaleConfig("auth", PASSWORD_AUTH)
                    .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
                    .setConnectConfig("password", password)
                    .setServerConfig("max_connections", "200")
                    // the library's defaults trade durability for test speed; an acknowledged event must survive a crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start(), dataDirectory, password);
            server.requirePasswords(dataDirectory.resolve("pg_hba.conf"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** The given database on this server (created at first use by {@code Database.open}). */
    public DatabaseConfig database(String name, int maxPoolSize) {
        return new DatabaseConfig("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name, SUPERUSER, password, maxPoolSize);
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

    /**
     * A data folder initialised here gets the password from initdb. One of an earlier version, which
     * trusted every local user, gets one too; one that already requires a password cannot be
     * opened without the password it was given.
     */
    private static String newPassword(Path dataDirectory, OwnerOnlyFile secret) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (Files.exists(hba) && !trustsLocalUsers(hba)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " needs the superuser password that was kept in "
                    + secret.path() + ", which is missing: restore that file, or move the data folder away to start afresh");
        }
        return secret.readOrCreate(OwnerOnlyFile::randomSecret);
    }

    /** Sets the password and replaces the trusting rules of a data folder made by an earlier version. */
    private void requirePasswords(Path hba) throws IOException {
        if (!trustsLocalUsers(hba)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // the password is hex, so it needs no quoting beyond the literal's quotes
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
            Files.writeString(hba, HBA);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of the embedded PostgreSQL", e);
        }
        LOG.info("The embedded PostgreSQL trusted every local user; its superuser now needs the password kept in the data folder");
    }

    private static boolean trustsLocalUsers(Path hba) {
        try {
            return TRUST.matcher(Files.readString(hba)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
