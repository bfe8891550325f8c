package adengine.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk, a load generator in C light enough to leave the cores to the server, and reads its
 * report. Its scripts (in the jar's {@code wrk/} folder) draw a client per request and, for a
 * fixed rate, pace each thread on a schedule and count the requests that could not leave on time.
 */
final class Wrk {
    private static final int THREADS = 2;
    private static final Pattern THROUGHPUT = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern COUNT = Pattern.compile("(\\d+) requests in");
    private static final Pattern MAX = Pattern.compile("Latency\\s+\\S+\\s+\\S+\\s+(\\S+)");
    private static final Pattern NOT_OK = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern LATE = Pattern.compile("Late requests: (\\d+)");

    /** What one run measured; latencies in milliseconds. */
    record Report(long requests, double throughput, double p50, double p99, double max, long failed, long late) {
        String summary() {
            return String.format("%8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   max %7.2f ms   %,d requests, %d failed%s",
                    throughput, p50, p99, max, requests, failed, late < 0 ? "" : ", " + late + " late");
        }
    }

    private final Path ads;
    private final Path paced;

    private Wrk(Path ads, Path paced) {
        this.ads = ads;
        this.paced = paced;
    }

    /** Fails with how to install wrk when it is missing; writes the scripts into {@code folder}. */
    static Wrk prepare(Path folder) throws IOException, InterruptedException {
        try {
            new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed: run bench/load.sh, or install it (Debian: apt-get install wrk)", e);
        }
        String adsScript = resource("ads.lua");
        Path ads = Files.writeString(folder.resolve("ads.lua"), adsScript);
        Path paced = Files.writeString(folder.resolve("paced.lua"), adsScript + resource("paced.lua"));
        return new Wrk(ads, paced);
    }

    /** {@code url} as fast as {@code connections} allow. */
    Report closedLoop(String url, int connections, Duration duration) throws IOException, InterruptedException {
        return run(url, connections, duration, null, List.of());
    }

    /** {@code GET /ads} for random clients as fast as {@code connections} allow. */
    Report ads(String baseUrl, Path clients, int connections, Duration duration) throws IOException, InterruptedException {
        return run(baseUrl + "/ads", connections, duration, ads, List.of(clients.toString()));
    }

    /** {@code GET /ads} for random clients at {@code rate} requests per second, whatever the answers take. */
    Report pacedAds(String baseUrl, Path clients, int rate, int connections, Duration duration) throws IOException, InterruptedException {
        return run(baseUrl + "/ads", connections, duration, paced, List.of(clients.toString(), String.valueOf((double) rate / THREADS)));
    }

    private static Report run(String url, int connections, Duration duration, Path script, List<String> scriptArguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--latency", "--timeout", "10s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        if (!scriptArguments.isEmpty()) {
            command.add("--");
            command.addAll(scriptArguments);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        return new Report(longOf(COUNT, output, 0), number(THROUGHPUT, output), percentile(output, "50%"), percentile(output, "99%"),
                millis(find(MAX, output, 1)), longOf(NOT_OK, output, 0) + socketErrors(output), longOf(LATE, output, -1));
    }

    private static double percentile(String output, String label) {
        return millis(find(Pattern.compile("^\\s+" + label + "\\s+(\\S+)", Pattern.MULTILINE), output, 1));
    }

    /** wrk prints durations as 850.00us, 1.23ms, 2.00s or 1.50m. */
    private static double millis(String value) {
        Matcher unit = Pattern.compile("([\\d.]+)(us|ms|s|m)").matcher(value);
        if (!unit.matches()) {
            throw new IllegalStateException("not a wrk duration: " + value);
        }
        double amount = Double.parseDouble(unit.group(1));
        return switch (unit.group(2)) {
            case "us" -> amount / 1000;
            case "ms" -> amount;
            case "s" -> amount * 1000;
            default -> amount * 60_000;
        };
    }

    private static long socketErrors(String output) {
        Matcher errors = SOCKET_ERRORS.matcher(output);
        long sum = 0;
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                sum += Long.parseLong(errors.group(group));
            }
        }
        return sum;
    }

    private static double number(Pattern pattern, String output) {
        return Double.parseDouble(find(pattern, output, 1));
    }

    private static long longOf(Pattern pattern, String output, long absent) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : absent;
    }

    private static String find(Pattern pattern, String output, int group) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk's report lacks " + pattern + ":\n" + output);
        }
        return matcher.group(group);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Wrk.class.getResourceAsStream("/wrk/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource wrk/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
