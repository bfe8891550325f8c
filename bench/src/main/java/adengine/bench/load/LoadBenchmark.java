package adengine.bench.load;

import adengine.bench.server.Options;
import adengine.bench.server.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measures the packaged server (started fresh with -Xmx512m for each world) as client apps reach
 * it, with wrk as the load generator, in one run per world: the cheapest JSON endpoint
 * ({@code GET /time}) with 32 connections as the ceiling, {@code GET /ads} at full speed with 32
 * connections, {@code GET /ads} with 4 connections (its latency when not queueing), and
 * {@code GET /ads} at a fixed rate; with the CPU each request cost the server's JVM, PostgreSQL
 * and Redis. Every client is served once before the phases, as a running ad slot's clients have
 * been, and the heap the server keeps is printed before and after.
 *
 * <p>Usage: {@code java -cp bench/target/adengine-bench.jar adengine.bench.load.LoadBenchmark
 * [--worlds small,full] [--seconds 15] [--rate 1000] [--profile] [--jvm "-XX:…"]}. {@code small}: 5,000 clients,
 * 100 advertisers, 500 campaigns, 50,000 ML scores; {@code full}: 20,000 clients, 500
 * advertisers, 2,000 campaigns, 1,000,000 ML scores. {@code --profile} records the full-speed
 * {@code GET /ads} phase with Java Flight Recorder into adengine-ads-&lt;world&gt;.jfr; {@code --jvm}
 * adds JVM options to the server's (to try a garbage collector, say).
 */
public final class LoadBenchmark {
    private static final int CONNECTIONS = 32;
    private static final int FEW_CONNECTIONS = 4;
    private static final int PACED_CONNECTIONS = 64;
    private static final Duration WARM_UP = Duration.ofSeconds(5);

    /** A market of the benchmark's size. */
    private record World(String name, int clients, int advertisers, int campaigns, int scoresPerClient) {
        String describe() {
            return String.format("%s world: %,d clients, %,d advertisers, %,d campaigns, %,d ML scores",
                    name, clients, advertisers, campaigns, clients * scoresPerClient);
        }
    }

    private static final Map<String, World> WORLDS = Map.of(
            "small", new World("small", 5_000, 100, 500, 10),
            "full", new World("full", 20_000, 500, 2_000, 50));

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15")));
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        Path jar = Path.of(options.getOrDefault("jar", "app/target/adengine.jar"));
        List<String> jvmOptions = options.containsKey("jvm") ? List.of(options.get("jvm").trim().split("\\s+")) : List.of();
        for (String name : options.getOrDefault("worlds", "small,full").split(",")) {
            World world = WORLDS.get(name);
            if (world == null) {
                throw new IllegalArgumentException("unknown world " + name + "; known: " + Arrays.toString(WORLDS.keySet().toArray()));
            }
            measure(world, jar, jvmOptions, duration, rate, options.containsKey("profile"));
        }
    }

    private static void measure(World world, Path jar, List<String> jvmOptions, Duration duration, int rate, boolean profile) throws Exception {
        System.out.println(world.describe());
        try (ServerProcess server = ServerProcess.start(jar, jvmOptions)) {
            long seeding = System.nanoTime();
            List<UUID> clients = new Seeder(server.baseUrl()).seed(world.clients(), world.advertisers(), world.campaigns(), world.scoresPerClient());
            System.out.printf("  loaded through the bulk API in %.1f s%n", (System.nanoTime() - seeding) / 1e9);
            long heapBefore = server.heapInUseMib();
            System.out.printf("  every client asked for an ad once (8 threads of a JVM client, not measured) in %.1f s%n",
                    EveryClientOnce.serve(server.baseUrl(), clients));
            Path clientsFile = Files.write(server.dataDirectory().resolve("clients.txt"), clients.stream().map(UUID::toString).toList());
            Wrk wrk = Wrk.prepare(server.dataDirectory());
            String time = server.baseUrl() + "/time";
            wrk.ads(server.baseUrl(), clientsFile, CONNECTIONS, WARM_UP);
            wrk.closedLoop(time, CONNECTIONS, WARM_UP);

            CpuMeter cpu = new CpuMeter(server.pid(), server.dataDirectory());
            Map<String, Double> before = cpu.read();
            Wrk.Report ceiling = wrk.closedLoop(time, CONNECTIONS, duration);
            Map<String, Double> afterCeiling = cpu.read();
            print("GET /time (ceiling), " + CONNECTIONS + " connections", ceiling, CpuMeter.perRequest(before, afterCeiling, ceiling.requests()));

            Path recording = Path.of("adengine-ads-" + world.name() + ".jfr").toAbsolutePath();
            if (profile) {
                server.jcmd("JFR.start", "name=ads", "settings=profile", "filename=" + recording);
            }
            Wrk.Report full = wrk.ads(server.baseUrl(), clientsFile, CONNECTIONS, duration);
            Map<String, Double> afterAds = cpu.read();
            if (profile) {
                server.jcmd("JFR.stop", "name=ads");
            }
            print("GET /ads, " + CONNECTIONS + " connections", full, CpuMeter.perRequest(afterCeiling, afterAds, full.requests()));
            print("GET /ads, " + FEW_CONNECTIONS + " connections", wrk.ads(server.baseUrl(), clientsFile, FEW_CONNECTIONS, duration), null);
            print("GET /ads at " + rate + " req/s", wrk.pacedAds(server.baseUrl(), clientsFile, rate, PACED_CONNECTIONS, duration), null);
            System.out.printf("  GET /ads throughput / GET /time throughput: %.2f%n", full.throughput() / ceiling.throughput());
            System.out.printf("  heap in use after a full GC: %d MiB loaded, %d MiB after serving every client (profiles and campaigns kept)%n",
                    heapBefore, server.heapInUseMib());
            if (profile) {
                System.out.println("  flight recording of the full-speed GET /ads phase: " + recording);
            }
        }
    }

    private static void print(String phase, Wrk.Report report, String cpu) {
        System.out.printf("  %-32s %s%n", phase, report.summary());
        if (cpu != null) {
            System.out.printf("  %-32s %s%n", "", cpu);
        }
    }
}
