package adengine.persistence.db;

import adengine.core.health.DependencyProbe;
import java.util.Objects;
import org.jooq.DSLContext;

/** The database answers a trivial query. */
public final class DatabaseProbe implements DependencyProbe {
    private final DSLContext dsl;

    public DatabaseProbe(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean essential() {
        return true;
    }

    @Override
    public void check() {
        dsl.selectOne().queryTimeout(2).fetch();
    }
}
