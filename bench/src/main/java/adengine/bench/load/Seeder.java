package adengine.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Loads a market of the benchmark's size through the public API's bulk endpoints. */
final class Seeder {
    private static final String[] CITIES = {"Moscow", "Kazan", "Omsk", "Perm", "Sochi", "Tula", "Ufa", "Tver", "Samara", "Orel"};
    private static final int BULK = 10_000;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;
    private final SplittableRandom random = new SplittableRandom(7);

    Seeder(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Returns the client ids. */
    List<UUID> seed(int clients, int advertisers, int campaigns, int scoresPerClient) throws Exception {
        List<UUID> clientIds = ids(clients);
        List<UUID> advertiserIds = ids(advertisers);
        for (int from = 0; from < clients; from += BULK) {
            StringBuilder body = new StringBuilder("[");
            for (int i = from; i < Math.min(clients, from + BULK); i++) {
                body.append(i == from ? "" : ",").append(String.format(
                        "{\"client_id\":\"%s\",\"login\":\"user%d\",\"age\":%d,\"location\":\"%s\",\"gender\":\"%s\"}",
                        clientIds.get(i), i, 18 + random.nextInt(53), CITIES[random.nextInt(CITIES.length)],
                        random.nextBoolean() ? "MALE" : "FEMALE"));
            }
            post("/clients/bulk", body.append("]").toString());
        }
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < advertisers; i++) {
            body.append(i == 0 ? "" : ",").append(String.format("{\"advertiser_id\":\"%s\",\"name\":\"Advertiser %d\"}", advertiserIds.get(i), i));
        }
        post("/advertisers/bulk", body.append("]").toString());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> created = new ArrayList<>();
        for (int i = 0; i < campaigns; i++) {
            String path = "/advertisers/" + advertiserIds.get(random.nextInt(advertisers)) + "/campaigns";
            String campaign = campaign(i);
            created.add(pool.submit(() -> post(path, campaign)));
        }
        for (Future<?> future : created) {
            future.get();
        }
        pool.shutdown();
        StringBuilder scores = new StringBuilder();
        int inBatch = 0;
        List<UUID> shuffled = new ArrayList<>(advertiserIds);
        for (UUID clientId : clientIds) {
            Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
            for (UUID advertiser : shuffled.subList(0, scoresPerClient)) {
                scores.append(inBatch == 0 ? "[" : ",").append(String.format(
                        "{\"client_id\":\"%s\",\"advertiser_id\":\"%s\",\"score\":%d}", clientId, advertiser, random.nextInt(10_000)));
                if (++inBatch == BULK) {
                    post("/ml-scores/bulk", scores.append("]").toString());
                    scores.setLength(0);
                    inBatch = 0;
                }
            }
        }
        if (inBatch > 0) {
            post("/ml-scores/bulk", scores.append("]").toString());
        }
        return clientIds;
    }

    private String campaign(int i) {
        String targeting = switch (random.nextInt(4)) {
            case 0 -> "null";
            case 1 -> String.format("{\"gender\":\"%s\"}", random.nextBoolean() ? "MALE" : "FEMALE");
            case 2 -> String.format("{\"age_from\":%d,\"age_to\":%d}", 18 + random.nextInt(20), 40 + random.nextInt(30));
            default -> String.format("{\"gender\":\"ALL\",\"location\":\"%s\"}", CITIES[random.nextInt(CITIES.length)]);
        };
        int impressions = 2_000 + random.nextInt(8_000);
        return String.format("{\"impressions_limit\":%d,\"clicks_limit\":%d,\"cost_per_impression\":%.2f,\"cost_per_click\":%.2f,"
                        + "\"ad_title\":\"Offer %d\",\"ad_text\":\"Text of offer %d\",\"start_date\":0,\"end_date\":30,\"targeting\":%s}",
                impressions, impressions / 5, 0.1 + random.nextDouble() * 3, 0.5 + random.nextDouble() * 10, i, i, targeting);
    }

    private void post(String path, String json) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> ids(int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return ids;
    }
}
