package adengine.persistence.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the configured database when the server does not have it yet, so a fresh server needs no setup. */
final class DatabaseCreator {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?$");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final String INVALID_CATALOG_NAME = "3D000";

    private DatabaseCreator() {
    }

    static void createIfMissing(DatabaseConfig config) {
        try (Connection ignored = DriverManager.getConnection(config.url(), credentials(config))) {
            return;
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
            }
        }
        Matcher url = URL.matcher(config.url());
        if (!url.matches() || !SAFE_NAME.matcher(url.group(2)).matches()) {
            throw new IllegalStateException("The database in " + config.url() + " is missing and its name is not one to create");
        }
        String name = url.group(2);
        String maintenanceUrl = url.group(1) + "postgres" + (url.group(3) == null ? "" : url.group(3));
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials(config));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            LOG.info("Created the missing database {}", name);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created concurrently by another instance
                throw new IllegalStateException("Cannot create the database " + name + ": " + e.getMessage(), e);
            }
        }
    }

    private static Properties credentials(DatabaseConfig config) {
        Properties properties = new Properties();
        if (config.user() != null) {
            properties.setProperty("user", config.user());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        return properties;
    }
}
