package adengine.core.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.core.health.HealthReport.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    @Test
    void allUpIsUp() {
        assertEquals(Status.UP, new HealthService(List.of(probe("database", true, true), probe("redis", false, true))).check().status());
    }

    @Test
    void anOptionalDependencyDownIsDegraded() {
        HealthReport report = new HealthService(List.of(probe("database", true, true), probe("redis", false, false))).check();

        assertEquals(Status.DEGRADED, report.status());
        assertEquals(Status.DOWN, report.dependencies().get("redis").status());
        assertEquals("IllegalStateException", report.dependencies().get("redis").error());
    }

    @Test
    void theDatabaseDownIsDown() {
        assertEquals(Status.DOWN, new HealthService(List.of(probe("redis", false, false), probe("database", true, false))).check().status());
    }

    private static DependencyProbe probe(String name, boolean essential, boolean up) {
        return new DependencyProbe() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean essential() {
                return essential;
            }

            @Override
            public void check() {
                if (!up) {
                    throw new IllegalStateException("down");
                }
            }
        };
    }
}
