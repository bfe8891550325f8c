package adengine.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of the server process and of the database and Redis processes it started (found by
 * the data folder on their command lines), read from /proc, so that a phase can say where its
 * time went per request.
 */
final class CpuMeter {
    private static final double TICKS_PER_SECOND = 100;
    private final long serverPid;
    private final String dataDirectory;

    /** {@code dataDirectory}: the server's data folder, which names its embedded PostgreSQL (pg_ctl detaches it). */
    CpuMeter(long serverPid, Path dataDirectory) {
        this.serverPid = serverPid;
        this.dataDirectory = dataDirectory.toString();
    }

    /** CPU seconds so far by part: the server's JVM, PostgreSQL, Redis. */
    Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("JVM", cpuSeconds(serverPid));
        seconds.put("PostgreSQL", 0.0);
        seconds.put("Redis", 0.0);
        ProcessHandle.allProcesses().forEach(process -> {
            String command = process.info().commandLine().orElse("");
            boolean postgres = command.contains(dataDirectory) || process.parent()
                    .map(parent -> parent.info().commandLine().orElse("").contains(dataDirectory)).orElse(false);
            boolean redis = command.contains("redis-server") && process.parent().map(p -> p.pid() == serverPid).orElse(false);
            if (postgres || redis) {
                seconds.merge(redis ? "Redis" : "PostgreSQL", cpuSeconds(process.pid()), Double::sum);
            }
        });
        return seconds;
    }

    /** Milliseconds of CPU per request in each part between two readings. */
    static String perRequest(Map<String, Double> before, Map<String, Double> after, long requests) {
        StringBuilder line = new StringBuilder("CPU per request:");
        after.forEach((part, seconds) -> line.append(String.format(" %s %.3f ms,", part,
                (seconds - before.getOrDefault(part, 0.0)) * 1000 / Math.max(1, requests))));
        return line.substring(0, line.length() - 1);
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
