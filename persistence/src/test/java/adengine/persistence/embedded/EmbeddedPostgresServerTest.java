package adengine.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.persistence.db.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL's superuser needs the generated password kept beside the data folder, whoever connects. */
class EmbeddedPostgresServerTest {
    @TempDir
    Path folder;

    @Test
    void aNewDataFolderGetsAGeneratedPasswordInAnOwnerOnlyFile() throws IOException {
        Path passwordFile = folder.resolve("postgres-password");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder.resolve("postgres"), passwordFile)) {
            DatabaseConfig config = server.database("postgres", 1);
            String password = Files.readString(passwordFile);

            assertTrue(password.matches("[0-9a-f]{48}"), "48 hex digits: " + password.length());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
            assertEquals(password, config.password());
            assertEquals(1, selectOne(config.url(), "postgres", password));
            assertRefused(config.url(), null);
            assertRefused(config.url(), "wrong");
            assertRefused(config.url(), "");
            assertFalse(hasTrustRule(folder.resolve("postgres")), "no trust rule");
        }
    }

    @Test
    void aRestartKeepsThePassword() throws IOException {
        Path passwordFile = folder.resolve("postgres-password");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(folder.resolve("postgres"), passwordFile)) {
            assertEquals(1, selectOne(first.database("postgres", 1).url(), "postgres", Files.readString(passwordFile)));
        }
        String password = Files.readString(passwordFile);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(folder.resolve("postgres"), passwordFile)) {
            DatabaseConfig config = second.database("postgres", 1);

            assertEquals(password, Files.readString(passwordFile));
            assertEquals(1, selectOne(config.url(), "postgres", password));
            assertRefused(config.url(), null);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)), "narrowed again");
        }
    }

    /** A data folder of an earlier version: initialised by the library's defaults, which trust every local user. */
    @Test
    void aTrustingDataFolderOfAnEarlierVersionGetsAPasswordAtItsNextStart() throws IOException {
        Path data = folder.resolve("postgres");
        Files.createDirectories(data);
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
            assertEquals(1, selectOne("jdbc:postgresql://127.0.0.1:" + earlier.getPort() + "/postgres", "postgres", null),
                    "the earlier folder let anyone in");
        }
        Path passwordFile = folder.resolve("postgres-password");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, passwordFile)) {
            DatabaseConfig config = server.database("postgres", 1);

            assertEquals(1, selectOne(config.url(), "postgres", Files.readString(passwordFile)));
            assertRefused(config.url(), null);
            assertRefused(config.url(), "wrong");
            assertFalse(hasTrustRule(data), "no trust rule left");
        }
    }

    @Test
    void aProtectedDataFolderWithoutItsPasswordFileIsNotStartedAndSaysWhy() throws IOException {
        Path passwordFile = folder.resolve("postgres-password");
        EmbeddedPostgresServer.start(folder.resolve("postgres"), passwordFile).close();
        Files.delete(passwordFile);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EmbeddedPostgresServer.start(folder.resolve("postgres"), passwordFile));

        assertTrue(e.getMessage().contains(passwordFile.toString()), e.getMessage());
        assertFalse(Files.exists(passwordFile), "no new password was made up for it");
    }

    private static boolean hasTrustRule(Path data) throws IOException {
        return Pattern.compile("(?m)^[^#\\n]*\\btrust\\b").matcher(Files.readString(data.resolve("pg_hba.conf"))).find();
    }

    private static int selectOne(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, credentials(user, password));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError("could not connect to " + url, e);
        }
    }

    private static void assertRefused(String url, String password) {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, credentials("postgres", password)).close(),
                "connected with password " + password);
        assertTrue("28P01".equals(e.getSQLState()) || "08004".equals(e.getSQLState()), e.getSQLState() + " " + e.getMessage());
    }

    private static Properties credentials(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }
}
