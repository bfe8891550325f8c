package adengine.bench.quality;

import adengine.bench.server.Options;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads the open dataset (advertisers, clients, ML scores and campaigns from data/open-dataset)
 * into a running server through the public API, as an integration would, so that it can serve
 * ads at once.
 *
 * <p>Usage: {@code java -cp bench/target/adengine-bench.jar adengine.bench.quality.OpenDatasetLoader
 * [--url http://localhost:8080] [--open-dataset data/open-dataset]}. Meant for a fresh server:
 * advertisers, clients and scores are upserts, but each run creates the campaigns again.
 */
public final class OpenDatasetLoader {
    private OpenDatasetLoader() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String url = options.getOrDefault("url", "http://localhost:8080");
        World world = Worlds.openDataset(Path.of(options.getOrDefault("open-dataset", "data/open-dataset")), 1, 1, 1);
        long start = System.nanoTime();
        HttpAdServer.load(world, url);
        System.out.printf("loaded into %s in %.1f s: %d advertisers, %d clients, %d ML scores, %d campaigns running from day %d to %d%n",
                url, (System.nanoTime() - start) / 1e9, world.advertisers().size(), world.clients().size(), world.scoreCount(),
                world.offers().size(), world.firstDay(), world.lastDay());
        System.out.println("then move to the campaigns' first day and serve an ad:");
        System.out.println("  curl -X POST " + url + "/time/advance -H 'Content-Type: application/json' -d '{\"current_date\": "
                + world.firstDay() + "}'");
        System.out.println("  curl '" + url + "/ads?client_id=" + world.clients().get(0).clientId() + "'");
    }
}
