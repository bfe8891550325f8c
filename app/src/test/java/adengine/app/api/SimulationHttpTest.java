package adengine.app.api;

import static adengine.app.testing.AdFixtures.assertCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.Application;
import adengine.app.simulation.SyntheticTraffic;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.Scrape;
import adengine.app.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /simulation/control}: refused without SIMULATION_ENABLED; with it, ten seconds of
 * synthetic traffic through the real ad path move the statistics and the metrics by the same
 * amounts, and leave real campaigns and clients alone.
 */
class SimulationHttpTest {
    @RegisterExtension
    static final TestServer disabled = new TestServer();
    private static Application enabled;
    private static HttpClientForTests http;

    @BeforeAll
    static void startAnInstanceThatAllowsSimulations() {
        enabled = Application.start(TestServer.config(null).withSimulationEnabled(true));
        http = AdFixtures.http(enabled);
    }

    @AfterAll
    static void stop() {
        if (enabled != null) {
            enabled.close();
        }
    }

    @Test
    void isRefusedWhenSimulationEnabledIsNotSet() {
        Reply reply = disabled.http().post("/simulation/control", "{\"enabled\": true, \"requests_per_second\": 20}");

        assertEquals(403, reply.status(), reply.toString());
        assertEquals("forbidden", reply.json().get("error").asText());
        assertTrue(reply.json().get("message").asText().contains("SIMULATION_ENABLED=true"), reply.toString());
        JsonNode state = disabled.http().get("/simulation/control").json();
        assertEquals(false, state.get("available").booleanValue(), state.toString());
        assertEquals(false, state.get("enabled").booleanValue(), state.toString());
        Scrape scrape = Scrape.of(disabled.metricsPort());
        assertEquals(0, scrape.value("simulation_running"));
        assertEquals(0, scrape.value("simulation_requests_total", "outcome", "served"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"enabled\": \"yes\", \"requests_per_second\": 5}", "{\"enabled\": true}",
        "{\"enabled\": true, \"requests_per_second\": 0}", "{\"enabled\": true, \"requests_per_second\": 500.5}",
        "{\"enabled\": true, \"requests_per_second\": \"10\"}", "[]"})
    void badSettingsAreABadRequestAndChangeNothing(String body) {
        Reply reply = http.post("/simulation/control", body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(false, http.get("/simulation/control").json().get("enabled").booleanValue());
    }

    @Test
    void tenSecondsOfSimulatedTrafficMoveStatisticsAndMetricsAlike() throws InterruptedException {
        AdFixtures real = new AdFixtures(http);
        String realAdvertiser = real.newAdvertiser();
        // any location, so that only the separation of synthetic from real traffic keeps it from simulated clients
        String realCampaign = real.campaign(realAdvertiser).location(null).costPerImpression("1").costPerClick("1").create();
        String realClient = real.newClient("Simulation");

        Reply started = http.post("/simulation/control", "{\"enabled\": true, \"requests_per_second\": 20}");
        assertEquals(200, started.status(), started.toString());
        assertEquals(true, started.json().get("enabled").booleanValue(), started.toString());
        assertEquals(20, started.json().get("requests_per_second").doubleValue());
        Thread.sleep(10_000);
        assertEquals(1, Scrape.of(enabled.metricsPort()).value("simulation_running"));
        Reply stopped = http.post("/simulation/control", "{\"enabled\": false}");
        assertEquals(200, stopped.status(), stopped.toString());
        assertEquals(false, stopped.json().get("enabled").booleanValue(), stopped.toString());

        Scrape scrape = Scrape.of(enabled.metricsPort());
        long impressions = 0;
        long clicks = 0;
        BigDecimal spentImpressions = BigDecimal.ZERO;
        BigDecimal spentClicks = BigDecimal.ZERO;
        double impressionCounter = 0;
        double clickCounter = 0;
        double impressionRevenue = 0;
        double clickRevenue = 0;
        for (UUID advertiser : SyntheticTraffic.advertiserIds()) {
            JsonNode stats = real.advertiserStats(advertiser.toString());
            impressions += stats.get("impressions_count").longValue();
            clicks += stats.get("clicks_count").longValue();
            spentImpressions = spentImpressions.add(stats.get("spent_impressions").decimalValue());
            spentClicks = spentClicks.add(stats.get("spent_clicks").decimalValue());
            impressionCounter += scrape.sum("ad_impressions_total", "advertiser_id", advertiser.toString());
            clickCounter += scrape.sum("ad_clicks_total", "advertiser_id", advertiser.toString());
            impressionRevenue += scrape.sum("ad_impression_revenue_total", "advertiser_id", advertiser.toString());
            clickRevenue += scrape.sum("ad_click_revenue_total", "advertiser_id", advertiser.toString());
        }
        double served = scrape.value("simulation_requests_total", "outcome", "served");
        assertTrue(served >= 100, "about 200 visits in 10 s at 20 per second, got " + served + " in\n" + scrape);
        assertTrue(impressions > 0 && clicks > 0, impressions + " impressions, " + clicks + " clicks");
        assertEquals(impressions, impressionCounter);
        assertEquals(clicks, clickCounter);
        assertEquals(clicks, scrape.value("simulation_requests_total", "outcome", "click"));
        assertEquals(spentImpressions.doubleValue(), impressionRevenue, 1e-6);
        assertEquals(spentClicks.doubleValue(), clickRevenue, 1e-6);
        assertEquals(served, scrape.value("ad_decisions_total", "outcome", "served") + scrape.value("ad_decisions_total", "outcome", "repeat"));
        assertEquals(0, scrape.value("simulation_running"));

        assertCounts(0, 0, real.campaignStats(realCampaign));
        assertEquals(realCampaign, real.shownAd(realClient), "real clients never see synthetic campaigns");
    }
}
