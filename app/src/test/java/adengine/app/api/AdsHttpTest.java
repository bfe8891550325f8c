package adengine.app.api;

import static adengine.app.testing.AdFixtures.assertCounts;
import static adengine.app.testing.AdFixtures.assertMoney;
import static adengine.app.testing.AdFixtures.uniqueLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.Scrape;
import adengine.app.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "Ads" section of the contract: serving, eligibility, unique impressions, caps (also under
 * concurrency and across two instances, with exact statistics and metrics), clicks and prices. GET /ads looks at every running
 * campaign of the server, so each test targets its campaigns at a location of its own and creates
 * its clients there; the clock is shared, so campaigns are dated from the day read from GET /time.
 */
class AdsHttpTest {
    private static final Set<String> AD_KEYS = Set.of("ad_id", "ad_title", "ad_text", "advertiser_id", "image_url");

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();
    private static final AdFixtures fixtures = new AdFixtures(http);

    // ---------------------------------------------------------------- GET /ads

    @Test
    void adHasTheContractShapeAndItsIdIsTheCampaignId() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        String client = fixtures.newClient(location);

        Reply reply = fixtures.ad(client);

        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        JsonNode ad = reply.json();
        assertEquals(AD_KEYS, keys(ad), reply.body());
        assertEquals(campaign, ad.get("ad_id").textValue());
        assertEquals("Winter boots", ad.get("ad_title").textValue());
        assertEquals("Warm and dry", ad.get("ad_text").textValue());
        assertEquals(advertiser, ad.get("advertiser_id").textValue());
        assertTrue(ad.get("image_url").isNull(), reply.body());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "?client_id=", "?client_id=abc", "?client_id=1-1-1-1-1", "?clientId=%s",
        "?client_id=%s0", "?client_id=%%7B%s%%7D", "?client_id=%%20%s", "?client_id=null"})
    void missingOrInvalidClientIdIsABadRequest(String query) {
        String client = fixtures.newClient(uniqueLocation());

        Reply reply = http.get("/ads" + query.formatted(client));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("validation_failed", reply.json().get("error").asText(), reply.toString());
        assertEquals("client_id", reply.json().get("details").get(0).get("field").asText(), reply.toString());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "?clientId=%s", "?client_id", "?Client_Id=%s"})
    void aMissingClientIdIsSaidToBeRequired(String query) {
        Reply reply = http.get("/ads" + query.formatted(UUID.randomUUID()));

        assertEquals(400, reply.status(), reply.toString());
        JsonNode problem = reply.json().get("details").get(0);
        assertEquals("client_id", problem.get("field").asText(), reply.toString());
        assertEquals("is required", problem.get("problem").asText(), reply.toString());
    }

    @Test
    void aKnownClientWithNothingToShowIsNoAdWhileAnUnknownOneIsNotFound() {
        String known = fixtures.newClient(uniqueLocation());

        Reply nothing = fixtures.ad(known);
        Reply unknown = fixtures.ad(UUID.randomUUID().toString());

        assertEquals(404, nothing.status(), nothing.toString());
        assertEquals("no_ad", nothing.json().get("error").asText(), nothing.toString());
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals("not_found", unknown.json().get("error").asText(), unknown.toString());
    }

    @Test
    void unknownClientIsNotFound() {
        Reply reply = fixtures.ad(UUID.randomUUID().toString());

        assertEquals(404, reply.status(), reply.toString());
        assertEquals("not_found", reply.json().get("error").asText());
    }

    @Test
    void clientWithNothingEligibleGetsNotFound() {
        String client = fixtures.newClient(uniqueLocation());

        fixtures.assertNoAd(client);
    }

    // ---------------------------------------------------------------- eligibility

    @Test
    void servedFromTheStartDayThroughTheEndDayOnly() {
        String location = uniqueLocation();
        int today = fixtures.today();
        int start = today + 1;
        int end = today + 2;
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .startDate(start).endDate(end).create();
        List<String> clients = fixtures.newClients(4, location);

        fixtures.assertNoAd(clients.get(0));
        fixtures.setDay(start);
        assertEquals(campaign, fixtures.shownAd(clients.get(0)), "served on the start day");
        fixtures.setDay(end);
        assertEquals(campaign, fixtures.shownAd(clients.get(1)), "served on the end day");
        fixtures.setDay(end + 1);
        fixtures.assertNoAd(clients.get(2));
        fixtures.assertNoAd(clients.get(0));
        assertCounts(2, 0, fixtures.campaignStats(campaign));
    }

    @ParameterizedTest(name = "targeting {0}, client {1}: served {2}")
    @CsvSource({
        "MALE, MALE, true",
        "MALE, FEMALE, false",
        "FEMALE, FEMALE, true",
        "FEMALE, MALE, false",
        "ALL, MALE, true",
        "ALL, FEMALE, true",
    })
    void genderTargeting(String targetGender, String clientGender, boolean served) {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location).gender(targetGender)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        String client = fixtures.newClient(location, 30, clientGender);

        assertServed(served, campaign, client);
    }

    @ParameterizedTest(name = "age {0}: served {1}")
    @CsvSource({"19, false", "20, true", "25, true", "30, true", "31, false"})
    void ageBoundsAreInclusive(int age, boolean served) {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location).ageFrom(20).ageTo(30)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        String client = fixtures.newClient(location, age, "MALE");

        assertServed(served, campaign, client);
    }

    @ParameterizedTest(name = "only age_from 18, age {0}: served {1}")
    @CsvSource({"17, false", "18, true", "150, true"})
    void ageFromAloneIsALowerBound(int age, boolean served) {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location).ageFrom(18)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();

        assertServed(served, campaign, fixtures.newClient(location, age, "FEMALE"));
    }

    @ParameterizedTest(name = "client location \"{0}\"")
    @ValueSource(strings = {"kazan-%s", "KAZAN-%s", "Kazan-%s ", " Kazan-%s", "Kazan-%s-2", "Kazan"})
    void locationMustMatchExactlyCaseIncluded(String clientLocation) {
        String suffix = UUID.randomUUID().toString();
        String location = "Kazan-" + suffix;
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        String other = fixtures.newClient(clientLocation.formatted(suffix));
        String exact = fixtures.newClient(location);

        fixtures.assertNoAd(other);
        assertEquals(campaign, fixtures.shownAd(exact));
    }

    @Test
    void nullTargetingFieldsDoNotRestrict() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();

        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(location, 0, "MALE")));
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(location, 150, "FEMALE")));
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(location, 47, "MALE")));
    }

    @Test
    void campaignWithoutTargetingIsServedToAnyClient() {
        // It matches every client of the server, so its cap is two impressions and it is deleted
        // afterwards: no other test can ever receive it.
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).withoutTargeting().impressionsLimit(2).clicksLimit(2)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        try {
            assertEquals(campaign, fixtures.shownAd(fixtures.newClient(uniqueLocation(), 5, "MALE")));
            assertEquals(campaign, fixtures.shownAd(fixtures.newClient(uniqueLocation(), 99, "FEMALE")));
        } finally {
            fixtures.deleteCampaign(advertiser, campaign);
        }
    }

    @Test
    void deletedCampaignIsNeverServedNotEvenAsARepeat() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        String seen = fixtures.newClient(location);
        assertEquals(campaign, fixtures.shownAd(seen));

        fixtures.deleteCampaign(advertiser, campaign);

        fixtures.assertNoAd(seen);
        fixtures.assertNoAd(fixtures.newClient(location));
    }

    @Test
    void clickedCampaignIsNotShownAgainToThatClient() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        String clicker = fixtures.newClient(location);
        assertEquals(campaign, fixtures.shownAd(clicker));

        fixtures.clicked(campaign, clicker);

        fixtures.assertNoAd(clicker);
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(location)), "other clients still get it");
    }

    @Test
    void campaignThatReachedItsClicksLimitIsNotServed() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(10).clicksLimit(1).costPerImpression("1").costPerClick("1").create();
        String clicker = fixtures.newClient(location);
        String viewer = fixtures.newClient(location);
        assertEquals(campaign, fixtures.shownAd(clicker));
        assertEquals(campaign, fixtures.shownAd(viewer));

        fixtures.clicked(campaign, clicker);

        fixtures.assertNoAd(fixtures.newClient(location));
        fixtures.assertNoAd(viewer);
        assertCounts(2, 1, fixtures.campaignStats(campaign));
    }

    @Test
    void changedTargetingAppliesToTheNextRequest() {
        String advertiser = fixtures.newAdvertiser();
        String before = uniqueLocation();
        String after = uniqueLocation();
        String campaign = fixtures.campaign(advertiser).location(before)
                .startDate(fixtures.today()).endDate(fixtures.today() + 3).create();
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(before)));

        fixtures.updateCampaign(advertiser, campaign, """
                {"targeting": {"gender": null, "age_from": null, "age_to": null, "location": "%s"}}
                """.formatted(after));

        fixtures.assertNoAd(fixtures.newClient(before));
        assertEquals(campaign, fixtures.shownAd(fixtures.newClient(after)));
    }

    // ---------------------------------------------------------------- unique impressions

    @Test
    void firstShowIsOneImpressionChargedItsPrice() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.37").costPerClick("5").create();

        fixtures.shownAd(fixtures.newClient(location));

        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(1, 0, stats);
        assertMoney("0.37", stats, "spent_impressions");
        assertMoney("0", stats, "spent_clicks");
    }

    @Test
    void showingTheOnlyEligibleCampaignAgainIsAFreeRepeat() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.37").costPerClick("5").create();
        String client = fixtures.newClient(location);
        assertEquals(campaign, fixtures.shownAd(client));

        assertEquals(campaign, fixtures.shownAd(client));
        assertEquals(campaign, fixtures.shownAd(client));

        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(1, 0, stats);
        assertMoney("0.37", stats, "spent_impressions");
    }

    @Test
    void unseenCampaignIsPreferredOverASeenOneEvenWhenCheaper() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String rich = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("100").costPerClick("100").create();
        String client = fixtures.newClient(location);
        assertEquals(rich, fixtures.shownAd(client));
        String cheap = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.01").costPerClick("0.01").create();

        String second = fixtures.shownAd(client);
        String third = fixtures.shownAd(client);

        assertEquals(cheap, second, "the unseen campaign is a new impression and comes first");
        assertTrue(Set.of(rich, cheap).contains(third), third);
        assertCounts(1, 0, fixtures.campaignStats(rich));
        assertCounts(1, 0, fixtures.campaignStats(cheap));
        assertMoney("100", fixtures.campaignStats(rich), "spent_impressions");
        assertMoney("0.01", fixtures.campaignStats(cheap), "spent_impressions");
    }

    // ---------------------------------------------------------------- impression cap

    @ParameterizedTest(name = "impressions_limit {0} -> {1} clients")
    @CsvSource({"1, 1", "10, 10", "19, 19", "20, 20", "21, 22", "40, 41", "100, 104"})
    void newImpressionsStopWhileCountPlusOneStaysUnderFivePercentOverTheLimit(int limit, int expected) {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(limit).clicksLimit(limit).costPerImpression("1").costPerClick("1").create();
        List<String> clients = fixtures.newClients(expected + 2, location);

        int served = 0;
        for (String client : clients) {
            Reply reply = fixtures.ad(client);
            assertTrue(reply.status() == 200 || reply.status() == 404, reply.toString());
            if (reply.status() == 200) {
                assertEquals(campaign, reply.json().get("ad_id").asText());
                served++;
            }
        }

        assertEquals(expected, served);
        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(expected, 0, stats);
        assertMoney(String.valueOf(expected), stats, "spent_impressions");
        fixtures.assertNoAd(clients.get(clients.size() - 1));
    }

    @Test
    void afterTheCapClientsWhoSawTheCampaignStillGetItAsAFreeRepeat() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(10).clicksLimit(10).costPerImpression("1").costPerClick("1").create();
        List<String> clients = fixtures.newClients(11, location);
        clients.subList(0, 10).forEach(client -> assertEquals(campaign, fixtures.shownAd(client)));
        fixtures.assertNoAd(clients.get(10));

        assertEquals(campaign, fixtures.shownAd(clients.get(0)));
        assertEquals(campaign, fixtures.shownAd(clients.get(9)));

        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(10, 0, stats);
        assertMoney("10", stats, "spent_impressions");
    }

    @Test
    void fortyConcurrentClientsNeverPushTheCampaignPastItsCap() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(10).clicksLimit(10).costPerImpression("1").costPerClick("1").create();
        List<String> clients = fixtures.newClients(40, location);

        List<Reply> replies = AdFixtures.concurrently(clients.stream()
                .<Supplier<Reply>>map(client -> () -> fixtures.ad(client))
                .toList());

        assertEquals(10, servedNewImpressions(replies, campaign));
        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(10, 0, stats);
        assertMoney("10", stats, "spent_impressions");
    }

    @Test
    void concurrentClientsAllGetAnAdWhileRicherCampaignsRunOutUnderThem() {
        // Twelve rich campaigns with room for one impression each and a cheap one with room for all:
        // the cheap one stays eligible throughout, so no client may be told that nothing is eligible.
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        Set<String> rich = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            rich.add(fixtures.campaign(advertiser).location(location)
                    .impressionsLimit(1).clicksLimit(1).costPerImpression("10").costPerClick("10").create());
        }
        String cheap = fixtures.campaign(advertiser).location(location)
                .costPerImpression("0.01").costPerClick("0.01").create();
        List<String> clients = fixtures.newClients(40, location);

        List<Reply> replies = AdFixtures.concurrently(clients.stream()
                .<Supplier<Reply>>map(client -> () -> fixtures.ad(client))
                .toList());

        List<Reply> refused = replies.stream().filter(reply -> reply.status() != 200).toList();
        assertTrue(refused.isEmpty(), "the cheap campaign is eligible for every client, yet " + refused.size()
                + " of 40 were refused, e.g. " + (refused.isEmpty() ? "" : refused.get(0)));
        List<String> served = replies.stream().map(reply -> reply.json().get("ad_id").asText()).toList();
        long cheapServed = served.stream().filter(cheap::equals).count();
        assertEquals(40, cheapServed + served.stream().filter(rich::contains).count(), served.toString());
        assertEquals(served.stream().filter(rich::contains).count(),
                served.stream().filter(rich::contains).distinct().count(), "each rich campaign at most once");
        assertCounts(cheapServed, 0, fixtures.campaignStats(cheap));
    }

    // ---------------------------------------------------------------- clicks

    @Test
    void clickIsNoContentAndChargedItsPrice() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.5").costPerClick("0.45").create();
        String client = fixtures.newClient(location);
        fixtures.shownAd(client);

        Reply reply = fixtures.click(campaign, client);

        assertEquals(204, reply.status(), reply.toString());
        assertEquals("", reply.body());
        assertNull(reply.header("Content-Type"), "no body, so no type");
        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(1, 1, stats);
        assertMoney("0.45", stats, "spent_clicks");
        assertMoney("0.95", stats, "spent_total");
    }

    @Test
    void repeatedClickIsAcceptedAndCountedOnce() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.5").costPerClick("0.45").create();
        String client = fixtures.newClient(location);
        fixtures.shownAd(client);
        fixtures.clicked(campaign, client);

        Reply again = fixtures.click(campaign, client);
        Reply andAgain = fixtures.click(campaign, client);

        assertEquals(204, again.status(), again.toString());
        assertEquals(204, andAgain.status(), andAgain.toString());
        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(1, 1, stats);
        assertMoney("0.45", stats, "spent_clicks");
    }

    @Test
    void clickByAClientNeverShownTheAdIsForbiddenAndRecordsNothing() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.5").costPerClick("0.45").create();
        String viewer = fixtures.newClient(location);
        fixtures.shownAd(viewer);
        String stranger = fixtures.newClient(location);

        Reply reply = fixtures.click(campaign, stranger);

        assertEquals(403, reply.status(), reply.toString());
        assertEquals("forbidden", reply.json().get("error").asText(), reply.toString());
        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(1, 0, stats);
        assertMoney("0", stats, "spent_clicks");
        assertEquals(campaign, fixtures.shownAd(stranger), "the refused click did not count as a click");
        fixtures.clicked(campaign, stranger);
        assertCounts(2, 1, fixtures.campaignStats(campaign));
    }

    @Test
    void clickOnAnUnknownCampaignIsNotFound() {
        String client = fixtures.newClient(uniqueLocation());

        Reply reply = fixtures.click(UUID.randomUUID().toString(), client);

        assertEquals(404, reply.status(), reply.toString());
        assertEquals("not_found", reply.json().get("error").asText());
    }

    @Test
    void clickByAnUnknownClientIsNotFoundAndRecordsNothing() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.5").costPerClick("0.45").create();
        fixtures.shownAd(fixtures.newClient(location));

        Reply reply = fixtures.click(campaign, UUID.randomUUID().toString());

        assertEquals(404, reply.status(), reply.toString());
        assertEquals("not_found", reply.json().get("error").asText());
        assertCounts(1, 0, fixtures.campaignStats(campaign));
    }

    @ParameterizedTest(name = "ad id [{0}]")
    @ValueSource(strings = {"abc", "123", "1-1-1-1-1", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "%s0"})
    void badAdIdIsABadRequest(String adId) {
        String client = fixtures.newClient(uniqueLocation());

        Reply reply = fixtures.click(adId.formatted(UUID.randomUUID()), client);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("validation_failed", reply.json().get("error").asText(), reply.toString());
        assertEquals("ad_id", reply.json().get("details").get(0).get("field").asText(), reply.toString());
    }

    @Test
    void percentEncodedAdIdIsRefusedBeforeRouting() {
        String client = fixtures.newClient(uniqueLocation());

        Reply reply = fixtures.click("%20" + UUID.randomUUID(), client);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("bad_request", reply.json().get("error").asText(), reply.toString());
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"", "{}", "{\"client_id\": null}", "{\"client_id\": \"abc\"}", "{\"client_id\": 5}",
        "{\"client_id\": \"%s \"}", "{\"client_id\": [\"%s\"]}", "{\"clientId\": \"%s\"}", "[{\"client_id\": \"%s\"}]",
        "\"%s\"", "null", "7", "{", "{\"client_id\": \"%s\"} x", "client_id=%s"})
    void clickBodyWithoutAValidClientIdIsABadRequestAndRecordsNothing(String body) {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.5").costPerClick("0.45").create();
        String client = fixtures.newClient(location);
        fixtures.shownAd(client);

        Reply reply = http.post("/ads/" + campaign + "/click", body.formatted(client));

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(Set.of("validation_failed", "malformed_json").contains(reply.json().get("error").asText()), reply.toString());
        assertCounts(1, 0, fixtures.campaignStats(campaign));
    }

    @Test
    void clickAfterTheCampaignEndedIsChargedAndCountedOnTheCurrentDay() {
        String location = uniqueLocation();
        int today = fixtures.today();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location).costPerClick("0.80")
                .startDate(today).endDate(today).create();
        String client = fixtures.newClient(location);
        fixtures.shownAd(client);
        fixtures.setDay(today + 2);

        Reply reply = fixtures.click(campaign, client);

        assertEquals(204, reply.status(), reply.toString());
        assertCounts(1, 1, fixtures.campaignStats(campaign));
        JsonNode daily = fixtures.campaignDaily(campaign);
        assertEquals(2, daily.size(), daily.toString());
        assertEquals(today, daily.get(0).get("date").intValue());
        assertCounts(1, 0, daily.get(0));
        assertEquals(today + 2, daily.get(1).get("date").intValue());
        assertCounts(0, 1, daily.get(1));
        assertMoney("0.80", daily.get(1), "spent_clicks");
    }

    @Test
    void clickAfterTheClicksLimitWasReachedIsStillCounted() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(10).clicksLimit(1).costPerImpression("1").costPerClick("0.25").create();
        String first = fixtures.newClient(location);
        String second = fixtures.newClient(location);
        fixtures.shownAd(first);
        fixtures.shownAd(second);
        fixtures.clicked(campaign, first);

        Reply reply = fixtures.click(campaign, second);

        assertEquals(204, reply.status(), reply.toString());
        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(2, 2, stats);
        assertMoney("0.50", stats, "spent_clicks");
    }

    @Test
    void clickOnADeletedCampaignIsNotFound() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.5").costPerClick("0.45").create();
        String client = fixtures.newClient(location);
        fixtures.shownAd(client);
        fixtures.deleteCampaign(advertiser, campaign);

        Reply reply = fixtures.click(campaign, client);

        assertEquals(404, reply.status(), reply.toString());
        assertEquals("not_found", reply.json().get("error").asText());
        assertCounts(1, 0, fixtures.advertiserStats(advertiser));
    }

    // ---------------------------------------------------------------- prices changed mid-campaign

    @Test
    void changedImpressionPriceIsChargedFromThenOn() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1.10").costPerClick("1").create();
        String first = fixtures.newClient(location);
        fixtures.shownAd(first);

        fixtures.updateCampaign(advertiser, campaign, "{\"cost_per_impression\": 2.25}");
        fixtures.shownAd(fixtures.newClient(location));
        fixtures.shownAd(first);

        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(2, 0, stats);
        assertMoney("3.35", stats, "spent_impressions");
        assertMoney("3.35", stats, "spent_total");
    }

    @Test
    void changedClickPriceIsChargedFromThenOn() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.10").costPerClick("0.70").create();
        String first = fixtures.newClient(location);
        String second = fixtures.newClient(location);
        fixtures.shownAd(first);
        fixtures.shownAd(second);
        fixtures.clicked(campaign, first);

        fixtures.updateCampaign(advertiser, campaign, "{\"cost_per_click\": 1.05}");
        fixtures.clicked(campaign, second);
        fixtures.clicked(campaign, first);

        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(2, 2, stats);
        assertMoney("0.20", stats, "spent_impressions");
        assertMoney("1.75", stats, "spent_clicks");
        assertMoney("1.95", stats, "spent_total");
    }

    // ---------------------------------------------------------------- ugly input

    static Stream<Arguments> uglyClientIds() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("spaces", "   "),
                Arguments.of("uuid with spaces around", " " + UUID.randomUUID() + " "),
                Arguments.of("uuid with a space inside", UUID.randomUUID().toString().replace('-', ' ')),
                Arguments.of("uuid without dashes", UUID.randomUUID().toString().replace("-", "")),
                Arguments.of("4 KiB", "a".repeat(4096)),
                Arguments.of("unicode", "клиент-😀-\u202e"),
                Arguments.of("unicode digits", "١٢٣٤٥٦٧٨-١٢٣٤-١٢٣٤-١٢٣٤-١٢٣٤٥٦٧٨٩٠١٢"),
                Arguments.of("NUL", "\u0000"),
                Arguments.of("JSON array", "[\"" + UUID.randomUUID() + "\"]"),
                Arguments.of("JSON object", "{\"client_id\": 1}"),
                Arguments.of("huge number", "9".repeat(400)),
                Arguments.of("negative number", "-1"),
                Arguments.of("SQL", "' OR 1=1 --"),
                Arguments.of("percent", "%"),
                Arguments.of("path", "../../etc/passwd"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uglyClientIds")
    void uglyClientIdIsABadRequest(String name, String clientId) {
        Reply reply = http.get("/ads?client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("validation_failed", reply.json().get("error").asText(), reply.toString());
    }

    @Test
    void veryLongQueryIsRefusedWithoutAServerError() {
        Reply reply = http.get("/ads?client_id=" + "a".repeat(6_000));

        assertEquals(400, reply.status(), reply.toString());
    }

    static Stream<Arguments> uglyClickBodies() {
        String client = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("JSON array", "[\"" + client + "\"]"),
                Arguments.of("empty array", "[]"),
                Arguments.of("huge number", "{\"client_id\": " + "9".repeat(1000) + "}"),
                Arguments.of("huge exponent", "{\"client_id\": 1e999999999}"),
                Arguments.of("boolean", "{\"client_id\": true}"),
                Arguments.of("nested object", "{\"client_id\": {\"id\": \"" + client + "\"}}"),
                Arguments.of("deep nesting", "[".repeat(5000) + "]".repeat(5000)),
                Arguments.of("deep object nesting", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)),
                Arguments.of("1 MiB string", "{\"client_id\": \"" + "x".repeat(1 << 20) + "\"}"),
                Arguments.of("unicode", "{\"client_id\": \"клиент-😀\"}"),
                Arguments.of("escaped NUL", "{\"client_id\": \"\\u0000\"}"),
                Arguments.of("lone surrogate", "{\"client_id\": \"\\ud800\"}"),
                Arguments.of("duplicate keys", "{\"client_id\": 1, \"client_id\": 2}"),
                Arguments.of("not JSON", "<xml/>"),
                Arguments.of("only whitespace", "   \n "),
                Arguments.of("BOM", "\uFEFF{\"client_id\": 1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uglyClickBodies")
    void uglyClickBodyIsABadRequest(String name, String body) {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1").costPerClick("1").create();

        Reply reply = http.post("/ads/" + campaign + "/click", body);

        assertEquals(400, reply.status(), reply.toString());
        assertCounts(0, 0, fixtures.campaignStats(campaign));
    }

    @Test
    void clickBodyThatIsNotUtf8IsABadRequest() {
        String campaign = fixtures.campaign(fixtures.newAdvertiser())
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1").costPerClick("1").create();
        byte[] body = {'{', '"', 'c', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};

        Reply reply = http.send(http.request("/ads/" + campaign + "/click")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertEquals(400, reply.status(), reply.toString());
    }

    @ParameterizedTest(name = "ad id [{0}]")
    @ValueSource(strings = {"%20", "%00", "%E2%80%AE", "%F0%9F%98%80", "..%2F..", "null", "-1", "99999999999999999999999"})
    void uglyAdIdInTheClickPathIsABadRequest(String adId) {
        String client = fixtures.newClient(uniqueLocation());

        Reply reply = http.post("/ads/" + adId + "/click", "{\"client_id\": \"" + client + "\"}");

        assertEquals(400, reply.status(), reply.toString());
    }

    @Test
    void veryLongAdIdIsRefusedWithoutAServerError() {
        Reply reply = http.post("/ads/" + "a".repeat(6_000) + "/click", "{}");

        assertEquals(400, reply.status(), reply.toString());
    }

    // ---------------------------------------------------------------- two instances

    /**
     * Two instances of the program on one database and one Redis. Whatever one instance did is
     * already true on the other: caps, clicks, campaign edits and the clock.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TwoInstances {
        private Application first;
        private Application second;
        private AdFixtures one;
        private AdFixtures two;

        @BeforeAll
        void startTwoInstancesOnTheSameStores() {
            AppConfig config = TestServer.config(null);
            first = Application.start(config);
            second = Application.start(config);
            one = new AdFixtures(AdFixtures.http(first));
            two = new AdFixtures(AdFixtures.http(second));
        }

        @AfterAll
        void stopBoth() {
            if (second != null) {
                second.close();
            }
            if (first != null) {
                first.close();
            }
        }

        @Test
        void honourTheCapTogether() {
            String location = uniqueLocation();
            String advertiser = one.newAdvertiser();
            String campaign = one.campaign(advertiser).location(location)
                    .impressionsLimit(10).clicksLimit(10).costPerImpression("1.10").costPerClick("2.25").create();
            List<String> clients = one.newClients(40, location);

            List<Supplier<Reply>> requests = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                AdFixtures instance = i % 2 == 0 ? one : two;
                String client = clients.get(i);
                requests.add(() -> instance.ad(client));
            }
            List<Reply> replies = AdFixtures.concurrently(requests);

            assertEquals(10, servedNewImpressions(replies, campaign));
            assertCounts(10, 0, one.campaignStats(campaign));
            assertCounts(10, 0, two.campaignStats(campaign));
            two.assertNoAd(two.newClient(location));
            one.assertNoAd(one.newClient(location));

            // every client shown the ad clicks it on both instances at once: each click is charged once
            List<Supplier<Reply>> clicks = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                if (replies.get(i).status() == 200) {
                    String client = clients.get(i);
                    clicks.add(() -> one.click(campaign, client));
                    clicks.add(() -> two.click(campaign, client));
                }
            }
            AdFixtures.concurrently(clicks).forEach(reply -> assertEquals(204, reply.status(), reply.toString()));

            for (AdFixtures instance : List.of(one, two)) {
                JsonNode stats = instance.campaignStats(campaign);
                assertCounts(10, 10, stats);
                assertMoney("11.00", stats, "spent_impressions");
                assertMoney("22.50", stats, "spent_clicks");
                assertCounts(10, 10, instance.advertiserStats(advertiser));
            }
            String[] series = {"advertiser_id", advertiser, "campaign_id", campaign};
            List<Scrape> scrapes = List.of(Scrape.of(first.metricsPort()), Scrape.of(second.metricsPort()));
            assertEquals(10, sum(scrapes, "ad_impressions_total", series), "impressions counted by both instances");
            assertEquals(10, sum(scrapes, "ad_clicks_total", series), "first clicks counted by both instances");
            assertEquals(11.0, sum(scrapes, "ad_impression_revenue_total", series), 1e-9);
            assertEquals(22.5, sum(scrapes, "ad_click_revenue_total", series), 1e-9);
        }

        @Test
        void clicksLimitReachedThroughOneStopsRepeatsOnTheOther() {
            String location = uniqueLocation();
            String campaign = one.campaign(one.newAdvertiser()).location(location)
                    .impressionsLimit(10).clicksLimit(1).costPerImpression("1").costPerClick("1").create();
            String clicker = one.newClient(location);
            String viewer = one.newClient(location);
            assertEquals(campaign, one.shownAd(clicker));
            assertEquals(campaign, two.shownAd(viewer));
            assertEquals(campaign, two.shownAd(viewer), "a repeat while the click budget lasts");

            one.clicked(campaign, clicker);

            two.assertNoAd(viewer);
            two.assertNoAd(two.newClient(location));
        }

        @Test
        void unseenCampaignIsPreferredEvenRightAfterRicherOnesRanOutOnTheOther() {
            String location = uniqueLocation();
            String advertiser = one.newAdvertiser();
            String client = one.newClient(location);
            String seen = one.campaign(advertiser).location(location)
                    .costPerImpression("0.02").costPerClick("0.02").create();
            assertEquals(seen, two.shownAd(client));
            Set<String> rich = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                rich.add(one.campaign(advertiser).location(location)
                        .impressionsLimit(1).clicksLimit(1).costPerImpression("10").costPerClick("10").create());
            }
            String unseen = one.campaign(advertiser).location(location)
                    .costPerImpression("0.01").costPerClick("0.01").create();
            two.assertNoAd(two.newClient(uniqueLocation()));
            Set<String> exhausted = new HashSet<>();
            for (String other : one.newClients(12, location)) {
                exhausted.add(one.shownAd(other));
            }
            assertEquals(rich, exhausted, "the first instance used up every rich campaign");

            assertEquals(unseen, two.shownAd(client), "an unseen eligible campaign comes before a repeat");
            assertCounts(1, 0, two.campaignStats(unseen));
        }

        @Test
        void aScoreWrittenThroughOneChangesTheVeryNextDecisionOfTheOther() {
            String location = uniqueLocation();
            String first = one.newAdvertiser();
            String second = one.newAdvertiser();
            String third = one.newAdvertiser();
            String firstCampaign = one.campaign(first).location(location).create();
            String secondCampaign = one.campaign(second).location(location).create();
            String thirdCampaign = one.campaign(third).location(location).create();
            String client = one.newClient(location);
            one.scores(client, Map.of(first, 9_000L, second, 1_000L, third, 5_000L));

            one.score(client, second, 20_000L);
            assertEquals(secondCampaign, two.shownAd(client), "a single upsert");
            one.scores(client, Map.of(third, 50_000L));
            assertEquals(thirdCampaign, two.shownAd(client), "a bulk upsert");
            assertEquals(firstCampaign, two.shownAd(client));
        }

        @Test
        void aClickThroughOneIsNeverFollowedByTheSameAdOnTheOtherWhichKnewTheClient() {
            String location = uniqueLocation();
            String campaign = one.campaign(one.newAdvertiser()).location(location)
                    .impressionsLimit(10).clicksLimit(5).costPerImpression("1").costPerClick("1").create();
            String client = one.newClient(location);
            assertEquals(campaign, two.shownAd(client));
            assertEquals(campaign, two.shownAd(client), "a repeat while the click budget lasts");

            one.clicked(campaign, client);

            two.assertNoAd(client);
        }

        @Test
        void anImpressionThroughOneIsNotShownAsNewByTheOtherWhichKnewTheClient() {
            String location = uniqueLocation();
            String advertiser = one.newAdvertiser();
            String client = one.newClient(location);
            String first = one.campaign(advertiser).location(location)
                    .impressionsLimit(100).clicksLimit(10).costPerImpression("2").costPerClick("1").create();
            assertEquals(first, two.shownAd(client));
            String second = one.campaign(advertiser).location(location)
                    .impressionsLimit(100).clicksLimit(10).costPerImpression("1").costPerClick("1").create();
            assertEquals(second, one.shownAd(client));

            Reply again = two.ad(client);

            assertEquals(200, again.status(), again.toString());
            assertCounts(1, 0, two.campaignStats(first));
            assertCounts(1, 0, two.campaignStats(second));
        }

        @Test
        void theNextDayIsSeenByTheOtherEvenForAClientItKnows() {
            String location = uniqueLocation();
            String advertiser = one.newAdvertiser();
            int today = two.today();
            String client = one.newClient(location);
            String first = one.campaign(advertiser).location(location)
                    .impressionsLimit(100).clicksLimit(10).costPerImpression("5").costPerClick("5").create();
            String todayOnly = one.campaign(advertiser).location(location).startDate(today).endDate(today).create();
            String tomorrowOnly = one.campaign(advertiser).location(location)
                    .startDate(today + 1).endDate(today + 1).create();
            assertEquals(first, two.shownAd(client));

            one.setDay(today + 1);

            assertEquals(tomorrowOnly, two.shownAd(client), "not " + todayOnly + ", which ran yesterday only");
        }

        @Test
        void campaignEditsAndTheClockAreSeenByTheOtherAtOnce() {
            String location = uniqueLocation();
            String advertiser = one.newAdvertiser();
            int today = two.today();
            String campaign = one.campaign(advertiser).location(location)
                    .startDate(today + 1).endDate(today + 3).create();
            two.assertNoAd(two.newClient(location));

            two.setDay(today + 1);
            assertEquals(today + 1, one.today());
            assertEquals(campaign, one.shownAd(one.newClient(location)));
            one.updateCampaign(advertiser, campaign, "{\"ad_title\": \"Edited\"}");
            Reply edited = two.ad(two.newClient(location));
            assertEquals(200, edited.status(), edited.toString());
            assertEquals("Edited", edited.json().get("ad_title").asText());
            one.deleteCampaign(advertiser, campaign);

            two.assertNoAd(two.newClient(location));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void assertServed(boolean served, String campaign, String client) {
        if (served) {
            assertEquals(campaign, fixtures.shownAd(client));
        } else {
            fixtures.assertNoAd(client);
        }
    }

    /** Every reply is the campaign or 404 (no server error, nothing else); returns how many got the campaign. */
    private static double sum(List<Scrape> scrapes, String name, String... labels) {
        return scrapes.stream().mapToDouble(scrape -> scrape.value(name, labels)).sum();
    }

    private static int servedNewImpressions(List<Reply> replies, String campaign) {
        int served = 0;
        for (Reply reply : replies) {
            assertTrue(reply.status() < 500, "no server error: " + reply);
            if (reply.status() == 200) {
                assertEquals(campaign, reply.json().get("ad_id").asText(), reply.toString());
                served++;
            } else {
                assertEquals(404, reply.status(), reply.toString());
                assertEquals("no_ad", reply.json().get("error").asText(), reply.toString());
            }
        }
        return served;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new HashSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
