package adengine.bench.quality;

import adengine.bench.quality.World.Offer;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/** The worlds the benchmark plays: the public open dataset, and a seeded synthetic market. */
final class Worlds {
    private static final String[] CITIES = {"Moscow", "Kazan", "Omsk", "Perm", "Sochi", "Tula", "Ufa", "Tver"};

    private Worlds() {
    }

    /**
     * The open dataset (data/open-dataset) as the API takes it, played over its campaigns' own
     * days. It has no clicks, so each campaign gets a seeded hidden appeal.
     */
    static World openDataset(Path folder, double activeShare, int requestsPerDay, long seed) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<UUID, String> advertisers = new LinkedHashMap<>();
        for (JsonNode node : mapper.readTree(folder.resolve("advertisers.json").toFile())) {
            advertisers.put(UUID.fromString(node.get("advertiser_id").asText()), node.get("name").asText());
        }
        List<Client> clients = new ArrayList<>();
        for (JsonNode node : mapper.readTree(folder.resolve("bulk_clients.json").toFile())) {
            clients.add(new Client(UUID.fromString(node.get("client_id").asText()), node.get("login").asText(),
                    node.get("age").asInt(), node.get("location").asText(), Gender.valueOf(node.get("gender").asText())));
        }
        List<Offer> offers = new ArrayList<>();
        for (JsonNode node : mapper.readTree(folder.resolve("campaigns.json").toFile())) {
            offers.add(new Offer(offers.size(), UUID.fromString(node.get("advertiser_id").asText()), spec(node.get("campaign_data"))));
        }
        Map<UUID, Map<UUID, Long>> scores = new HashMap<>();
        for (JsonNode node : mapper.readTree(folder.resolve("ml_scores.json").toFile())) {
            scores.computeIfAbsent(UUID.fromString(node.get("client_id").asText()), id -> new HashMap<>())
                    .put(UUID.fromString(node.get("advertiser_id").asText()), node.get("score").asLong());
        }
        int first = offers.stream().mapToInt(offer -> offer.spec().startDate()).min().orElse(0);
        int last = offers.stream().mapToInt(offer -> offer.spec().endDate()).max().orElse(0);
        return new World("open dataset", clients, advertisers, offers, scores, random -> random.nextLong(10_001),
                appeal(offers.size(), new SplittableRandom(seed)), first, last, activeShare, requestsPerDay, seed);
    }

    /**
     * A seeded market harder than the open dataset: more campaign supply than traffic, tenfold price
     * spreads, click limits that bind, short and long windows, targeting, heavy-tailed (log-normal)
     * ML scores and a third of the pairs unscored.
     */
    static World synthetic(int clientCount, int advertiserCount, int campaignCount, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        World.ScoreDistribution distribution = r -> Math.max(1, Math.round(Math.exp(7 + 1.2 * r.nextGaussian())));
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            clients.add(new Client(id(random), "client" + i, 16 + random.nextInt(55), CITIES[random.nextInt(CITIES.length)],
                    random.nextBoolean() ? Gender.MALE : Gender.FEMALE));
        }
        Map<UUID, String> advertisers = new LinkedHashMap<>();
        for (int i = 0; i < advertiserCount; i++) {
            advertisers.put(id(random), "Advertiser " + i);
        }
        List<UUID> advertiserIds = List.copyOf(advertisers.keySet());
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < campaignCount; i++) {
            int impressions = 20 + random.nextInt(200);
            int start = random.nextInt(days - 2);
            int end = Math.min(days - 1, start + 1 + random.nextInt(12));
            int clicks = Math.max(1, (int) (impressions * (0.02 + random.nextDouble() * 0.25)));
            CampaignSpec spec = new CampaignSpec(impressions, clicks, money(0.2 + random.nextDouble() * 2.8),
                    money(0.5 + random.nextDouble() * 11.5), "Offer " + i, "Text of offer " + i, start, end, targeting(random));
            offers.add(new Offer(i, advertiserIds.get(random.nextInt(advertiserCount)), spec));
        }
        Map<UUID, Map<UUID, Long>> scores = new HashMap<>();
        for (Client client : clients) {
            Map<UUID, Long> byAdvertiser = new HashMap<>();
            for (UUID advertiser : advertiserIds) {
                if (random.nextDouble() < 0.67) {
                    byAdvertiser.put(advertiser, distribution.draw(random));
                }
            }
            scores.put(client.clientId(), byAdvertiser);
        }
        return new World("synthetic", clients, advertisers, offers, scores, distribution, appeal(campaignCount, random),
                0, days - 1, 1, 1, seed);
    }

    /** Each campaign's hidden appeal, between 0.5 and 1.5: what clients see in it beyond the ML score. */
    private static double[] appeal(int count, SplittableRandom random) {
        double[] appeal = new double[count];
        for (int i = 0; i < count; i++) {
            appeal[i] = 0.5 + random.nextDouble();
        }
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

    private static Targeting targeting(SplittableRandom random) {
        if (random.nextDouble() < 0.4) {
            return Targeting.NONE;
        }
        TargetGender gender = switch (random.nextInt(4)) {
            case 0 -> TargetGender.MALE;
            case 1 -> TargetGender.FEMALE;
            case 2 -> TargetGender.ALL;
            default -> null;
        };
        Integer from = random.nextBoolean() ? 16 + random.nextInt(30) : null;
        Integer to = random.nextBoolean() ? (from == null ? 30 : from) + 5 + random.nextInt(30) : null;
        String location = random.nextDouble() < 0.3 ? CITIES[random.nextInt(CITIES.length)] : null;
        return new Targeting(gender, from, to, location);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static UUID id(SplittableRandom random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
