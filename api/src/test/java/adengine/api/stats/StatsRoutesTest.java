package adengine.api.stats;

import static adengine.api.testing.Replies.assertError;
import static adengine.api.testing.Replies.assertJson;
import static adengine.api.testing.Replies.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.api.testing.RouteServer;
import adengine.core.advertiser.Advertiser;
import adengine.core.stats.CampaignActivity;
import adengine.core.stats.Stats;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatsRoutesTest {
    @RegisterExtension
    static final RouteServer server = new RouteServer();

    @Test
    void theBreakdownHasOneEntryPerCampaignInTheRepositorysOrderDeletedOnesMarked() {
        UUID advertiser = advertiser();
        CampaignActivity running = new CampaignActivity(UUID.randomUUID(), "Sale \"now\"", false, 2, 9, 100, 10, Map.of(
                3, new Stats(3, 1, new BigDecimal("0.375"), new BigDecimal("4")),
                4, new Stats(1, 0, new BigDecimal("0.125"), BigDecimal.ZERO)));
        CampaignActivity deleted = new CampaignActivity(UUID.randomUUID(), "Old", true, 0, 1, 5, 0, Map.of());
        server.stats().put(advertiser, List.of(running, deleted));

        JsonNode breakdown = assertJson(server.call("GET", "/stats/advertisers/" + advertiser + "/campaigns/breakdown", null), 200);

        assertEquals(json("[" + entry(running.campaignId(), "Sale \\\"now\\\"", false, 2, 9, 100, 10)
                        + "\"impressions_count\":4,\"clicks_count\":1,\"conversion\":25.000000,"
                        + "\"spent_impressions\":0.50,\"spent_clicks\":4.00,\"spent_total\":4.50},"
                        + entry(deleted.campaignId(), "Old", true, 0, 1, 5, 0)
                        + "\"impressions_count\":0,\"clicks_count\":0,\"conversion\":0.000000,"
                        + "\"spent_impressions\":0.00,\"spent_clicks\":0.00,\"spent_total\":0.00}]"),
                breakdown, "fields and number formats as in the advertiser's totals");
    }

    @Test
    void anAdvertiserWithoutCampaignsHasAnEmptyBreakdown() {
        assertEquals(json("[]"), assertJson(server.call("GET", "/stats/advertisers/" + advertiser() + "/campaigns/breakdown", null), 200));
    }

    @Test
    void anUnknownAdvertiserIs404AndAMalformedId400() {
        assertError(server.call("GET", "/stats/advertisers/" + UUID.randomUUID() + "/campaigns/breakdown", null), 404, "not_found");
        assertError(server.call("GET", "/stats/advertisers/abc/campaigns/breakdown", null), 400, "validation_failed");
    }

    private static UUID advertiser() {
        UUID id = UUID.randomUUID();
        server.advertisers().upsertAll(List.of(new Advertiser(id, "Acme")));
        return id;
    }

    private static String entry(UUID id, String title, boolean deleted, int start, int end, int impressionsLimit, int clicksLimit) {
        return "{\"campaign_id\":\"" + id + "\",\"ad_title\":\"" + title + "\",\"deleted\":" + deleted
                + ",\"start_date\":" + start + ",\"end_date\":" + end
                + ",\"impressions_limit\":" + impressionsLimit + ",\"clicks_limit\":" + clicksLimit + ",";
    }
}
