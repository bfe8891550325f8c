package adengine.bench.quality;

import adengine.bench.server.Options;
import adengine.bench.server.ServerProcess;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How well AdEngine chooses ads, measured through the real server: for each world and seed it
 * starts the packaged jar fresh ({@code -Xmx512m}, zero-config), loads the world through the API
 * and plays it over HTTP, then plays the same world with the same draws for each baseline formula
 * and an oracle that knows every true click chance, and prints profit, relevance, fulfilment,
 * overruns, targeting errors, rule violations, latency and the composite (see {@link Scoreboard}).
 * The server's own statistics must agree with the benchmark's tally of every charge, to the cent.
 *
 * <p>Usage: {@code java -cp bench/target/adengine-bench.jar adengine.bench.quality.QualityBenchmark
 * [--jar app/target/adengine.jar] [--open-dataset data/open-dataset] [--seeds 1,2,3]
 * [--worlds open,synthetic] [--clients 2000] [--advertisers 200] [--campaigns 600] [--days 30] [--in-process]}.
 * {@code --in-process} runs AdEngine's selector and ranking inside the benchmark instead of the
 * server: seconds instead of minutes, to try a change of the ranking; the figures that count are
 * those over HTTP.
 */
public final class QualityBenchmark {
    private QualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Path jar = Path.of(options.getOrDefault("jar", "app/target/adengine.jar"));
        Path openDataset = Path.of(options.getOrDefault("open-dataset", "data/open-dataset"));
        List<String> worlds = List.of(options.getOrDefault("worlds", "open,synthetic").split(","));
        long[] seeds = Arrays.stream(options.getOrDefault("seeds", "1,2,3").split(",")).mapToLong(Long::parseLong).toArray();
        int clients = Integer.parseInt(options.getOrDefault("clients", "2000"));
        int advertisers = Integer.parseInt(options.getOrDefault("advertisers", "200"));
        int campaigns = Integer.parseInt(options.getOrDefault("campaigns", "600"));
        int days = Integer.parseInt(options.getOrDefault("days", "30"));

        List<String> summary = new ArrayList<>();
        for (String name : worlds) {
            for (long seed : seeds) {
                World world = switch (name) {
                    case "open" -> Worlds.openDataset(openDataset, Double.parseDouble(options.getOrDefault("active", "0.2")), Integer.parseInt(options.getOrDefault("rpd", "1")), seed);
                    case "synthetic" -> Worlds.synthetic(clients, advertisers, campaigns, days, seed);
                    default -> throw new IllegalArgumentException("unknown world " + name + " (open, synthetic)");
                };
                Scoreboard scoreboard = compete(world, jar, options.containsKey("in-process"));
                System.out.println();
                System.out.println(world.describe());
                scoreboard.print(System.out);
                System.out.printf("AdEngine / best baseline: %.3f%n", scoreboard.leadOfFirst());
                summary.add(String.format("%-14s seed %-4d AdEngine / best baseline %.3f   (%s / best baseline %.3f)", world.name(), seed,
                        scoreboard.leadOfFirst(), HindsightOracle.NAME, scoreboard.overBestBaseline(HindsightOracle.NAME)));
            }
        }
        System.out.println();
        summary.forEach(System.out::println);
    }

    private static Scoreboard compete(World world, Path jar, boolean inProcess) throws Exception {
        List<Scoreboard.Entry> entries = new ArrayList<>();
        entries.add(new Scoreboard.Entry(inProcess
                ? Game.play(world, "AdEngine (in process)", new EngineInProcess(world), new Referee(world))
                : playOverHttp(world, jar), true));
        entries.add(baseline(world, "highest price", Formula.HIGHEST_PRICE, true));
        entries.add(baseline(world, "0.8 income + 0.2 CTR", Formula.INCOME_AND_CTR, true));
        entries.add(baseline(world, "max(ml/P90,0.1)×cpc + cpi", Formula.ML_OVER_P90, true));
        entries.add(baseline(world, "random", Formula.random(world.seed()), true));
        entries.add(baseline(world, "oracle: price + true clicks", Formula.ORACLE, false));
        Referee referee = new Referee(world);
        entries.add(new Scoreboard.Entry(Game.play(world, "oracle: AdEngine, true clicks", new EngineInProcess(world, referee), referee), false));
        Referee future = new Referee(world);
        entries.add(new Scoreboard.Entry(Game.play(world, HindsightOracle.NAME, Formula.server(future, new HindsightOracle(world, future)), future), false));
        return new Scoreboard(entries);
    }

    private static Outcome playOverHttp(World world, Path jar) throws Exception {
        try (ServerProcess process = ServerProcess.start(jar, List.of())) {
            long loading = System.nanoTime();
            HttpAdServer server = HttpAdServer.load(world, process.baseUrl());
            System.out.printf("loaded %s in %.1f s%n", world.describe(), (System.nanoTime() - loading) / 1e9);
            Referee referee = new Referee(world);
            long playing = System.nanoTime();
            Outcome outcome = Game.play(world, "AdEngine (HTTP)", server, referee);
            System.out.printf("played in %.1f s%n", (System.nanoTime() - playing) / 1e9);
            Map<UUID, BigDecimal> told = server.spentByAdvertiser();
            Map<UUID, BigDecimal> tallied = referee.spentByAdvertiser();
            if (!sameMoney(told, tallied)) {
                throw new IllegalStateException("the server's statistics " + told + " differ from the benchmark's tally " + tallied);
            }
            System.out.println("the server's statistics match the benchmark's tally of every charge");
            return outcome;
        }
    }

    private static Scoreboard.Entry baseline(World world, String name, Formula formula, boolean fair) {
        Referee referee = new Referee(world);
        return new Scoreboard.Entry(Game.play(world, name, Formula.server(referee, formula), referee), fair);
    }

    private static boolean sameMoney(Map<UUID, BigDecimal> a, Map<UUID, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(key -> a.get(key).compareTo(b.get(key)) == 0);
    }
}
