package adengine.persistence.db;

import java.util.Objects;

/** Where PostgreSQL is: a JDBC URL ({@code jdbc:postgresql://host:port/name}) and credentials. */
public record DatabaseConfig(String url, String user, String password, int maxPoolSize) {
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("DATABASE_URL must start with jdbc:postgresql://");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + "]";
    }
}
