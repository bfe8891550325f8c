package adengine.bench.quality;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/** The public open dataset (data/open-dataset): advertisers, clients, campaigns and ML scores as the API takes them. */
final class OpenDataset {
    private OpenDataset() {
    }

    static Scenario load(Path folder, int requestsPerDay, long seed) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Client> clients = new ArrayList<>();
        for (JsonNode node : mapper.readTree(folder.resolve("bulk_clients.json").toFile())) {
            clients.add(new Client(UUID.fromString(node.get("client_id").asText()), node.get("login").asText(),
                    node.get("age").asInt(), node.get("location").asText(), Gender.valueOf(node.get("gender").asText())));
        }
        List<Campaign> campaigns = new ArrayList<>();
        SplittableRandom ids = new SplittableRandom(seed);
        for (JsonNode node : mapper.readTree(folder.resolve("campaigns.json").toFile())) {
            campaigns.add(new Campaign(new UUID(ids.nextLong(), ids.nextLong()), UUID.fromString(node.get("advertiser_id").asText()),
                    spec(node.get("campaign_data")), null));
        }
        Map<UUID, Map<UUID, Long>> scores = new HashMap<>();
        for (JsonNode node : mapper.readTree(folder.resolve("ml_scores.json").toFile())) {
            scores.computeIfAbsent(UUID.fromString(node.get("client_id").asText()), id -> new HashMap<>())
                    .put(UUID.fromString(node.get("advertiser_id").asText()), node.get("score").asLong());
        }
        int first = campaigns.stream().mapToInt(c -> c.spec().startDate()).min().orElse(0);
        int last = campaigns.stream().mapToInt(c -> c.spec().endDate()).max().orElse(0);
        return new Scenario("open dataset", clients, campaigns, scores, appeal(campaigns, seed), first, last, requestsPerDay, seed);
    }

    /** The dataset has no click data, so each campaign gets a seeded hidden appeal between 0.5 and 1.5. */
    static Map<UUID, Double> appeal(List<Campaign> campaigns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<UUID, Double> appeal = new HashMap<>();
        campaigns.forEach(campaign -> appeal.put(campaign.campaignId(), 0.5 + random.nextDouble()));
        return appeal;
    }

    private static CampaignSpec spec(JsonNode data) {
        JsonNode t = data.get("targeting");
        Targeting targeting = t == null || t.isNull() ? Targeting.NONE : new Targeting(
                text(t, "gender") == null ? null : TargetGender.valueOf(text(t, "gender")),
                integer(t, "age_from"), integer(t, "age_to"), text(t, "location"));
        return new CampaignSpec(data.get("impressions_limit").asInt(), data.get("clicks_limit").asInt(),
                data.get("cost_per_impression").decimalValue(), data.get("cost_per_click").decimalValue(),
                data.get("ad_title").asText(), data.get("ad_text").asText(),
                data.get("start_date").asInt(), data.get("end_date").asInt(), targeting);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}
