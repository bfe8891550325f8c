package adengine.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Checks, before anything is started, that the ports the program will listen on are free: a port
 * held by another program then stops the start in a moment with the variable to change, instead
 * of after the embedded servers and the migrations (seconds) with a bind error.
 */
final class FreePorts {
    private FreePorts() {
    }

    /** {@code ports}: environment variable → port; 0 (any free port) is not checked. */
    static void require(Map<String, Integer> ports) {
        ports.forEach((variable, port) -> {
            if (port == 0) {
                return;
            }
            try (ServerSocket probe = new ServerSocket(port)) {
                // bound, so free: closed at once for the server that binds it moments later
            } catch (IOException e) {
                throw new ConfigException(variable + "=" + port + ": the port is in use by another program (" + e.getMessage()
                        + "); stop it or set " + variable + " to a free port");
            }
        });
    }
}
