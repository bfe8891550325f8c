package adengine.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a server process that an earlier run left behind when it was killed (SIGKILL skips
 * shutdown hooks): it still holds the data folder, so a new server could not start on it.
 */
final class LeftoverServer {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private LeftoverServer() {
    }

    /** Stops the process named on the first line of {@code pidFile} if it is alive and its command contains {@code program}. */
    static void stop(Path pidFile, String program) {
        leftover(pidFile, program).ifPresent(process -> {
            LOG.warn("Stopping a {} (pid {}) left running by an earlier run on {}", program, process.pid(), pidFile.getParent());
            process.destroy();
            try {
                process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Waiting for the leftover " + program + " failed", e);
            }
        });
    }

    private static Optional<ProcessHandle> leftover(Path pidFile, String program) {
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().orElse("").contains(program));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
