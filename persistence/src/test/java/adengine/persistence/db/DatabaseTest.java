package adengine.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.persistence.testing.TestInfrastructure;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void createsAMissingDatabaseThenKeepsItsDataOnTheNextOpen() {
        DatabaseConfig config = TestInfrastructure.get().freshDatabase();

        try (Database first = Database.open(config)) {
            assertEquals(0, first.dsl().fetchValue("select current_day from simulation_clock"));
            first.dsl().execute("update simulation_clock set current_day = 5");
        }
        try (Database again = Database.open(config)) {
            assertEquals(5, again.dsl().fetchValue("select current_day from simulation_clock"));
        }
    }

    @Test
    void everyTableAndColumnIsDocumentedInTheSchema() {
        try (Database database = Database.open(TestInfrastructure.get().freshDatabase())) {
            DSLContext dsl = database.dsl();
            List<String> undocumented = dsl.fetch("""
                    select c.relname as name
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                      and obj_description(c.oid, 'pg_class') is null
                    union all
                    select c.relname || '.' || a.attname
                    from pg_attribute a
                      join pg_class c on c.oid = a.attrelid
                      join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                      and a.attnum > 0 and not a.attisdropped
                      and col_description(c.oid, a.attnum) is null
                    """).getValues("name", String.class);

            assertTrue(undocumented.isEmpty(), "without COMMENT ON: " + undocumented);
        }
    }
}
