package adengine.app.api;

import static adengine.app.testing.AdFixtures.uniqueLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.Scrape;
import adengine.app.testing.Scrape.Sample;
import adengine.app.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Prometheus endpoint on the metrics port, scraped after known traffic through the REST API.
 * Series shared by the whole server are compared before and after the traffic; series labelled
 * with the test's own campaign are compared exactly.
 */
class MetricsHttpTest {
    /** The catalog shared with the dashboards and alerting rules: {@code name type label1,label2}. */
    private static final Path CATALOG = Path.of("..", "monitoring", "metrics.txt");

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();
    private static final AdFixtures fixtures = new AdFixtures(http);

    @Test
    void knownTrafficIsCountedExactly() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1.25").costPerClick("3").create();
        List<String> clients = fixtures.newClients(4, location);
        Scrape before = scrape();

        for (String client : clients.subList(0, 3)) {
            assertEquals(campaign, fixtures.shownAd(client));
        }
        fixtures.clicked(campaign, clients.get(0));
        fixtures.clicked(campaign, clients.get(0));
        assertEquals(403, fixtures.click(campaign, clients.get(3)).status());
        assertEquals(400, http.post("/ads/" + campaign + "/click", "{\"client_id\": 7}").status());
        assertEquals(404, http.get("/no/such/endpoint").status());
        fixtures.campaignStats(campaign);
        Scrape after = scrape();

        String[] ours = {"advertiser_id", advertiser, "campaign_id", campaign};
        assertEquals(3, after.value("ad_impressions_total", ours), after::toString);
        assertEquals(3.75, after.value("ad_impression_revenue_total", ours), 1e-9);
        assertEquals(1, after.value("ad_clicks_total", ours), "a repeated click counts once");
        assertEquals(3, after.value("ad_click_revenue_total", ours), 1e-9);
        assertGrew(3, before, after, "ad_decisions_total", "outcome", "served");
        assertGrew(3, before, after, "ad_decision_duration_seconds_count");
        assertGrew(1, before, after, "ad_clicks_rejected_total", "reason", "not_shown");
        assertGrew(1, before, after, "ad_clicks_rejected_total", "reason", "invalid");
        assertGrew(3, before, after, "http_server_requests_total", "method", "GET", "route", "/ads", "status", "200");
        assertGrew(3, before, after, "http_server_request_duration_seconds_count", "method", "GET", "route", "/ads", "status", "200");
        assertGrew(2, before, after, "http_server_requests_total", "method", "POST", "route", "/ads/{adId}/click", "status", "204");
        assertGrew(1, before, after, "http_server_requests_total", "method", "POST", "route", "/ads/{adId}/click", "status", "403");
        assertGrew(1, before, after, "http_server_requests_total", "method", "POST", "route", "/ads/{adId}/click", "status", "400");
        assertGrew(1, before, after, "http_server_requests_total", "method", "GET", "route", "/stats/campaigns/{campaignId}", "status", "200");
        assertGrew(1, before, after, "http_server_requests_total", "method", "GET", "route", "unmatched", "status", "404");
        assertGrew(1, before, after, "api_errors_total", "status", "404", "error", "not_found");
        assertGrew(1, before, after, "api_errors_total", "status", "403", "error", "forbidden");
        assertGrew(1, before, after, "api_errors_total", "status", "400", "error", "validation_failed");
        assertTrue(after.samples().stream().noneMatch(sample -> sample.labels().getOrDefault("route", "").contains(campaign)),
                "routes are templates, never paths with ids");
        assertEquals(8, after.value("db_pool_connections", "state", "max"));
        assertTrue(after.value("live_campaigns_cached") >= 1, after::toString);
        assertTrue(after.value("live_campaigns_refreshes_total") >= 1, after::toString);
        assertTrue(after.value("client_profiles_cached") >= 1, after::toString);
        assertEquals(0, after.value("simulation_running"));
    }

    @Test
    void everyFamilyOfTheCatalogIsExposedWithItsTypeAndLabels() throws IOException {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1").costPerClick("1").create();
        String client = fixtures.newClient(location);
        fixtures.shownAd(client);
        fixtures.clicked(campaign, client);
        http.get("/no/such/endpoint");
        Scrape scrape = scrape();

        List<String> catalog = Files.readAllLines(CATALOG).stream().filter(line -> !line.isBlank()).toList();
        assertFalse(catalog.isEmpty());
        for (String line : catalog) {
            String[] fields = line.trim().split("\\s+");
            String name = fields[0];
            String type = fields[1];
            Set<String> labels = fields.length > 2 ? new HashSet<>(Arrays.asList(fields[2].split(","))) : Set.of();
            assertEquals(type, scrape.type(name), "the type of " + name + " in\n" + scrape);
            List<Sample> family = scrape.samples().stream().filter(sample -> belongsTo(sample, name, type)).toList();
            assertFalse(family.isEmpty(), name + " has samples in\n" + scrape);
            for (Sample sample : family) {
                Set<String> names = new HashSet<>(sample.labels().keySet());
                names.remove("le");
                assertEquals(labels, names, "labels of " + sample);
            }
        }
    }

    private static boolean belongsTo(Sample sample, String family, String type) {
        return type.equals("histogram")
                ? sample.name().equals(family + "_bucket") || sample.name().equals(family + "_count") || sample.name().equals(family + "_sum")
                : sample.name().equals(family);
    }

    private static void assertGrew(double by, Scrape before, Scrape after, String name, String... labels) {
        assertEquals(by, after.value(name, labels) - before.value(name, labels), 1e-9,
                () -> name + " " + Arrays.toString(labels) + " in\n" + after);
    }

    private static Scrape scrape() {
        return Scrape.of(server.metricsPort());
    }
}
