package adengine.app.api;

import static adengine.app.testing.AdFixtures.uniqueLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ranking as ad slots meet it through the real server: relevance is right from the first
 * request after a load, and click chances are learnt from the clicks that arrive. Each test has a
 * location of its own, so only its campaigns match its clients.
 */
class AdRankingHttpTest {
    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final AdFixtures fixtures = new AdFixtures(server.http());

    @Test
    void ninetyThousandBeatsFiveThousandOnTheVeryFirstRequest() {
        String location = uniqueLocation();
        String modest = fixtures.newAdvertiser();
        String keen = fixtures.newAdvertiser();
        String cheaperButRelevant = fixtures.campaign(keen).location(location).costPerImpression("1.50").costPerClick("2").create();
        fixtures.campaign(modest).location(location).costPerImpression("1.51").costPerClick("2").create();
        String client = fixtures.newClient(location);
        fixtures.scores(client, Map.of(modest, 5_000L, keen, 90_000L));

        assertEquals(cheaperButRelevant, fixtures.shownAd(client));
    }

    @Test
    void aFreshLoadIsServedByRelevanceWithinTheFirstSecond() {
        String location = uniqueLocation();
        Map<String, Long> scores = new LinkedHashMap<>();
        Map<String, String> campaignOf = new LinkedHashMap<>();
        long[] values = {4_200, 97_000, 15, 8_800, 61_000, 730};
        for (long value : values) {
            String advertiser = fixtures.newAdvertiser();
            campaignOf.put(advertiser, fixtures.campaign(advertiser).location(location).create());
            scores.put(advertiser, value);
        }
        String client = fixtures.newClient(location);

        fixtures.scores(client, scores);
        long loaded = System.nanoTime();
        String first = fixtures.shownAd(client);
        double seconds = (System.nanoTime() - loaded) / 1e9;
        List<String> served = new ArrayList<>(List.of(first));
        for (int i = 1; i < values.length; i++) {
            served.add(fixtures.shownAd(client));
        }

        List<String> byScore = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> campaignOf.get(entry.getKey()))
                .toList();
        assertEquals(byScore, served, "new impressions in the order of the client's scores");
        assertTrue(seconds < 1, "the first ad after the load took " + seconds + " s");
    }

    @Test
    void theCampaignItsClientsClickIsPreferredOnceTheClicksAreKnown() throws InterruptedException {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String liked = fixtures.campaign(advertiser).location(location)
                .clicksLimit(1000).costPerImpression("1.50").costPerClick("4").create();
        String ignored = fixtures.campaign(advertiser).location(location)
                .clicksLimit(1000).costPerImpression("1.55").costPerClick("4").create();
        assertEquals(ignored, fixtures.shownAd(fixtures.newClient(location)), "without clicks the dearer impression wins");

        for (String client : fixtures.newClients(30, location)) {
            fixtures.shownAd(client);
            fixtures.shownAd(client);
            fixtures.clicked(liked, client);
        }

        String preferred = null;
        for (int attempt = 0; attempt < 20 && !liked.equals(preferred); attempt++) {
            Thread.sleep(250);
            preferred = fixtures.shownAd(fixtures.newClient(location));
        }
        assertEquals(liked, preferred, "30 clicks on one campaign and none on the other were learnt");
    }
}
