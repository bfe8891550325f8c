package adengine.persistence.db;

/** The connection pool at one moment: connections in use, idle, threads waiting for one, and the maximum. */
public record PoolState(int active, int idle, int pending, int max) {
}
