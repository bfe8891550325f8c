package adengine.bench.quality;

import adengine.core.campaign.Campaign;
import adengine.core.client.Client;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A market to replay: clients, campaigns, ML scores, the days to simulate and how often each
 * client asks for an ad per day. {@code appeal} is each campaign's hidden attractiveness, which
 * the simulated clients react to and the policies can only learn from observed clicks.
 */
record Scenario(
        String name,
        List<Client> clients,
        List<Campaign> campaigns,
        Map<UUID, Map<UUID, Long>> scoresByClient,
        Map<UUID, Double> appeal,
        int firstDay,
        int lastDay,
        int requestsPerDay,
        long seed) {

    String describe() {
        return String.format("%s: %d clients, %d campaigns, days %d..%d, %d request(s) per client per day, seed %d",
                name, clients.size(), campaigns.size(), firstDay, lastDay, requestsPerDay, seed);
    }
}
