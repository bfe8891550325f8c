package adengine.bench.quality;

import adengine.bench.quality.World.Offer;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * AdEngine as client apps reach it: every step of the play is a request to the real server. The
 * world is loaded through the bulk endpoints and campaign creation; days move with
 * {@code POST /time/advance}; prices change with {@code PUT} and scores with
 * {@code POST /ml-scores} (single and bulk); ads come from {@code GET /ads} and clicks go to
 * {@code POST /ads/{id}/click}.
 */
final class HttpAdServer implements AdServer {
    private static final int BULK = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final World world;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final UUID[] campaignIds;
    private final Map<UUID, Integer> offersById = new HashMap<>();
    private long[] latencies = new long[1024];
    private int served;
    private long serverErrors;

    private HttpAdServer(World world, String baseUrl) {
        this.world = world;
        this.baseUrl = baseUrl;
        this.campaignIds = new UUID[world.offers().size()];
    }

    /** Loads the world into the server at {@code baseUrl} (a fresh one: day 0, nothing stored). */
    static HttpAdServer load(World world, String baseUrl) throws Exception {
        HttpAdServer server = new HttpAdServer(world, baseUrl);
        server.loadWorld();
        return server;
    }

    private void loadWorld() throws Exception {
        ArrayNode advertisers = JSON.createArrayNode();
        world.advertisers().forEach((id, name) -> advertisers.addObject().put("advertiser_id", id.toString()).put("name", name));
        send("POST", "/advertisers/bulk", advertisers, 201);
        for (int from = 0; from < world.clients().size(); from += BULK) {
            ArrayNode clients = JSON.createArrayNode();
            for (Client client : world.clients().subList(from, Math.min(world.clients().size(), from + BULK))) {
                clients.addObject().put("client_id", client.clientId().toString()).put("login", client.login())
                        .put("age", client.age()).put("location", client.location()).put("gender", client.gender().name());
            }
            send("POST", "/clients/bulk", clients, 201);
        }
        List<ObjectNode> scores = new ArrayList<>();
        world.scores().forEach((client, byAdvertiser) -> byAdvertiser.forEach((advertiser, score) -> scores.add(score(client, advertiser, score))));
        postScores(scores);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> created = new ArrayList<>();
            for (Offer offer : world.offers()) {
                created.add(pool.submit(() -> send("POST", "/advertisers/" + offer.advertiserId() + "/campaigns", campaign(offer.spec()), 201)));
            }
            for (Offer offer : world.offers()) {
                UUID id = UUID.fromString(created.get(offer.index()).get().get("campaign_id").asText());
                campaignIds[offer.index()] = id;
                offersById.put(id, offer.index());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Override
    public void startDay(int day) {
        send("POST", "/time/advance", JSON.createObjectNode().put("current_date", day), 200);
    }

    @Override
    public void apply(Changes changes) {
        for (Changes.PriceChange change : changes.prices()) {
            Offer offer = world.offers().get(change.offer());
            send("PUT", "/advertisers/" + offer.advertiserId() + "/campaigns/" + campaignIds[change.offer()],
                    JSON.createObjectNode().put("cost_per_impression", change.costPerImpression())
                            .put("cost_per_click", change.costPerClick()), 200);
        }
        List<ObjectNode> scores = changes.scores().stream()
                .map(change -> score(change.clientId(), change.advertiserId(), change.score()))
                .toList();
        if (!scores.isEmpty()) {
            send("POST", "/ml-scores", scores.get(0), 200);
            postScores(scores.subList(1, scores.size()));
        }
    }

    @Override
    public OptionalInt serve(int client) {
        UUID clientId = world.clients().get(client).clientId();
        long start = System.nanoTime();
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/ads?client_id=" + clientId)).GET());
        recordLatency(System.nanoTime() - start);
        if (response.statusCode() == 200) {
            return OptionalInt.of(offersById.get(UUID.fromString(read(response.body()).get("ad_id").asText())));
        }
        if (response.statusCode() >= 500) {
            serverErrors++;
            return OptionalInt.empty();
        }
        if (response.statusCode() != 404) {
            throw new IllegalStateException("GET /ads answered " + response.statusCode() + ": " + response.body());
        }
        return OptionalInt.empty();
    }

    @Override
    public void click(int client, int offer) {
        ObjectNode body = JSON.createObjectNode().put("client_id", world.clients().get(client).clientId().toString());
        HttpResponse<String> response = exchange(jsonRequest("POST", "/ads/" + campaignIds[offer] + "/click", body));
        if (response.statusCode() >= 500) {
            serverErrors++;
        } else if (response.statusCode() != 204) {
            throw new IllegalStateException("the click answered " + response.statusCode() + ": " + response.body());
        }
    }

    @Override
    public Outcome.Service service() {
        long[] sorted = Arrays.copyOf(latencies, served);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
        return new Outcome.Service(true, mean, percentile(sorted, 0.50), serverErrors);
    }

    /** What the server's statistics say each advertiser spent, to hold against the referee's own tally. */
    Map<UUID, BigDecimal> spentByAdvertiser() {
        Map<UUID, BigDecimal> spent = new HashMap<>();
        for (UUID advertiser : world.advertisers().keySet()) {
            JsonNode stats = send("GET", "/stats/advertisers/" + advertiser + "/campaigns", null, 200);
            BigDecimal total = stats.get("spent_total").decimalValue();
            if (total.signum() != 0) {
                spent.put(advertiser, total);
            }
        }
        return spent;
    }

    private void postScores(List<ObjectNode> scores) {
        for (int from = 0; from < scores.size(); from += BULK) {
            ArrayNode batch = JSON.createArrayNode();
            scores.subList(from, Math.min(scores.size(), from + BULK)).forEach(batch::add);
            send("POST", "/ml-scores/bulk", batch, 200);
        }
    }

    private static ObjectNode score(UUID client, UUID advertiser, long score) {
        return JSON.createObjectNode().put("client_id", client.toString()).put("advertiser_id", advertiser.toString()).put("score", score);
    }

    private static ObjectNode campaign(CampaignSpec spec) {
        ObjectNode campaign = JSON.createObjectNode()
                .put("impressions_limit", spec.impressionsLimit())
                .put("clicks_limit", spec.clicksLimit())
                .put("cost_per_impression", spec.costPerImpression())
                .put("cost_per_click", spec.costPerClick())
                .put("ad_title", spec.adTitle())
                .put("ad_text", spec.adText())
                .put("start_date", spec.startDate())
                .put("end_date", spec.endDate());
        Targeting targeting = spec.targeting();
        ObjectNode target = campaign.putObject("targeting");
        target.put("gender", targeting.gender() == null ? null : targeting.gender().name());
        target.put("age_from", targeting.ageFrom());
        target.put("age_to", targeting.ageTo());
        target.put("location", targeting.location());
        return campaign;
    }

    private JsonNode send(String method, String path, JsonNode body, int expected) {
        HttpResponse<String> response = exchange(jsonRequest(method, path, body));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    private HttpRequest.Builder jsonRequest(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordLatency(long nanos) {
        if (served == latencies.length) {
            latencies = Arrays.copyOf(latencies, served * 2);
        }
        latencies[served++] = nanos;
    }

    private static double percentile(long[] sorted, double quantile) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
