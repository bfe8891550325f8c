package adengine.bench.quality;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A seeded market harder than the open dataset: more demand than supply on some days, prices that
 * vary tenfold, click limits that bind, heavy-tailed ML scores and a third of the pairs unscored.
 */
final class SyntheticDataset {
    private static final String[] CITIES = {"Moscow", "Kazan", "Omsk", "Perm", "Sochi", "Tula", "Ufa", "Tver"};
    private static final int DAYS = 30;

    private SyntheticDataset() {
    }

    static Scenario generate(int clientCount, int advertiserCount, int campaignCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            clients.add(new Client(id(random), "client" + i, 16 + random.nextInt(55), CITIES[random.nextInt(CITIES.length)],
                    random.nextBoolean() ? Gender.MALE : Gender.FEMALE));
        }
        List<UUID> advertisers = new ArrayList<>();
        for (int i = 0; i < advertiserCount; i++) {
            advertisers.add(id(random));
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (int i = 0; i < campaignCount; i++) {
            int impressions = 40 + random.nextInt(400);
            int start = random.nextInt(DAYS - 3);
            int end = Math.min(DAYS - 1, start + 2 + random.nextInt(12));
            CampaignSpec spec = new CampaignSpec(impressions, Math.max(1, (int) (impressions * (0.03 + random.nextDouble() * 0.3))),
                    money(0.2 + random.nextDouble() * 2.8), money(0.5 + random.nextDouble() * 11.5),
                    "Offer " + i, "Text " + i, start, end, targeting(random));
            campaigns.add(new Campaign(id(random), advertisers.get(random.nextInt(advertiserCount)), spec, null));
        }
        Map<UUID, Map<UUID, Long>> scores = new HashMap<>();
        for (Client client : clients) {
            Map<UUID, Long> byAdvertiser = new HashMap<>();
            for (UUID advertiser : advertisers) {
                if (random.nextDouble() < 0.67) {
                    byAdvertiser.put(advertiser, Math.round(Math.exp(7 + random.nextGaussian())));
                }
            }
            scores.put(client.clientId(), byAdvertiser);
        }
        return new Scenario("synthetic", clients, campaigns, scores, OpenDataset.appeal(campaigns, seed + 1),
                0, DAYS - 1, 1, seed);
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

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static UUID id(SplittableRandom random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
