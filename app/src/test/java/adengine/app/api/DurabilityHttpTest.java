package adengine.app.api;

import static adengine.app.testing.AdFixtures.assertCounts;
import static adengine.app.testing.AdFixtures.assertMoney;
import static adengine.app.testing.AdFixtures.uniqueLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import adengine.persistence.redis.Redis;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/**
 * Redis only caches: after FLUSHDB, statistics, caps and the clock are exactly what PostgreSQL
 * holds. The server is started here rather than by {@link TestServer} so that the test can reach
 * the same Redis the server uses.
 */
class DurabilityHttpTest {
    private static Application application;
    private static RedissonClient redis;
    private static AdFixtures fixtures;

    @BeforeAll
    static void startTheServerAndConnectToItsRedis() {
        AppConfig config = TestServer.config(null);
        application = Application.start(config);
        redis = Redis.connect(config.redis());
        fixtures = new AdFixtures(AdFixtures.http(application));
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.shutdown();
        }
        if (application != null) {
            application.close();
        }
    }

    @Test
    void statisticsAreUnchangedAfterRedisIsFlushed() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(10).clicksLimit(10).costPerImpression("0.30").costPerClick("1.10").create();
        List<String> clients = fixtures.newClients(10, location);
        clients.forEach(client -> assertEquals(campaign, fixtures.shownAd(client)));
        fixtures.clicked(campaign, clients.get(0));
        fixtures.clicked(campaign, clients.get(1));
        JsonNode stats = fixtures.campaignStats(campaign);
        JsonNode daily = fixtures.campaignDaily(campaign);
        JsonNode advertiserStats = fixtures.advertiserStats(advertiser);
        JsonNode advertiserDaily = fixtures.advertiserDaily(advertiser);

        emptyRedis();

        assertEquals(stats, fixtures.campaignStats(campaign));
        assertEquals(daily, fixtures.campaignDaily(campaign));
        assertEquals(advertiserStats, fixtures.advertiserStats(advertiser));
        assertEquals(advertiserDaily, fixtures.advertiserDaily(advertiser));
        assertCounts(10, 2, stats);
        assertMoney("3.00", stats, "spent_impressions");
        assertMoney("2.20", stats, "spent_clicks");
    }

    @Test
    void capStillHoldsAfterRedisIsFlushed() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(10).clicksLimit(10).costPerImpression("1").costPerClick("1").create();
        List<String> seen = fixtures.newClients(10, location);
        seen.forEach(client -> assertEquals(campaign, fixtures.shownAd(client)));

        emptyRedis();
        List<String> newcomers = fixtures.newClients(20, location);
        List<Reply> replies = AdFixtures.concurrently(newcomers.stream()
                .<Supplier<Reply>>map(client -> () -> fixtures.ad(client))
                .toList());

        replies.forEach(reply -> assertEquals(404, reply.status(), "no new impression past the cap: " + reply));
        assertEquals(campaign, fixtures.shownAd(seen.get(3)), "a client who saw it still gets it as a repeat");
        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(10, 0, stats);
        assertMoney("10", stats, "spent_impressions");
    }

    @Test
    void uniquenessAndClicksAreKeptAfterRedisIsFlushed() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.50").costPerClick("0.75").create();
        List<String> clients = fixtures.newClients(2, location);
        clients.forEach(fixtures::shownAd);
        fixtures.clicked(campaign, clients.get(0));

        emptyRedis();

        fixtures.assertNoAd(clients.get(0));
        assertEquals(campaign, fixtures.shownAd(clients.get(1)), "a free repeat, not a second impression");
        assertEquals(204, fixtures.click(campaign, clients.get(0)).status(), "a repeated click is still counted once");
        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(2, 1, stats);
        assertMoney("1.00", stats, "spent_impressions");
        assertMoney("0.75", stats, "spent_clicks");
    }

    @Test
    void campaignsAndTheirChangesAreServedAfterRedisIsFlushed() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.50").costPerClick("1").create();
        fixtures.shownAd(fixtures.newClient(location));

        emptyRedis();
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(location)));
        fixtures.updateCampaign(advertiser, campaign, "{\"cost_per_impression\": 0.70}");
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(location)));
        fixtures.deleteCampaign(advertiser, fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("50").costPerClick("50").create());

        assertMoney("1.70", fixtures.campaignStats(campaign), "spent_impressions");
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(location)), "the deleted campaign is not served");
    }

    @Test
    void clockIsUnchangedAfterRedisIsFlushed() {
        int day = fixtures.today() + 3;
        fixtures.setDay(day);

        emptyRedis();

        assertEquals(day, fixtures.today());
        Reply advanced = fixtures.http().post("/time/advance", "{}");
        assertEquals(200, advanced.status(), advanced.toString());
        assertEquals(day + 1, advanced.json().get("current_date").intValue());
        assertEquals(day + 1, fixtures.today());
    }

    /** Empties the server's Redis database (FLUSHDB, so a shared Redis keeps other databases); its keys, at least the clock, were there before. */
    private static void emptyRedis() {
        fixtures.today();
        assertTrue(redis.getKeys().count() > 0, "the server caches something in Redis");
        redis.getKeys().flushdb();
        assertEquals(0, redis.getKeys().count(), "Redis is empty");
    }
}
