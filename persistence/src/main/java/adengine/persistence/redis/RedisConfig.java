package adengine.persistence.redis;

import java.net.URI;
import java.util.Objects;

/** Where Redis is: {@code redis://[user:password@]host:port[/database]}. */
public record RedisConfig(String url) {
    public RedisConfig {
        Objects.requireNonNull(url, "url");
        URI uri = URI.create(url);
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("REDIS_URL must look like redis://host:port");
        }
    }

    /** The address without credentials and database, as Redisson wants it. */
    String address() {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    int database() {
        String path = URI.create(url).getPath();
        return path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
    }

    String username() {
        String info = URI.create(url).getUserInfo();
        return info == null || info.indexOf(':') <= 0 ? null : info.substring(0, info.indexOf(':'));
    }

    String password() {
        String info = URI.create(url).getUserInfo();
        return info == null ? null : info.substring(info.indexOf(':') + 1);
    }

    @Override
    public String toString() {
        return "RedisConfig[" + address() + "/" + database() + "]";
    }
}
