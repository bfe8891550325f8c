package adengine.core.health;

/** Checks one dependency (database, Redis, object store…) by a cheap real call. */
public interface DependencyProbe {
    /** The name in the health report, e.g. {@code database}. */
    String name();

    /** Whether the service is down without it (only the database is). */
    boolean essential();

    /** Returns normally when the dependency answers; throws otherwise. */
    void check() throws Exception;
}
