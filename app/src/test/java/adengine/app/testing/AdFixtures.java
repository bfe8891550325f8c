package adengine.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.Application;
import adengine.app.testing.HttpClientForTests.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds what the ad and statistics tests need through the HTTP API: advertisers, clients,
 * campaigns targeted at a location of the test's own (so that campaigns of other tests on the
 * same server never match its clients), ad requests, clicks and statistics.
 */
public final class AdFixtures {
    private final HttpClientForTests http;

    public AdFixtures(HttpClientForTests http) {
        this.http = http;
    }

    /** A client of an application the test started itself (no admin token). */
    public static HttpClientForTests http(Application application) {
        return new HttpClientForTests(() -> "http://127.0.0.1:" + application.port(), null);
    }

    public HttpClientForTests http() {
        return http;
    }

    /** A location no other test uses: campaigns targeted at it only ever match this test's clients. */
    public static String uniqueLocation() {
        return "Loc-" + UUID.randomUUID();
    }

    // ---------------------------------------------------------------- time

    public int today() {
        Reply reply = http.get("/time");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().get("current_date").intValue();
    }

    /** Moves the shared clock forward to {@code day}; never backwards, other tests date campaigns from it. */
    public void setDay(int day) {
        assertTrue(day >= today(), "the clock only moves forward in these tests");
        Reply reply = http.post("/time/advance", "{\"current_date\": " + day + "}");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(day, reply.json().get("current_date").intValue(), reply.toString());
    }

    // ---------------------------------------------------------------- advertisers and clients

    public String newAdvertiser() {
        return newAdvertiser("Shop");
    }

    public String newAdvertiser(String name) {
        String id = UUID.randomUUID().toString();
        Reply reply = http.post("/advertisers/bulk", "[{\"advertiser_id\": \"" + id + "\", \"name\": " + quoted(name) + "}]");
        assertEquals(201, reply.status(), reply.toString());
        return id;
    }

    public String newClient(String location) {
        return newClient(location, 30, "FEMALE");
    }

    public String newClient(String location, int age, String gender) {
        String id = UUID.randomUUID().toString();
        Reply reply = http.post("/clients/bulk", "[" + client(id, location, age, gender) + "]");
        assertEquals(201, reply.status(), reply.toString());
        return id;
    }

    /** {@code count} clients in {@code location} (age 30, FEMALE), created in one request. */
    public List<String> newClients(int count, String location) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        Reply reply = http.post("/clients/bulk",
                ids.stream().map(id -> client(id, location, 30, "FEMALE")).collect(Collectors.joining(",", "[", "]")));
        assertEquals(201, reply.status(), reply.toString());
        assertEquals(count, reply.json().size());
        return ids;
    }

    private static String client(String id, String location, int age, String gender) {
        return """
                {"client_id": "%s", "login": "user", "age": %d, "location": %s, "gender": "%s"}
                """.formatted(id, age, quoted(location), gender);
    }

    /** The text as a JSON string literal. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Upserts the client's ML score for the advertiser with {@code POST /ml-scores}. */
    public void score(String clientId, String advertiserId, long score) {
        Reply reply = http.post("/ml-scores", scoreJson(clientId, advertiserId, score));
        assertEquals(200, reply.status(), reply.toString());
    }

    /** Upserts the client's ML scores by advertiser in one {@code POST /ml-scores/bulk}. */
    public void scores(String clientId, Map<String, Long> byAdvertiser) {
        Reply reply = http.post("/ml-scores/bulk", byAdvertiser.entrySet().stream()
                .map(entry -> scoreJson(clientId, entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(",", "[", "]")));
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(byAdvertiser.size(), reply.json().get("upserted").intValue(), reply.toString());
    }

    private static String scoreJson(String clientId, String advertiserId, long score) {
        return "{\"client_id\": \"%s\", \"advertiser_id\": \"%s\", \"score\": %d}".formatted(clientId, advertiserId, score);
    }

    // ---------------------------------------------------------------- campaigns

    /** A campaign of the advertiser to describe field by field; {@link CampaignBuilder} says what is left unset. */
    public CampaignBuilder campaign(String advertiser) {
        return new CampaignBuilder(this, advertiser);
    }

    public void updateCampaign(String advertiser, String campaignId, String body) {
        Reply reply = http.put(campaigns(advertiser) + "/" + campaignId, body);
        assertEquals(200, reply.status(), reply.toString());
    }

    public void deleteCampaign(String advertiser, String campaignId) {
        Reply reply = http.delete(campaigns(advertiser) + "/" + campaignId);
        assertEquals(204, reply.status(), reply.toString());
    }

    public static String campaigns(String advertiser) {
        return "/advertisers/" + advertiser + "/campaigns";
    }

    // ---------------------------------------------------------------- ads and clicks

    public Reply ad(String clientId) {
        return http.get("/ads?client_id=" + clientId);
    }

    /** The id of the ad served to the client; fails unless one is served. */
    public String shownAd(String clientId) {
        Reply reply = ad(clientId);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().get("ad_id").asText();
    }

    /** Fails unless nothing is served to the client (404 no_ad). */
    public void assertNoAd(String clientId) {
        Reply reply = ad(clientId);
        assertEquals(404, reply.status(), reply.toString());
        assertEquals("no_ad", reply.json().get("error").asText(), reply.toString());
    }

    public Reply click(String adId, String clientId) {
        return http.post("/ads/" + adId + "/click", "{\"client_id\": \"" + clientId + "\"}");
    }

    public void clicked(String adId, String clientId) {
        Reply reply = click(adId, clientId);
        assertEquals(204, reply.status(), reply.toString());
    }

    // ---------------------------------------------------------------- statistics

    public JsonNode campaignStats(String campaignId) {
        return ok(http.get("/stats/campaigns/" + campaignId));
    }

    public JsonNode campaignDaily(String campaignId) {
        return ok(http.get("/stats/campaigns/" + campaignId + "/daily"));
    }

    public JsonNode advertiserStats(String advertiserId) {
        return ok(http.get("/stats/advertisers/" + advertiserId + "/campaigns"));
    }

    public JsonNode advertiserDaily(String advertiserId) {
        return ok(http.get("/stats/advertisers/" + advertiserId + "/campaigns/daily"));
    }

    public JsonNode advertiserBreakdown(String advertiserId) {
        return ok(http.get("/stats/advertisers/" + advertiserId + "/campaigns/breakdown"));
    }

    private static JsonNode ok(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** The money figure exactly as written (read with decimal precision), compared by value. */
    public static void assertMoney(String expected, JsonNode stats, String field) {
        JsonNode value = stats.get(field);
        assertTrue(value != null && value.isNumber(), field + " should be a number in " + stats);
        assertEquals(0, new BigDecimal(expected).compareTo(value.decimalValue()),
                field + " should be exactly " + expected + " in " + stats);
    }

    public static void assertCounts(long impressions, long clicks, JsonNode stats) {
        assertEquals(impressions, stats.get("impressions_count").longValue(), "impressions_count in " + stats);
        assertEquals(clicks, stats.get("clicks_count").longValue(), "clicks_count in " + stats);
    }

    // ---------------------------------------------------------------- concurrency

    /**
     * Sends every request from its own thread, all released at the same moment, and returns the
     * replies in the order of the requests.
     */
    public static List<Reply> concurrently(List<Supplier<Reply>> requests) {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (Supplier<Reply> request : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.get();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "every thread started");
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } catch (Exception e) {
            throw new AssertionError("concurrent requests failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
