package adengine.bench.load;

import adengine.bench.server.Options;
import adengine.bench.server.ServerProcess;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Seeds 20,000 clients, 500 advertisers, 2,000 campaigns and 1,000,000 ML scores into a fresh
 * server (the packaged jar, run with -Xmx512m), then measures in one run: the cheapest JSON
 * endpoint ({@code GET /time}) as the ceiling, {@code GET /ads} at full speed, and
 * {@code GET /ads} at a fixed 1,000 requests per second.
 *
 * <p>Usage: {@code java -cp bench/target/adengine-bench.jar adengine.bench.load.LoadBenchmark
 * [--seconds 15] [--connections 16] [--rate 1000] [--profile]}; {@code --profile} records the
 * full-speed GET /ads phase with Java Flight Recorder into adengine-ads.jfr.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15")));
        int connections = Integer.parseInt(options.getOrDefault("connections", "16"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        boolean profile = options.containsKey("profile");
        try (ServerProcess server = ServerProcess.start(Path.of(options.getOrDefault("jar", "app/target/adengine.jar")), List.of())) {
            long seeding = System.nanoTime();
            List<UUID> clients = new Seeder(server.baseUrl()).seed(20_000, 500, 2_000, 50);
            System.out.printf("seeded 20,000 clients, 500 advertisers, 2,000 campaigns, 1,000,000 ML scores in %.1f s%n",
                    (System.nanoTime() - seeding) / 1e9);

            LoadGenerator load = new LoadGenerator();
            Supplier<HttpRequest> time = get(server.baseUrl() + "/time");
            SplittableRandom random = new SplittableRandom(11);
            Supplier<HttpRequest> ads = () -> HttpRequest.newBuilder(URI.create(
                    server.baseUrl() + "/ads?client_id=" + clients.get(random.nextInt(clients.size())))).build();

            CpuMeter cpu = new CpuMeter(server.pid(), server.dataDirectory());
            load.closedLoop(ads, connections, Duration.ofSeconds(5));
            load.closedLoop(time, connections, Duration.ofSeconds(5));
            Map<String, Double> before = cpu.read();
            Latencies ceiling = load.closedLoop(time, connections, duration);
            Map<String, Double> afterCeiling = cpu.read();
            System.out.println("GET /time (ceiling), " + connections + " connections: " + ceiling.summary());
            System.out.println("  " + CpuMeter.perRequest(before, afterCeiling, ceiling.count()));
            if (profile) {
                server.jcmd("JFR.start", "name=ads", "settings=profile", "filename=" + Path.of("adengine-ads.jfr").toAbsolutePath());
            }
            Latencies full = load.closedLoop(ads, connections, duration);
            Map<String, Double> afterAds = cpu.read();
            if (profile) {
                server.jcmd("JFR.stop", "name=ads");
                System.out.println("  flight recording of this phase: adengine-ads.jfr");
            }
            System.out.println("GET /ads,            " + connections + " connections: " + full.summary());
            System.out.println("  " + CpuMeter.perRequest(afterCeiling, afterAds, full.count()));
            System.out.printf("GET /ads throughput / ceiling: %.2f%n", full.throughput() / ceiling.throughput());
            Latencies paced = load.fixedRate(ads, rate, duration);
            System.out.println("GET /ads at " + rate + " req/s:           " + paced.summary());
        }
    }

    private static Supplier<HttpRequest> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        return () -> request;
    }
}
