package adengine.api.campaign;

import static adengine.api.testing.Replies.assertError;
import static adengine.api.testing.Replies.assertJson;
import static adengine.api.testing.Replies.detailFields;
import static adengine.api.testing.Replies.json;
import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.api.testing.RouteServer;
import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.common.PageRequest;
import adengine.core.testing.CampaignSpecBuilder;
import adengine.core.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Campaign CRUD; every test has an advertiser of its own, and the clock is set to {@link #TODAY} before each. */
class CampaignRoutesTest {
    private static final int TODAY = 5;
    private static final String BODY = """
            {"impressions_limit": 100, "clicks_limit": 10, "cost_per_impression": 1.50, "cost_per_click": 4,
             "ad_title": "Coffee", "ad_text": "Fresh coffee every morning", "start_date": 6, "end_date": 9}""";

    @RegisterExtension
    static final RouteServer server = new RouteServer();

    private final UUID advertiserId = UUID.randomUUID();

    @BeforeEach
    void arrange() {
        server.clock().set(TODAY);
        server.advertisers().upsertAll(List.of(new Advertiser(advertiserId, "Acme")));
    }

    @Test
    void createAnswers201WithTheCampaignAsSentAndStoresIt() {
        JsonNode created = assertJson(server.call("POST", campaigns(advertiserId), BODY), 201);

        UUID campaignId = UUID.fromString(created.get("campaign_id").asText());
        ObjectNode expected = ((ObjectNode) json(BODY)).put("campaign_id", campaignId.toString())
                .put("advertiser_id", advertiserId.toString())
                .putNull("image_url");
        expected.set("targeting", json("{\"gender\": null, \"age_from\": null, \"age_to\": null, \"location\": null}"));
        assertEquals(expected, created, "prices as sent (1.50), targeting with its four keys");
        assertEquals(aCampaign().withDates(6, 9).build(), server.campaigns().find(advertiserId, campaignId).orElseThrow().spec());
    }

    @Test
    void createForAnUnknownAdvertiserIs404AndStoresNothing() {
        UUID unknown = UUID.randomUUID();

        assertError(server.call("POST", campaigns(unknown), BODY), 404, "not_found");

        assertEquals(0, server.campaigns().page(unknown, new PageRequest(1, 1)).total());
    }

    @Test
    void createNamesEveryMissingFieldAndAStartBeforeTodayIsRefused() {
        JsonNode missing = assertError(server.call("POST", campaigns(advertiserId), "{}"), 400, "validation_failed");
        JsonNode past = assertError(server.call("POST", campaigns(advertiserId), BODY.replace("\"start_date\": 6", "\"start_date\": 4")),
                400, "validation_failed");

        assertEquals(Set.of("impressions_limit", "clicks_limit", "cost_per_impression", "cost_per_click", "ad_title", "ad_text",
                "start_date", "end_date"), new TreeSet<>(detailFields(missing)));
        assertEquals(List.of("start_date"), detailFields(past));
        assertEquals(0, stored().size());
    }

    @Test
    void aCampaignOfAnotherAdvertiserIs404() {
        Campaign campaign = store(aCampaign());
        Advertiser other = Fixtures.advertiser();
        server.advertisers().upsertAll(List.of(other));

        assertError(server.call("GET", campaign(other.advertiserId(), campaign.campaignId()), null), 404, "not_found");
        assertJson(server.call("GET", campaign(advertiserId, campaign.campaignId()), null), 200);
    }

    @Test
    void putOfAnUnknownCampaignIs404WhateverTheBodyEchoes() {
        String body = "{\"campaign_id\": \"" + UUID.randomUUID() + "\", \"ad_title\": \"\"}";

        assertError(server.call("PUT", campaign(advertiserId, UUID.randomUUID()), body), 404, "not_found");
    }

    @Test
    void putEchoingAnotherCampaignIdIs400AndChangesNothing() {
        Campaign campaign = store(aCampaign());

        JsonNode error = assertError(server.call("PUT", campaign(advertiserId, campaign.campaignId()),
                "{\"campaign_id\": \"" + UUID.randomUUID() + "\", \"ad_title\": \"Tea\"}"), 400, "validation_failed");

        assertEquals(List.of("campaign_id"), detailFields(error));
        assertEquals(List.of(campaign), stored());
    }

    @Test
    void aCampaignReadAndPutBackWithANewTitleChangesOnlyTheTitle() {
        Campaign campaign = store(aCampaign().withDates(7, 9));
        ObjectNode body = (ObjectNode) assertJson(server.call("GET", campaign(advertiserId, campaign.campaignId()), null), 200);
        body.put("ad_title", "Tea");

        JsonNode updated = assertJson(server.call("PUT", campaign(advertiserId, campaign.campaignId()), body.toString()), 200);

        assertEquals("Tea", updated.get("ad_title").asText());
        assertEquals(aCampaign().withDates(7, 9).withTexts("Tea", "Fresh coffee every morning").build(), stored().get(0).spec());
    }

    @Test
    void afterTheStartALimitMayBeRepeatedButNotChanged() {
        Campaign campaign = store(aCampaign().withDates(TODAY, TODAY + 3).withLimits(100, 10));
        String path = campaign(advertiserId, campaign.campaignId());

        JsonNode conflict = assertError(server.call("PUT", path, "{\"impressions_limit\": 200}"), 409, "conflict");
        assertJson(server.call("PUT", path, "{\"impressions_limit\": 100, \"cost_per_click\": 5}"), 200);

        assertEquals(List.of("impressions_limit"), detailFields(conflict));
        assertEquals(aCampaign().withDates(TODAY, TODAY + 3).withPrices("1.50", "5").build(), stored().get(0).spec());
    }

    @Test
    void anExplicitNullForARequiredFieldOrABodyThatIsNotAnObjectIs400() {
        Campaign campaign = store(aCampaign());
        String path = campaign(advertiserId, campaign.campaignId());

        JsonNode nullTitle = assertError(server.call("PUT", path, "{\"ad_title\": null}"), 400, "validation_failed");
        assertError(server.call("PUT", path, "[]"), 400, "malformed_json");

        assertEquals(List.of("ad_title"), detailFields(nullTitle));
        assertEquals(List.of(campaign), stored());
    }

    @Test
    void theListIsNewestFirstWithTheTotalInAHeaderAndABadSizeIs400() {
        Campaign first = store(aCampaign());
        Campaign second = store(aCampaign());
        Campaign third = store(aCampaign());

        HttpResponse<String> page = server.call("GET", campaigns(advertiserId) + "?size=2", null);
        JsonNode items = assertJson(page, 200);

        assertEquals(List.of(third.campaignId().toString(), second.campaignId().toString()),
                List.of(items.get(0).get("campaign_id").asText(), items.get(1).get("campaign_id").asText()));
        assertEquals("3", page.headers().firstValue("X-Total-Count").orElse(null));
        assertEquals(first.campaignId().toString(),
                assertJson(server.call("GET", campaigns(advertiserId) + "?size=2&page=2", null), 200).get(0).get("campaign_id").asText());
        assertEquals(List.of("size"), detailFields(assertError(server.call("GET", campaigns(advertiserId) + "?size=0", null),
                400, "validation_failed")));
    }

    @Test
    void aDeletedCampaignIs204ThenGone() {
        Campaign campaign = store(aCampaign());
        String path = campaign(advertiserId, campaign.campaignId());

        HttpResponse<String> deleted = server.call("DELETE", path, null);

        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(List.of(), stored());
        assertError(server.call("GET", path, null), 404, "not_found");
        assertError(server.call("DELETE", path, null), 404, "not_found");
    }

    private Campaign store(CampaignSpecBuilder spec) {
        Campaign campaign = new Campaign(UUID.randomUUID(), advertiserId, spec.build(), null);
        server.campaigns().insert(campaign);
        return campaign;
    }

    /** The campaigns of this test's advertiser, as stored. */
    private List<Campaign> stored() {
        return server.campaigns().page(advertiserId, new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    private static String campaigns(UUID advertiserId) {
        return "/advertisers/" + advertiserId + "/campaigns";
    }

    private static String campaign(UUID advertiserId, UUID campaignId) {
        return campaigns(advertiserId) + "/" + campaignId;
    }
}
