package adengine.api.http;

import java.time.Duration;

/**
 * What the web server allows one client and all of them together; each value is set by an
 * environment variable (README, "Configuration").
 *
 * @param maxConnections     open connections at once; further connections wait in the accept queue
 * @param idleTimeout        a connection with nothing to read or write for this long is closed
 * @param stopTimeout        on stop, requests in flight get this long to finish; new ones get 503
 * @param maxBodyBytes       a request body larger than this is refused with 413, however it is sent
 * @param bodyBytesInFlight  request bodies being read by all requests together; beyond it 503
 */
public record ServerLimits(int maxConnections, Duration idleTimeout, Duration stopTimeout, int maxBodyBytes, long bodyBytesInFlight) {
    public static final ServerLimits DEFAULT = new ServerLimits(1_000, Duration.ofSeconds(30), Duration.ofSeconds(20),
            16 * 1024 * 1024, 64L * 1024 * 1024);
}
