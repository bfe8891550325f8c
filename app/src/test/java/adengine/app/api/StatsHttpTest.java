package adengine.app.api;

import static adengine.app.testing.AdFixtures.assertCounts;
import static adengine.app.testing.AdFixtures.assertMoney;
import static adengine.app.testing.AdFixtures.uniqueLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "Statistics" section of the contract. Events are produced through GET /ads and clicks, with
 * every campaign targeted at a location of its test; the shared clock only moves forward.
 */
class StatsHttpTest {
    private static final Set<String> STATS_KEYS = Set.of("impressions_count", "clicks_count", "conversion",
            "spent_impressions", "spent_clicks", "spent_total");
    private static final Set<String> DAILY_KEYS = union(STATS_KEYS, Set.of("date"));
    private static final Set<String> BREAKDOWN_KEYS = union(STATS_KEYS, Set.of("campaign_id", "ad_title", "deleted",
            "start_date", "end_date", "impressions_limit", "clicks_limit"));
    private static final String[] MONEY = {"spent_impressions", "spent_clicks", "spent_total"};

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();
    private static final AdFixtures fixtures = new AdFixtures(http);

    // ---------------------------------------------------------------- totals

    @Test
    void newCampaignHasZeroStatsWithTheContractShape() {
        String campaign = fixtures.campaign(fixtures.newAdvertiser())
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1").costPerClick("1").create();

        Reply reply = http.get("/stats/campaigns/" + campaign);

        assertEquals(200, reply.status(), reply.toString());
        JsonNode stats = reply.json();
        assertEquals(STATS_KEYS, keys(stats), reply.body());
        assertCounts(0, 0, stats);
        assertEquals(0.0, stats.get("conversion").doubleValue(), "no impressions: conversion 0");
        for (String money : MONEY) {
            assertMoney("0", stats, money);
        }
        assertEquals(List.of("0.000000", "0.00", "0.00", "0.00"), rawFigures(reply.body()), "each field at its documented scale");
    }

    @Test
    void statsCountUniqueEventsAndTheirPrices() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1.25").costPerClick("3.5").create();
        List<String> clients = fixtures.newClients(2, location);
        clients.forEach(fixtures::shownAd);
        clients.forEach(fixtures::shownAd);
        fixtures.clicked(campaign, clients.get(0));
        fixtures.clicked(campaign, clients.get(0));

        JsonNode stats = fixtures.campaignStats(campaign);

