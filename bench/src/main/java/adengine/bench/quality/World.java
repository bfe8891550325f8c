package adengine.bench.quality;

import adengine.core.campaign.CampaignSpec;
import adengine.core.client.Client;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A market to play: clients, advertisers, campaigns and ML scores as they are loaded, the days to
 * play, the share of clients who open the app on a day and how often each of them asks for an ad
 * that day, and what the ad server cannot see: each
 * campaign's hidden appeal, which the simulated clients react to. Everything random in a play is
 * drawn from {@code seed}, so every contender meets the same clients in the same order with the
 * same dice.
 */
record World(
        String name,
        List<Client> clients,
        Map<UUID, String> advertisers,
        List<Offer> offers,
        Map<UUID, Map<UUID, Long>> scores,
        ScoreDistribution distribution,
        double[] appeal,
        int firstDay,
        int lastDay,
        double activeShare,
        int requestsPerDay,
        long seed) {

    /** A campaign of the world, by its position in {@link #offers()}. */
    record Offer(int index, UUID advertiserId, CampaignSpec spec) {
    }

    /** How the world's ML scores are distributed: new scores during the play are drawn from it. */
    interface ScoreDistribution {
        long draw(SplittableRandom random);
    }

    int scoreCount() {
        return scores.values().stream().mapToInt(Map::size).sum();
    }

    String describe() {
        return String.format("%s: %,d clients, %,d advertisers, %,d campaigns, %,d ML scores, days %d..%d, "
                        + "%.0f%% of the clients active a day, %d request(s) each, seed %d",
                name, clients.size(), advertisers.size(), offers.size(), scoreCount(), firstDay, lastDay, 100 * activeShare,
                requestsPerDay, seed);
    }

    /** A seeded random source for one purpose at one point of the play: the same inputs give the same draws. */
    SplittableRandom random(long purpose, int day, int round, int client) {
        long h = seed;
        for (long part : new long[] {purpose, day, round, client}) {
            h = (h ^ part) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 31;
        }
        return new SplittableRandom(h);
    }
}
