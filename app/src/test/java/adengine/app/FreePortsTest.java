package adengine.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreePortsTest {
    @Test
    void aPortHeldByAnotherProgramStopsTheStartNamingItsVariable() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            ConfigException refused = assertThrows(ConfigException.class,
                    () -> FreePorts.require(Map.of("METRICS_PORT", taken.getLocalPort())));

            assertTrue(refused.getMessage().startsWith("METRICS_PORT=" + taken.getLocalPort() + ": the port is in use"), refused.getMessage());
        }
    }

    @Test
    void aFreePortAndPortZeroPass() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }

        assertDoesNotThrow(() -> FreePorts.require(Map.of("PORT", free, "METRICS_PORT", 0)));
    }
}