        assertCounts(2, 1, stats);
        assertEquals(50.0, stats.get("conversion").doubleValue(), 1e-9);
        assertMoney("2.50", stats, "spent_impressions");
        assertMoney("3.5", stats, "spent_clicks");
        assertMoney("6.00", stats, "spent_total");
    }

    @Test
    void conversionIsClicksPerHundredImpressionsRoundedHalfUpToSixPlaces() {
        String campaign = campaignShownAndClicked("1", "1", 3, 1);

        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(3, 1, stats);
        assertTrue(stats.get("conversion").isNumber(), stats.toString());
        assertEquals(List.of("33.333333", "3.00", "1.00", "4.00"), rawFigures(http.get("/stats/campaigns/" + campaign).body()));
        for (String day : http.get("/stats/campaigns/" + campaign + "/daily").body().split("}")) {
            if (day.contains("conversion")) {
                assertTrue(rawFigures(day).get(0).matches("\\d+\\.\\d{6}"), "six places every day: " + day);
            }
        }
    }

    @Test
    void moneyHasTwoPlacesOrMoreWhenThePricesHadMoreAndIsNeverRounded() {
        String campaign = campaignShownAndClicked("0.125", "4", 3, 2);

        List<String> figures = rawFigures(http.get("/stats/campaigns/" + campaign).body());

        assertEquals(List.of("66.666667", "0.375", "8.00", "8.375"), figures);
    }

    @Test
    void moneyIsTheExactSumOfThePricesCharged() {
        String campaign = campaignShownAndClicked("0.1", "0.2", 7, 3);

        JsonNode stats = fixtures.campaignStats(campaign);
        assertCounts(7, 3, stats);
        assertMoney("0.7", stats, "spent_impressions");
        assertMoney("0.6", stats, "spent_clicks");
        assertMoney("1.3", stats, "spent_total");
        JsonNode daily = fixtures.campaignDaily(campaign);
        assertMoney("1.3", daily.get(daily.size() - 1), "spent_total");
    }

    @Test
    void tinyAndLargePricesAddUpExactly() {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.000000000001").costPerClick("1000000000").create();
        List<String> clients = fixtures.newClients(3, location);
        clients.forEach(fixtures::shownAd);

        fixtures.clicked(campaign, clients.get(0));

        JsonNode stats = fixtures.campaignStats(campaign);
        assertMoney("0.000000000003", stats, "spent_impressions");
        assertMoney("1000000000", stats, "spent_clicks");
        assertMoney("1000000000.000000000003", stats, "spent_total");
    }

    @Test
    void statsOfAnUnknownCampaignAreNotFound() {
        String unknown = UUID.randomUUID().toString();

        Reply totals = http.get("/stats/campaigns/" + unknown);
        Reply daily = http.get("/stats/campaigns/" + unknown + "/daily");

        assertEquals(404, totals.status(), totals.toString());
        assertEquals("not_found", totals.json().get("error").asText());
        assertEquals(404, daily.status(), daily.toString());
        assertEquals("not_found", daily.json().get("error").asText());
    }

    @Test
    void statsOfADeletedCampaignAreNotFound() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String campaign = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1").costPerClick("1").create();
        fixtures.shownAd(fixtures.newClient(location));
        fixtures.deleteCampaign(advertiser, campaign);

        Reply totals = http.get("/stats/campaigns/" + campaign);
        Reply daily = http.get("/stats/campaigns/" + campaign + "/daily");

        assertEquals(404, totals.status(), totals.toString());
        assertEquals(404, daily.status(), daily.toString());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"abc", "123", "1-1-1-1-1", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "null"})
    void badIdsInThePathAreBadRequests(String id) {
        assertEveryStatsPathIs("validation_failed", id);
    }

    @Test
    void percentEncodedIdsInThePathAreRefusedBeforeRouting() {
        assertEveryStatsPathIs("bad_request", "%20");
    }

    private static void assertEveryStatsPathIs(String error, String id) {
        List<String> paths = List.of("/stats/campaigns/" + id, "/stats/campaigns/" + id + "/daily",
                "/stats/advertisers/" + id + "/campaigns", "/stats/advertisers/" + id + "/campaigns/daily",
                "/stats/advertisers/" + id + "/campaigns/breakdown");

        for (String path : paths) {
            Reply reply = http.get(path);
            assertEquals(400, reply.status(), path + ": " + reply);
            assertEquals(error, reply.json().get("error").asText(), path + ": " + reply);
        }
    }

    @Test
    void statsOfAnUnknownAdvertiserAreNotFound() {
        String unknown = UUID.randomUUID().toString();

        Reply totals = http.get("/stats/advertisers/" + unknown + "/campaigns");
        Reply daily = http.get("/stats/advertisers/" + unknown + "/campaigns/daily");
        Reply breakdown = http.get("/stats/advertisers/" + unknown + "/campaigns/breakdown");

        assertEquals(404, totals.status(), totals.toString());
        assertEquals("not_found", totals.json().get("error").asText());
        assertEquals(404, daily.status(), daily.toString());
        assertEquals("not_found", daily.json().get("error").asText());
        assertEquals(404, breakdown.status(), breakdown.toString());
        assertEquals("not_found", breakdown.json().get("error").asText());
    }

    @Test
    void advertiserWithoutCampaignsHasZeroStatsAndNoDays() {
        String advertiser = fixtures.newAdvertiser();

        JsonNode stats = fixtures.advertiserStats(advertiser);
        JsonNode daily = fixtures.advertiserDaily(advertiser);
        JsonNode breakdown = fixtures.advertiserBreakdown(advertiser);

        assertEquals(STATS_KEYS, keys(stats), stats.toString());
        assertCounts(0, 0, stats);
        assertEquals(0.0, stats.get("conversion").doubleValue());
        assertMoney("0", stats, "spent_total");
        assertTrue(daily.isArray() && daily.isEmpty(), daily.toString());
        assertTrue(breakdown.isArray() && breakdown.isEmpty(), breakdown.toString());
    }

    @Test
    void advertiserBreakdownHasEveryCampaignNewestFirstDeletedOnesMarkedAndAddsUpToTheTotals() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        int today = fixtures.today();
        String removed = fixtures.campaign(advertiser).location(location).adTitle("Removed").startDate(today).endDate(today + 3)
                .impressionsLimit(50).clicksLimit(5).costPerImpression("0.125").costPerClick("2").create();
        List<String> clients = fixtures.newClients(3, location);
        clients.forEach(client -> assertEquals(removed, fixtures.shownAd(client)));
        fixtures.clicked(removed, clients.get(0));
        fixtures.deleteCampaign(advertiser, removed);
        String running = fixtures.campaign(advertiser).location(location).adTitle("Running").startDate(today).endDate(today + 9)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1.10").costPerClick("0.30").create();
        assertEquals(running, fixtures.shownAd(clients.get(0)));
        fixtures.clicked(running, clients.get(0));
        String idle = fixtures.campaign(advertiser).location(location).adTitle("Idle").startDate(today + 5).endDate(today + 6).create();

        JsonNode breakdown = fixtures.advertiserBreakdown(advertiser);

        assertEquals(3, breakdown.size(), breakdown.toString());
        breakdown.forEach(entry -> assertEquals(BREAKDOWN_KEYS, keys(entry), entry.toString()));
        List<String> ids = new ArrayList<>();
        breakdown.forEach(entry -> ids.add(entry.get("campaign_id").asText()));
        assertEquals(List.of(idle, running, removed), ids, "newest first");
        JsonNode deleted = breakdown.get(2);
        assertTrue(deleted.get("deleted").asBoolean(), deleted.toString());
        assertEquals("Removed", deleted.get("ad_title").asText());
        assertEquals(List.of(today, today + 3, 50, 5), List.of(deleted.get("start_date").intValue(), deleted.get("end_date").intValue(),
                deleted.get("impressions_limit").intValue(), deleted.get("clicks_limit").intValue()));
        assertCounts(3, 1, deleted);
        assertMoney("0.375", deleted, "spent_impressions");
        assertMoney("2.375", deleted, "spent_total");
        assertEquals(new BigDecimal("33.333333"), deleted.get("conversion").decimalValue());
        assertFalse(breakdown.get(1).get("deleted").asBoolean());
        assertEquals(fixtures.campaignStats(running), statsOf(breakdown.get(1)), "a live campaign's entry is its totals");
        assertCounts(0, 0, breakdown.get(0));
        assertEntriesSumToTotals(breakdown, fixtures.advertiserStats(advertiser));
    }

    @Test
    void advertiserStatsSumItsCampaignsAndKeepDeletedCampaignsSpend() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        String first = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("1.10").costPerClick("0.30").create();
        List<String> clients = fixtures.newClients(2, location);
        clients.forEach(client -> assertEquals(first, fixtures.shownAd(client)));
        fixtures.clicked(first, clients.get(0));
        String second = fixtures.campaign(advertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.05").costPerClick("2").create();
        assertEquals(second, fixtures.shownAd(clients.get(0)));
        String otherAdvertiser = fixtures.newAdvertiser();
        String unrelated = fixtures.campaign(otherAdvertiser).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression("9").costPerClick("9").create();
        assertEquals(unrelated, fixtures.shownAd(clients.get(1)));

        JsonNode before = fixtures.advertiserStats(advertiser);
        JsonNode dailyBefore = fixtures.advertiserDaily(advertiser);
        fixtures.deleteCampaign(advertiser, first);
        JsonNode after = fixtures.advertiserStats(advertiser);
        JsonNode dailyAfter = fixtures.advertiserDaily(advertiser);

        assertEquals(STATS_KEYS, keys(before), before.toString());
        assertCounts(3, 1, before);
        assertEquals(new BigDecimal("33.333333"), before.get("conversion").decimalValue());
        assertMoney("2.25", before, "spent_impressions");
        assertMoney("0.30", before, "spent_clicks");
        assertMoney("2.55", before, "spent_total");
        assertEquals(before, after, "a deleted campaign's spend stays in the advertiser's totals");
        assertEquals(dailyBefore, dailyAfter, "and in its daily series");
        assertEquals(404, http.get("/stats/campaigns/" + first).status());
        assertCounts(1, 0, fixtures.campaignStats(second));
    }

    // ---------------------------------------------------------------- daily

    @Test
    void campaignDailyHasOneEntryPerDayFromTheStartUpToTodayWithZeros() {
        String location = uniqueLocation();
        int start = fixtures.today();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .costPerImpression("0.40").costPerClick("1.20").startDate(start).endDate(start + 5).create();
        List<String> clients = fixtures.newClients(3, location);
        fixtures.shownAd(clients.get(0));
        fixtures.setDay(start + 2);
        fixtures.shownAd(clients.get(1));
        fixtures.shownAd(clients.get(2));
        fixtures.clicked(campaign, clients.get(0));

        JsonNode daily = fixtures.campaignDaily(campaign);

        assertEquals(List.of(start, start + 1, start + 2), dates(daily));
        daily.forEach(day -> assertEquals(DAILY_KEYS, keys(day), day.toString()));
        assertCounts(1, 0, daily.get(0));
        assertMoney("0.40", daily.get(0), "spent_impressions");
        assertCounts(0, 0, daily.get(1));
        assertEquals(0.0, daily.get(1).get("conversion").doubleValue());
        for (String money : MONEY) {
            assertMoney("0", daily.get(1), money);
        }
        assertCounts(2, 1, daily.get(2));
        assertEquals(50.0, daily.get(2).get("conversion").doubleValue(), 1e-9);
        assertMoney("0.80", daily.get(2), "spent_impressions");
        assertMoney("1.20", daily.get(2), "spent_clicks");
        assertMoney("2.00", daily.get(2), "spent_total");
        assertEntriesSumToTotals(daily, fixtures.campaignStats(campaign));
    }

    @Test
    void campaignDailyStopsAtTheEndDateButKeepsLaterDaysWithEvents() {
        String location = uniqueLocation();
        int start = fixtures.today();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .costPerClick("2").startDate(start).endDate(start + 1).create();
        List<String> clients = fixtures.newClients(2, location);
        clients.forEach(fixtures::shownAd);
        fixtures.setDay(start + 3);
        fixtures.clicked(campaign, clients.get(0));
        fixtures.setDay(start + 6);

        JsonNode daily = fixtures.campaignDaily(campaign);

        assertEquals(List.of(start, start + 1, start + 3), dates(daily));
        assertCounts(2, 0, daily.get(0));
        assertCounts(0, 0, daily.get(1));
        assertCounts(0, 1, daily.get(2));
        assertEquals(0.0, daily.get(2).get("conversion").doubleValue(), "no impressions that day: conversion 0");
        assertMoney("2", daily.get(2), "spent_clicks");
        assertEntriesSumToTotals(daily, fixtures.campaignStats(campaign));
    }

    @Test
    void campaignThatHasNotStartedHasNoDays() {
        int today = fixtures.today();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).startDate(today + 3).endDate(today + 5).create();

        JsonNode daily = fixtures.campaignDaily(campaign);

        assertTrue(daily.isArray() && daily.isEmpty(), daily.toString());
    }

    @Test
    void advertiserDailyIsThePerDaySumOverTheUnionOfItsCampaignsDays() {
        // Each campaign targets its own location, so which campaign a client gets is certain.
        String advertiser = fixtures.newAdvertiser();
        int t = fixtures.today();
        String locationA = uniqueLocation();
        String locationB = uniqueLocation();
        String locationC = uniqueLocation();
        String first = fixtures.campaign(advertiser).location(locationA)
                .costPerImpression("0.10").costPerClick("0.50").startDate(t).endDate(t).create();
        String removed = fixtures.campaign(advertiser).location(locationC)
                .costPerImpression("1.50").costPerClick("2").startDate(t + 1).endDate(t + 1).create();
        String second = fixtures.campaign(advertiser).location(locationB)
                .costPerImpression("0.25").costPerClick("1").startDate(t + 3).endDate(t + 5).create();
        List<String> a = fixtures.newClients(2, locationA);
        List<String> b = fixtures.newClients(2, locationB);
        String c = fixtures.newClient(locationC);
        // day t: "first" twice, one click
        a.forEach(client -> assertEquals(first, fixtures.shownAd(client)));
        fixtures.clicked(first, a.get(0));
        // day t + 1: "removed" once (deleted below)
        fixtures.setDay(t + 1);
        assertEquals(removed, fixtures.shownAd(c));
        // day t + 2: no campaign runs; day t + 3: "second" once
        fixtures.setDay(t + 3);
        assertEquals(second, fixtures.shownAd(b.get(0)));
        // day t + 4: "second" once with a click, and a late click on "first", which has ended
        fixtures.setDay(t + 4);
        assertEquals(second, fixtures.shownAd(b.get(1)));
        fixtures.clicked(second, b.get(1));
        fixtures.clicked(first, a.get(1));
        fixtures.deleteCampaign(advertiser, removed);

        JsonNode daily = fixtures.advertiserDaily(advertiser);

        assertEquals(List.of(t, t + 1, t + 3, t + 4), dates(daily),
                "the union of the campaigns' days, the deleted one included; nothing on day t + 2: " + daily);
        daily.forEach(day -> assertEquals(DAILY_KEYS, keys(day), day.toString()));
        assertCounts(2, 1, daily.get(0));
        assertEquals(50.0, daily.get(0).get("conversion").doubleValue(), 1e-9);
        assertMoney("0.20", daily.get(0), "spent_impressions");
        assertMoney("0.50", daily.get(0), "spent_clicks");
        assertMoney("0.70", daily.get(0), "spent_total");
        assertCounts(1, 0, daily.get(1));
        assertMoney("1.50", daily.get(1), "spent_total");
        assertCounts(1, 0, daily.get(2));
        assertEquals(0.0, daily.get(2).get("conversion").doubleValue());
        assertMoney("0.25", daily.get(2), "spent_total");
        assertCounts(1, 2, daily.get(3));
        assertEquals(200.0, daily.get(3).get("conversion").doubleValue(), 1e-9, "per day, clicks over impressions");
        assertMoney("0.25", daily.get(3), "spent_impressions");
        assertMoney("1.50", daily.get(3), "spent_clicks");
        assertMoney("1.75", daily.get(3), "spent_total");
        JsonNode totals = fixtures.advertiserStats(advertiser);
        assertCounts(5, 3, totals);
        assertEquals(60.0, totals.get("conversion").doubleValue(), 1e-9);
        assertMoney("2.20", totals, "spent_impressions");
        assertMoney("2.00", totals, "spent_clicks");
        assertMoney("4.20", totals, "spent_total");
        assertEntriesSumToTotals(daily, totals);
    }

    @Test
    void advertiserDailyOfOneCampaignEqualsThatCampaignsDaily() {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        int start = fixtures.today();
        String campaign = fixtures.campaign(advertiser).location(location).startDate(start).endDate(start + 2).create();
        List<String> clients = fixtures.newClients(2, location);
        fixtures.shownAd(clients.get(0));
        fixtures.setDay(start + 1);
        fixtures.shownAd(clients.get(1));
        fixtures.clicked(campaign, clients.get(0));

        assertEquals(fixtures.campaignDaily(campaign), fixtures.advertiserDaily(advertiser));
        assertEquals(fixtures.campaignStats(campaign), fixtures.advertiserStats(advertiser));
    }

    // ---------------------------------------------------------------- helpers

    /** A daily series or a breakdown adds up to the totals, money exactly. */
    private static void assertEntriesSumToTotals(JsonNode daily, JsonNode totals) {
        long impressions = 0;
        long clicks = 0;
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (JsonNode day : daily) {
            impressions += day.get("impressions_count").longValue();
            clicks += day.get("clicks_count").longValue();
            for (int i = 0; i < MONEY.length; i++) {
                sums[i] = sums[i].add(day.get(MONEY[i]).decimalValue());
            }
        }
        assertCounts(impressions, clicks, totals);
        for (int i = 0; i < MONEY.length; i++) {
            assertMoney(sums[i].toPlainString(), totals, MONEY[i]);
        }
    }

    /** The Stats fields of an entry, in an object of their own. */
    private static JsonNode statsOf(JsonNode entry) {
        ObjectNode stats = JsonNodeFactory.instance.objectNode();
        STATS_KEYS.forEach(key -> stats.set(key, entry.get(key)));
        return stats;
    }

    private static List<Integer> dates(JsonNode daily) {
        assertTrue(daily.isArray(), daily.toString());
        List<Integer> dates = new ArrayList<>();
        daily.forEach(day -> dates.add(day.get("date").intValue()));
        return dates;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new HashSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }

    /** A running campaign at these prices, shown to {@code shown} clients of its own, the first {@code clicking} of whom click it. */
    private static String campaignShownAndClicked(String impressionPrice, String clickPrice, int shown, int clicking) {
        String location = uniqueLocation();
        String campaign = fixtures.campaign(fixtures.newAdvertiser()).location(location)
                .impressionsLimit(100).clicksLimit(10).costPerImpression(impressionPrice).costPerClick(clickPrice).create();
        List<String> clients = fixtures.newClients(shown, location);
        clients.forEach(fixtures::shownAd);
        clients.subList(0, clicking).forEach(client -> fixtures.clicked(campaign, client));
        return campaign;
    }

    /** conversion, spent_impressions, spent_clicks and spent_total exactly as written in the JSON text. */
    private static List<String> rawFigures(String body) {
        List<String> figures = new ArrayList<>();
        for (String field : List.of("conversion", "spent_impressions", "spent_clicks", "spent_total")) {
            Matcher number = Pattern.compile("\"" + field + "\"\\s*:\\s*([-0-9.eE+]+)").matcher(body);
            assertTrue(number.find(), field + " in " + body);
            figures.add(number.group(1));
        }
        return figures;
    }
}
