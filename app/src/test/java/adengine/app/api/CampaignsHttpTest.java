package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "Campaigns" section of the contract. The simulation clock is shared by every test of this
 * class (one server), so campaigns are always dated relative to the day read from {@code GET /time},
 * and the clock is only ever moved forward.
 */
class CampaignsHttpTest {
    private static final Set<String> TARGETING_KEYS = Set.of("gender", "age_from", "age_to", "location");
    private static final Set<String> CAMPAIGN_KEYS = Set.of("campaign_id", "advertiser_id", "impressions_limit",
            "clicks_limit", "cost_per_impression", "cost_per_click", "ad_title", "ad_text", "start_date", "end_date",
            "targeting", "image_url");
    private static final String[] REQUIRED = {"impressions_limit", "clicks_limit", "cost_per_impression",
            "cost_per_click", "ad_title", "ad_text", "start_date", "end_date"};

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();

    // ---------------------------------------------------------------- create

    @Test
    void createEchoesEveryFieldWith201() {
        String advertiser = newAdvertiser();
        int start = today() + 2;
        Map<String, String> fields = campaign(start, start + 5);
        fields.put("targeting", "{\"gender\": \"FEMALE\", \"age_from\": 18, \"age_to\": 35, \"location\": \"Kazan\"}");

        Reply reply = http.post(campaigns(advertiser), json(fields));

        assertEquals(201, reply.status(), reply.toString());
        JsonNode created = reply.json();
        assertEquals(CAMPAIGN_KEYS, keys(created), reply.body());
        assertUuid(created.get("campaign_id").asText());
        assertEquals(advertiser, created.get("advertiser_id").asText());
        assertEquals(1000, created.get("impressions_limit").intValue());
        assertEquals(100, created.get("clicks_limit").intValue());
        assertEquals("Summer sale", created.get("ad_title").textValue());
        assertEquals("Everything half price", created.get("ad_text").textValue());
        assertEquals(start, created.get("start_date").intValue());
        assertEquals(start + 5, created.get("end_date").intValue());
        JsonNode targeting = created.get("targeting");
        assertEquals(TARGETING_KEYS, keys(targeting));
        assertEquals("FEMALE", targeting.get("gender").textValue());
        assertEquals(18, targeting.get("age_from").intValue());
        assertEquals(35, targeting.get("age_to").intValue());
        assertEquals("Kazan", targeting.get("location").textValue());
        assertTrue(created.has("image_url") && created.get("image_url").isNull(), reply.body());
        assertRawNumber(reply.body(), "cost_per_impression", "1.50");
        assertRawNumber(reply.body(), "cost_per_click", "2");
    }

    @Test
    void serverChoosesADistinctCampaignIdForEachCreate() {
        String advertiser = newAdvertiser();

        String first = createCampaign(advertiser, campaign(today(), today())).get("campaign_id").asText();
        String second = createCampaign(advertiser, campaign(today(), today())).get("campaign_id").asText();

        assertNotEquals(first, second);
    }

    @ParameterizedTest(name = "targeting {0}")
    @ValueSource(strings = {"<absent>", "null", "{}"})
    void targetingIsAlwaysAnObjectWithTheFourKeys(String targeting) {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today(), today() + 1);
        if (!targeting.equals("<absent>")) {
            fields.put("targeting", targeting);
        }

        Reply created = http.post(campaigns(advertiser), json(fields));

        assertEquals(201, created.status(), created.toString());
        assertNoTargeting(created.json());
        assertNoTargeting(http.get(campaign(advertiser, created)).json());
        assertNoTargeting(http.get(campaigns(advertiser)).json().get(0));
    }

    @Test
    void partialTargetingHasTheMissingKeysNull() {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today(), today() + 1);
        fields.put("targeting", "{\"gender\": \"ALL\", \"age_to\": 150}");

        Reply created = http.post(campaigns(advertiser), json(fields));

        assertEquals(201, created.status(), created.toString());
        JsonNode targeting = created.json().get("targeting");
        assertEquals(TARGETING_KEYS, keys(targeting));
        assertEquals("ALL", targeting.get("gender").textValue());
        assertTrue(targeting.get("age_from").isNull());
        assertEquals(150, targeting.get("age_to").intValue());
        assertTrue(targeting.get("location").isNull());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.50", "2", "0.000000000001", "0", "0.10", "1000000", "123.456000000000"})
    void pricesAreEchoedExactlyAsSent(String price) {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today(), today() + 1);
        fields.put("cost_per_impression", price);
        fields.put("cost_per_click", price);

        Reply created = http.post(campaigns(advertiser), json(fields));

        assertEquals(201, created.status(), created.toString());
        assertRawNumber(created.body(), "cost_per_impression", price);
        assertRawNumber(created.body(), "cost_per_click", price);
        Reply read = http.get(campaign(advertiser, created));
        assertRawNumber(read.body(), "cost_per_impression", price);
        assertRawNumber(read.body(), "cost_per_click", price);
        Reply listed = http.get(campaigns(advertiser));
        assertRawNumber(listed.body(), "cost_per_impression", price);
    }

    @Test
    void boundaryValuesAreAccepted() {
        String advertiser = newAdvertiser();
        int today = today();
        Map<String, String> fields = campaign(today, today);
        fields.put("impressions_limit", "0");
        fields.put("clicks_limit", "0");
        fields.put("cost_per_impression", "0");
        fields.put("cost_per_click", "1000000000");
        fields.put("ad_title", quoted("t".repeat(256)));
        fields.put("ad_text", quoted("x".repeat(4096)));
        fields.put("targeting", "{\"age_from\": 0, \"age_to\": 0}");

        Reply reply = http.post(campaigns(advertiser), json(fields));

        assertEquals(201, reply.status(), reply.toString());
        assertEquals(256, reply.json().get("ad_title").textValue().length());
        assertEquals(4096, reply.json().get("ad_text").textValue().length());
        assertEquals(today, reply.json().get("start_date").intValue());
        assertEquals(today, reply.json().get("end_date").intValue());
    }

    @Test
    void clicksLimitMayEqualImpressionsLimitAndAgesSpanZeroTo150() {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today(), today() + 3);
        fields.put("impressions_limit", "7");
        fields.put("clicks_limit", "7");
        fields.put("targeting", "{\"age_from\": 0, \"age_to\": 150}");

        Reply reply = http.post(campaigns(advertiser), json(fields));

        assertEquals(201, reply.status(), reply.toString());
        assertEquals(7, reply.json().get("clicks_limit").intValue());
        assertEquals(150, reply.json().get("targeting").get("age_to").intValue());
    }

    @Test
    void createForAnUnknownAdvertiserIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        Reply reply = http.post(campaigns(unknown), json(campaign(today(), today() + 1)));

        assertEquals(404, reply.status(), reply.toString());
        assertEquals("not_found", reply.json().get("error").textValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "123", "1-1-1-1-1", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"})
    void badAdvertiserIdInThePathIsABadRequest(String advertiserId) {
        String path = "/advertisers/" + advertiserId + "/campaigns";

        Reply created = http.post(path, json(campaign(today(), today() + 1)));
        Reply listed = http.get(path);
        Reply read = http.get(path + "/" + UUID.randomUUID());
        Reply updated = http.put(path + "/" + UUID.randomUUID(), "{}");
        Reply deleted = http.delete(path + "/" + UUID.randomUUID());

        for (Reply reply : List.of(created, listed, read, updated, deleted)) {
            assertEquals(400, reply.status(), reply.toString());
            assertEquals("validation_failed", reply.json().get("error").textValue());
            assertEquals("advertiser_id", reply.json().get("details").get(0).get("field").textValue(), reply.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "42"})
    void badCampaignIdInThePathIsABadRequest(String campaignId) {
        String advertiser = newAdvertiser();
        String path = campaigns(advertiser) + "/" + campaignId;

        for (Reply reply : List.of(http.get(path), http.put(path, "{}"), http.delete(path))) {
            assertEquals(400, reply.status(), reply.toString());
            assertEquals("validation_failed", reply.json().get("error").textValue());
            assertEquals("campaign_id", reply.json().get("details").get(0).get("field").textValue(), reply.toString());
        }
    }

    static Stream<Arguments> invalidCreates() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : REQUIRED) {
            cases.add(invalid("missing " + field, field, f -> f.remove(field)));
            cases.add(invalid(field + " null", field, f -> f.put(field, "null")));
        }
        cases.addAll(List.of(
                invalid("negative impressions_limit", "impressions_limit", set("impressions_limit", "-1")),
                invalid("negative clicks_limit", "clicks_limit", set("clicks_limit", "-1")),
                invalid("clicks_limit above impressions_limit", "clicks_limit", f -> {
                    f.put("impressions_limit", "10");
                    f.put("clicks_limit", "11");
                }),
                invalid("negative cost_per_impression", "cost_per_impression", set("cost_per_impression", "-0.01")),
                invalid("negative cost_per_click", "cost_per_click", set("cost_per_click", "-1")),
                invalid("cost_per_impression with 13 decimals", "cost_per_impression",
                        set("cost_per_impression", "0.0000000000001")),
                invalid("cost_per_click with 13 decimals", "cost_per_click", set("cost_per_click", "1.0000000000001")),
                invalid("cost_per_click as a string", "cost_per_click", set("cost_per_click", "\"1.5\"")),
                invalid("empty ad_title", "ad_title", set("ad_title", "\"\"")),
                invalid("blank ad_title", "ad_title", set("ad_title", "\"   \"")),
                invalid("ad_title of 257 characters", "ad_title", set("ad_title", quoted("t".repeat(257)))),
                invalid("ad_title a number", "ad_title", set("ad_title", "5")),
                invalid("blank ad_text", "ad_text", set("ad_text", "\" \\t \"")),
                invalid("ad_text of 4097 characters", "ad_text", set("ad_text", quoted("x".repeat(4097)))),
                invalid("end_date before start_date", "end_date",
                        f -> f.put("end_date", String.valueOf(Integer.parseInt(f.get("start_date")) - 1))),
                invalid("negative start_date", "start_date", set("start_date", "-1")),
                invalid("impressions_limit a string", "impressions_limit", set("impressions_limit", "\"1000\"")),
                invalid("clicks_limit 10.5", "clicks_limit", set("clicks_limit", "10.5")),
                invalid("impressions_limit beyond int", "impressions_limit", set("impressions_limit", "99999999999")),
                invalid("start_date a string", "start_date", set("start_date", "\"x\"")),
                invalid("end_date a boolean", "end_date", set("end_date", "true")),
                invalid("targeting an array", "targeting", set("targeting", "[]")),
                invalid("targeting a string", "targeting", set("targeting", "\"ALL\"")),
                invalid("targeting gender 'ALL '", "targeting.gender", set("targeting", "{\"gender\": \"ALL \"}")),
                invalid("targeting gender 'all'", "targeting.gender", set("targeting", "{\"gender\": \"all\"}")),
                invalid("targeting gender a number", "targeting.gender", set("targeting", "{\"gender\": 1}")),
                invalid("targeting age_from above age_to", "targeting.age_from|targeting.age_to",
                        set("targeting", "{\"age_from\": 30, \"age_to\": 20}")),
                invalid("targeting age_from negative", "targeting.age_from", set("targeting", "{\"age_from\": -1}")),
                invalid("targeting age_to above 150", "targeting.age_to", set("targeting", "{\"age_to\": 151}")),
                invalid("targeting age_from above 150", "targeting.age_from", set("targeting", "{\"age_from\": 151}")),
                invalid("targeting age_from a string", "targeting.age_from", set("targeting", "{\"age_from\": \"18\"}")),
                invalid("targeting age_to 20.5", "targeting.age_to", set("targeting", "{\"age_to\": 20.5}")),
                invalid("targeting location a number", "targeting.location", set("targeting", "{\"location\": 7}"))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCreates")
    void invalidCreateIsRejectedNamingTheFieldAndStoresNothing(String name, String field,
            Consumer<Map<String, String>> change) {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today() + 1, today() + 5);
        change.accept(fields);

        Reply reply = http.post(campaigns(advertiser), json(fields));

        assertValidationFailed(reply, field);
        assertEquals("0", totalCount(advertiser), "a rejected create stores nothing");
    }

    @Test
    void startBeforeTheCurrentDayIsRejected() {
        String advertiser = newAdvertiser();
        int today = atLeastDay(1);

        Reply reply = http.post(campaigns(advertiser), json(campaign(today - 1, today + 5)));

        assertValidationFailed(reply, "start_date");
        assertEquals("0", totalCount(advertiser));
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = {"[]", "7", "\"campaign\"", "null", "", "{", "{\"ad_title\": }", "{} x"})
    void createBodyThatIsNotAJsonObjectIsMalformed(String body) {
        String advertiser = newAdvertiser();

        Reply reply = http.post(campaigns(advertiser), body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("malformed_json", reply.json().get("error").textValue(), reply.toString());
        assertEquals("0", totalCount(advertiser));
    }

    @Test
    void validObjectFollowedByGarbageIsMalformedAndStoresNothing() {
        String advertiser = newAdvertiser();

        Reply reply = http.post(campaigns(advertiser), json(campaign(today(), today() + 1)) + " x");

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("malformed_json", reply.json().get("error").textValue());
        assertEquals("0", totalCount(advertiser));
    }

    // ---------------------------------------------------------------- read

    @Test
    void getReturnsTheStoredCampaign() {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today() + 1, today() + 2);
        fields.put("targeting", "{\"gender\": \"MALE\", \"location\": \"Perm\"}");
        Reply created = http.post(campaigns(advertiser), json(fields));

        Reply read = http.get(campaign(advertiser, created));

        assertEquals(200, read.status(), read.toString());
        assertEquals(created.json(), read.json());
    }

    @Test
    void campaignOfAnotherAdvertiserIsNotFound() {
        String owner = newAdvertiser();
        String other = newAdvertiser();
        String id = createCampaign(owner, campaign(today() + 1, today() + 2)).get("campaign_id").asText();
        String foreign = campaigns(other) + "/" + id;

        Reply read = http.get(foreign);
        Reply updated = http.put(foreign, "{\"ad_title\": \"hijacked\"}");
        Reply deleted = http.delete(foreign);

        assertEquals(404, read.status(), read.toString());
        assertEquals(404, updated.status(), updated.toString());
        assertEquals(404, deleted.status(), deleted.toString());
        Reply own = http.get(campaigns(owner) + "/" + id);
        assertEquals(200, own.status(), "the owner still has it");
        assertEquals("Summer sale", own.json().get("ad_title").textValue());
        assertEquals("0", totalCount(other));
    }

    @Test
    void unknownCampaignIsNotFoundEverywhere() {
        String advertiser = newAdvertiser();
        String path = campaigns(advertiser) + "/" + UUID.randomUUID();

        for (Reply reply : List.of(http.get(path), http.put(path, "{}"), http.delete(path))) {
            assertEquals(404, reply.status(), reply.toString());
            assertEquals("not_found", reply.json().get("error").textValue());
        }
    }

    @Test
    void campaignsOfAnUnknownAdvertiserAreNotFound() {
        String unknown = UUID.randomUUID().toString();

        Reply listed = http.get(campaigns(unknown));
        Reply read = http.get(campaigns(unknown) + "/" + UUID.randomUUID());

        assertEquals(404, listed.status(), listed.toString());
        assertEquals("not_found", listed.json().get("error").textValue());
        assertEquals(404, read.status(), read.toString());
    }

    // ---------------------------------------------------------------- list

    @Test
    void listIsNewestFirstWithTheTotalInAHeader() {
        String advertiser = newAdvertiser();
        for (String title : List.of("first", "second", "third")) {
            Map<String, String> fields = campaign(today(), today() + 1);
            fields.put("ad_title", quoted(title));
            createCampaign(advertiser, fields);
        }

        Reply listed = http.get(campaigns(advertiser));

        assertEquals(200, listed.status(), listed.toString());
        assertEquals(List.of("third", "second", "first"), titles(listed.json()));
        assertEquals("3", listed.header("X-Total-Count"));
    }

    @Test
    void listOfAnAdvertiserWithoutCampaignsIsEmpty() {
        String advertiser = newAdvertiser();

        Reply listed = http.get(campaigns(advertiser));

        assertEquals(200, listed.status(), listed.toString());
        assertTrue(listed.json().isArray() && listed.json().isEmpty(), listed.body());
        assertEquals("0", listed.header("X-Total-Count"));
    }

    @Test
    void listPagesAreOneBasedWithDefaultSizeTen() {
        String advertiser = newAdvertiser();
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            Map<String, String> fields = campaign(today(), today() + 1);
            fields.put("ad_title", quoted("c" + i));
            createCampaign(advertiser, fields);
            created.add(0, "c" + i);
        }

        Reply firstPage = http.get(campaigns(advertiser));
        Reply pageOne = http.get(campaigns(advertiser) + "?page=1");
        Reply pageTwo = http.get(campaigns(advertiser) + "?page=2");
        Reply sizeFivePageTwo = http.get(campaigns(advertiser) + "?size=5&page=2");
        Reply sizeFivePageThree = http.get(campaigns(advertiser) + "?page=3&size=5");
        Reply all = http.get(campaigns(advertiser) + "?size=100");
        Reply one = http.get(campaigns(advertiser) + "?size=1");

        assertEquals(created.subList(0, 10), titles(firstPage.json()));
        assertEquals(created.subList(0, 10), titles(pageOne.json()));
        assertEquals(created.subList(10, 12), titles(pageTwo.json()));
        assertEquals(created.subList(5, 10), titles(sizeFivePageTwo.json()));
        assertEquals(created.subList(10, 12), titles(sizeFivePageThree.json()));
        assertEquals(created, titles(all.json()));
        assertEquals(created.subList(0, 1), titles(one.json()));
        for (Reply reply : List.of(firstPage, pageOne, pageTwo, sizeFivePageTwo, sizeFivePageThree, all, one)) {
            assertEquals(200, reply.status(), reply.toString());
            assertEquals("12", reply.header("X-Total-Count"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"?page=2", "?page=3&size=5", "?page=100&size=100", "?page=2147483647"})
    void pageBeyondTheEndIsAnEmptyArray(String query) {
        String advertiser = newAdvertiser();
        for (int i = 0; i < 3; i++) {
            createCampaign(advertiser, campaign(today(), today() + 1));
        }

        Reply reply = http.get(campaigns(advertiser) + query);

        assertEquals(200, reply.status(), reply.toString());
        assertEquals("[]", reply.body().strip());
        assertEquals("3", reply.header("X-Total-Count"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"size=0", "size=101", "size=-1", "page=0", "page=-1", "size=abc", "page=abc", "size=1.5",
            "page=", "size=99999999999"})
    void pageParametersOutOfRangeAreBadRequests(String query) {
        String advertiser = newAdvertiser();
        createCampaign(advertiser, campaign(today(), today() + 1));
        String parameter = query.substring(0, query.indexOf('='));

        Reply reply = http.get(campaigns(advertiser) + "?" + query);

        assertValidationFailed(reply, parameter);
    }

    // ---------------------------------------------------------------- update

    @Test
    void emptyUpdateChangesNothing() {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today() + 1, today() + 4);
        fields.put("targeting", "{\"gender\": \"FEMALE\", \"age_from\": 18, \"age_to\": 35, \"location\": \"Kazan\"}");
        Reply created = http.post(campaigns(advertiser), json(fields));

        Reply updated = http.put(campaign(advertiser, created), "{}");

        assertEquals(200, updated.status(), updated.toString());
        assertEquals(created.json(), updated.json());
        assertEquals(created.json(), http.get(campaign(advertiser, created)).json());
    }

    @Test
    void partialUpdateChangesOnlyTheGivenFields() {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today() + 1, today() + 4);
        fields.put("targeting", "{\"gender\": \"FEMALE\", \"age_from\": 18, \"age_to\": 35, \"location\": \"Kazan\"}");
        Reply created = http.post(campaigns(advertiser), json(fields));

        Reply updated = http.put(campaign(advertiser, created), "{\"ad_title\": \"Winter sale\", \"cost_per_click\": 0.25}");

        assertEquals(200, updated.status(), updated.toString());
        ObjectNode expected = created.json().deepCopy();
        expected.put("ad_title", "Winter sale");
        expected.put("cost_per_click", new BigDecimal("0.25"));
        assertEquals(expected, updated.json());
        assertEquals(updated.json(), http.get(campaign(advertiser, created)).json());
    }

    @Test
    void updatedAndUntouchedPricesKeepTheirExactText() {
        String advertiser = newAdvertiser();
        Reply created = http.post(campaigns(advertiser), json(campaign(today() + 1, today() + 4)));

        Reply renamed = http.put(campaign(advertiser, created), "{\"ad_title\": \"Renamed\"}");
        Reply repriced = http.put(campaign(advertiser, created), "{\"cost_per_click\": 0.250}");
        Reply read = http.get(campaign(advertiser, created));

        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(200, repriced.status(), repriced.toString());
        assertRawNumber(renamed.body(), "cost_per_impression", "1.50");
        assertRawNumber(repriced.body(), "cost_per_click", "0.250");
        assertRawNumber(read.body(), "cost_per_impression", "1.50");
        assertRawNumber(read.body(), "cost_per_click", "0.250");
    }

    @Test
    void nullTargetingClearsIt() {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today() + 1, today() + 4);
        fields.put("targeting", "{\"gender\": \"FEMALE\", \"age_from\": 18, \"age_to\": 35, \"location\": \"Kazan\"}");
        Reply created = http.post(campaigns(advertiser), json(fields));

        Reply updated = http.put(campaign(advertiser, created), "{\"targeting\": null}");

        assertEquals(200, updated.status(), updated.toString());
        assertNoTargeting(updated.json());
        assertNoTargeting(http.get(campaign(advertiser, created)).json());
        assertEquals("Summer sale", updated.json().get("ad_title").textValue());
    }

    @Test
    void targetingObjectReplacesTheWholeTargeting() {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today() + 1, today() + 4);
        fields.put("targeting", "{\"gender\": \"FEMALE\", \"age_from\": 18, \"age_to\": 35, \"location\": \"Kazan\"}");
        Reply created = http.post(campaigns(advertiser), json(fields));

        Reply updated = http.put(campaign(advertiser, created), "{\"targeting\": {\"location\": \"Moscow\", \"age_to\": 60}}");

        assertEquals(200, updated.status(), updated.toString());
        for (JsonNode campaign : List.of(updated.json(), http.get(campaign(advertiser, created)).json())) {
            JsonNode targeting = campaign.get("targeting");
            assertEquals(TARGETING_KEYS, keys(targeting));
            assertTrue(targeting.get("gender").isNull(), targeting.toString());
            assertTrue(targeting.get("age_from").isNull(), targeting.toString());
            assertEquals(60, targeting.get("age_to").intValue());
            assertEquals("Moscow", targeting.get("location").textValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void explicitNullForARequiredFieldIsRejected(String field) {
        String advertiser = newAdvertiser();
        Reply created = http.post(campaigns(advertiser), json(campaign(today() + 1, today() + 4)));

        Reply updated = http.put(campaign(advertiser, created), "{\"ad_title\": \"changed\", \"" + field + "\": null}");

        assertValidationFailed(updated, field);
        assertEquals(created.json(), http.get(campaign(advertiser, created)).json(), "nothing changed");
    }

    static Stream<String> requiredFields() {
        return Stream.of(REQUIRED);
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = {"[]", "[{\"ad_title\": \"x\"}]", "7", "\"x\"", "null", "", "{", "{} x"})
    void updateBodyThatIsNotAJsonObjectIsRejected(String body) {
        String advertiser = newAdvertiser();
        Reply created = http.post(campaigns(advertiser), json(campaign(today() + 1, today() + 4)));

        Reply updated = http.put(campaign(advertiser, created), body);

        assertEquals(400, updated.status(), updated.toString());
        assertEquals("malformed_json", updated.json().get("error").textValue());
        assertEquals(created.json(), http.get(campaign(advertiser, created)).json());
    }

    @Test
    void getThenPutOfTheWholeCampaignRoundTrips() {
        String advertiser = newAdvertiser();
        Map<String, String> fields = campaign(today() + 1, today() + 4);
        fields.put("targeting", "{\"gender\": \"ALL\", \"age_from\": 18, \"location\": \"Kazan\"}");
        Reply created = http.post(campaigns(advertiser), json(fields));
        Reply read = http.get(campaign(advertiser, created));

        Reply updated = http.put(campaign(advertiser, created), read.body());

        assertEquals(200, updated.status(), updated.toString());
        assertEquals(read.json(), updated.json());
    }

    @Test
    void roundTripAlsoWorksAfterTheStart() {
        String advertiser = newAdvertiser();
        int start = today() + 1;
        Reply created = http.post(campaigns(advertiser), json(campaign(start, start + 3)));
        setDay(start);
        Reply read = http.get(campaign(advertiser, created));

        Reply updated = http.put(campaign(advertiser, created), read.body());

        assertEquals(200, updated.status(), updated.toString());
        assertEquals(read.json(), updated.json());
    }

    @Test
    void readOnlyFieldsEqualToTheStoredValuesAreAccepted() {
        String advertiser = newAdvertiser();
        Reply created = http.post(campaigns(advertiser), json(campaign(today() + 1, today() + 4)));
        String id = created.json().get("campaign_id").asText();

        Reply updated = http.put(campaign(advertiser, created), """
                {"campaign_id": "%s", "advertiser_id": "%s", "image_url": null, "ad_title": "renamed"}
                """.formatted(id, advertiser));

        assertEquals(200, updated.status(), updated.toString());
        assertEquals("renamed", updated.json().get("ad_title").textValue());
        assertEquals(id, updated.json().get("campaign_id").asText());
        assertEquals(advertiser, updated.json().get("advertiser_id").asText());
    }

    static Stream<Arguments> changedReadOnlyFields() {
        return Stream.of(
                Arguments.of("campaign_id", quoted(UUID.randomUUID().toString())),
                Arguments.of("campaign_id", "\"not-a-uuid\""),
                Arguments.of("campaign_id", "null"),
                Arguments.of("campaign_id", "5"),
                Arguments.of("advertiser_id", quoted(UUID.randomUUID().toString())),
                Arguments.of("advertiser_id", "null"),
                Arguments.of("image_url", "\"/ads/" + UUID.randomUUID() + "/image\""),
                Arguments.of("image_url", "\"\""),
                Arguments.of("image_url", "7"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("changedReadOnlyFields")
    void readOnlyFieldsDifferentFromTheStoredValuesAreRejected(String field, String value) {
        String advertiser = newAdvertiser();
        Reply created = http.post(campaigns(advertiser), json(campaign(today() + 1, today() + 4)));

        Reply updated = http.put(campaign(advertiser, created), "{\"ad_title\": \"changed\", \"" + field + "\": " + value + "}");

        assertValidationFailed(updated, field);
        assertEquals(created.json(), http.get(campaign(advertiser, created)).json(), "nothing changed");
    }

    /** A GET → PUT round trip sent to a path that names no campaign of that advertiser: the echoed ids differ from the path. */
    static Stream<Arguments> roundTripsToAPathWithoutTheCampaign() {
        return Stream.of(
                Arguments.of("unknown campaign", (PathOf) (advertiser, id, other) -> campaigns(advertiser) + "/" + UUID.randomUUID()),
                Arguments.of("unknown advertiser", (PathOf) (advertiser, id, other) -> campaigns(UUID.randomUUID().toString()) + "/" + id),
                Arguments.of("another advertiser's campaign", (PathOf) (advertiser, id, other) -> campaigns(other) + "/" + id),
                Arguments.of("deleted campaign", (PathOf) (advertiser, id, other) -> {
                    http.delete(campaigns(advertiser) + "/" + id);
                    return campaigns(advertiser) + "/" + id;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTripsToAPathWithoutTheCampaign")
    void aRoundTripToAPathWithoutTheCampaignIsNotFoundBeforeTheEchoIsCompared(String name, PathOf target) {
        String advertiser = newAdvertiser();
        String other = newAdvertiser();
        Reply created = http.post(campaigns(advertiser), json(campaign(today() + 1, today() + 4)));
        String body = http.get(campaign(advertiser, created)).body();
        String path = target.path(advertiser, created.json().get("campaign_id").asText(), other);

        Reply updated = http.put(path, body.replace("Summer sale", "hijacked"));

        assertEquals(404, updated.status(), updated.toString());
        assertEquals("not_found", updated.json().get("error").textValue(), updated.toString());
        assertEquals("0", totalCount(other), "nothing created elsewhere");
    }

    @Test
    void aChangedReadOnlyFieldIsComparedWithTheStoredValueAndTheMessageShowsIt() {
        String advertiser = newAdvertiser();
        Reply created = http.post(campaigns(advertiser), json(campaign(today() + 1, today() + 4)));
        String id = created.json().get("campaign_id").asText();

        Reply updated = http.put(campaign(advertiser, created), "{\"campaign_id\": \"" + id.toUpperCase() + "x\"}");

        assertValidationFailed(updated, "campaign_id");
        assertTrue(updated.json().get("details").get(0).get("problem").textValue().endsWith("the stored value " + id), updated.toString());
    }

    /** A campaign path built from the advertiser who owns campaign {@code id} and another advertiser. */
    interface PathOf {
        String path(String advertiser, String id, String otherAdvertiser);
    }

    @Test
    void lockedFieldsChangeBeforeTheStartUnderCreateValidation() {
        String advertiser = newAdvertiser();
        int today = today();
        Reply created = http.post(campaigns(advertiser), json(campaign(today + 2, today + 6)));

        Reply updated = http.put(campaign(advertiser, created), """
                {"impressions_limit": 500, "clicks_limit": 500, "start_date": %d, "end_date": %d}
                """.formatted(today, today + 30));

        assertEquals(200, updated.status(), updated.toString());
        JsonNode stored = http.get(campaign(advertiser, created)).json();
        assertEquals(500, stored.get("impressions_limit").intValue());
        assertEquals(500, stored.get("clicks_limit").intValue());
        assertEquals(today, stored.get("start_date").intValue());
        assertEquals(today + 30, stored.get("end_date").intValue());
    }

    static Stream<Arguments> invalidUpdatesBeforeTheStart() {
        return Stream.of(
                invalid("negative impressions_limit", "impressions_limit", set("impressions_limit", "-1")),
                invalid("negative clicks_limit", "clicks_limit", set("clicks_limit", "-5")),
                invalid("clicks_limit above the stored impressions_limit", "clicks_limit", set("clicks_limit", "1001")),
                invalid("impressions_limit below the stored clicks_limit", "clicks_limit|impressions_limit",
                        set("impressions_limit", "99")),
                invalid("end_date before the stored start_date", "end_date", f -> f.put("end_date", "START-1")),
                invalid("start_date after the stored end_date", "end_date|start_date", f -> f.put("start_date", "END+1")),
                invalid("start_date before the current day", "start_date", f -> f.put("start_date", "TODAY-1")),
                invalid("negative start_date", "start_date", set("start_date", "-1")),
                invalid("impressions_limit a string", "impressions_limit", set("impressions_limit", "\"5\"")),
                invalid("end_date 3.5", "end_date", set("end_date", "3.5")),
                invalid("negative cost_per_click", "cost_per_click", set("cost_per_click", "-0.5")),
                invalid("cost_per_impression with 13 decimals", "cost_per_impression",
                        set("cost_per_impression", "0.0000000000001")),
                invalid("blank ad_title", "ad_title", set("ad_title", "\" \"")),
                invalid("ad_title of 257 characters", "ad_title", set("ad_title", quoted("t".repeat(257)))),
                invalid("ad_text of 4097 characters", "ad_text", set("ad_text", quoted("x".repeat(4097)))),
                invalid("targeting an array", "targeting", set("targeting", "[{\"gender\": \"ALL\"}]")),
                invalid("targeting gender 'all'", "targeting.gender", set("targeting", "{\"gender\": \"all\"}")),
                invalid("targeting age_from above age_to", "targeting.age_from|targeting.age_to",
                        set("targeting", "{\"age_from\": 40, \"age_to\": 39}")),
                invalid("targeting age_to 151", "targeting.age_to", set("targeting", "{\"age_to\": 151}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUpdatesBeforeTheStart")
    void invalidUpdateIsRejectedNamingTheFieldAndChangesNothing(String name, String field,
            Consumer<Map<String, String>> change) {
        String advertiser = newAdvertiser();
        int today = atLeastDay(1);
        int start = today + 1;
        int end = today + 5;
        Reply created = http.post(campaigns(advertiser), json(campaign(start, end)));
        Map<String, String> patch = new LinkedHashMap<>();
        patch.put("ad_title", "\"changed\"");
        change.accept(patch);
        patch.replaceAll((key, value) -> value.replace("START-1", String.valueOf(start - 1))
                .replace("END+1", String.valueOf(end + 1))
                .replace("TODAY-1", String.valueOf(today - 1)));

        Reply updated = http.put(campaign(advertiser, created), json(patch));

        assertValidationFailed(updated, field);
        assertEquals(created.json(), http.get(campaign(advertiser, created)).json(), "nothing changed");
    }

    @Test
    void lockedFieldsChangeOnlyBeforeTheStart() {
        String advertiser = newAdvertiser();
        int start = today() + 2;
        Reply created = http.post(campaigns(advertiser), json(campaign(start, start + 10)));

        setDay(start - 1);
        Reply dayBefore = http.put(campaign(advertiser, created), "{\"impressions_limit\": 2000}");
        setDay(start);
        Reply startDay = http.put(campaign(advertiser, created), "{\"impressions_limit\": 3000}");

        assertEquals(200, dayBefore.status(), dayBefore.toString());
        assertEquals(409, startDay.status(), startDay.toString());
        assertEquals("conflict", startDay.json().get("error").textValue());
        assertEquals(2000, http.get(campaign(advertiser, created)).json().get("impressions_limit").intValue());
    }

    static Stream<Arguments> lockedFieldChanges() {
        // campaign: impressions 1000, clicks 100, start S, end S + 10; every new value is valid on its own
        return Stream.of(
                Arguments.of("impressions_limit", "1001"),
                Arguments.of("impressions_limit", "100"),
                Arguments.of("clicks_limit", "99"),
                Arguments.of("clicks_limit", "101"),
                Arguments.of("start_date", "START+1"),
                Arguments.of("end_date", "START+11"),
                Arguments.of("end_date", "START+9"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("lockedFieldChanges")
    void lockedFieldDifferentAfterTheStartIsAConflictAndChangesNothing(String field, String value) {
        String advertiser = newAdvertiser();
        int start = today() + 1;
        Reply created = http.post(campaigns(advertiser), json(campaign(start, start + 10)));
        setDay(start + 1);
        String newValue = value.startsWith("START+")
                ? String.valueOf(start + Integer.parseInt(value.substring(6))) : value;

        Reply updated = http.put(campaign(advertiser, created),
                "{\"ad_title\": \"changed\", \"" + field + "\": " + newValue + "}");

        assertEquals(409, updated.status(), updated.toString());
        assertEquals("conflict", updated.json().get("error").textValue());
        assertEquals(List.of(field), detailFields(updated.json()), updated.toString());
        assertEquals(created.json(), http.get(campaign(advertiser, created)).json(), "nothing changed");
    }

    @Test
    void lockedFieldsWithTheSameValueAreAcceptedAfterTheStart() {
        String advertiser = newAdvertiser();
        int start = today() + 1;
        Reply created = http.post(campaigns(advertiser), json(campaign(start, start + 10)));
        setDay(start + 1);

        Reply updated = http.put(campaign(advertiser, created), """
                {"impressions_limit": 1000, "clicks_limit": 100, "start_date": %d, "end_date": %d, "ad_text": "still on"}
                """.formatted(start, start + 10));

        assertEquals(200, updated.status(), updated.toString());
        assertEquals("still on", updated.json().get("ad_text").textValue());
        assertEquals("still on", http.get(campaign(advertiser, created)).json().get("ad_text").textValue());
    }

    @Test
    void pricesTitleTextAndTargetingChangeAfterTheStart() {
        String advertiser = newAdvertiser();
        int start = today() + 1;
        Reply created = http.post(campaigns(advertiser), json(campaign(start, start + 10)));
        setDay(start + 3);

        Reply updated = http.put(campaign(advertiser, created), """
                {"cost_per_impression": 0.000000000001, "cost_per_click": 7.15, "ad_title": "New title",
                 "ad_text": "New text", "targeting": {"gender": "MALE", "age_from": 20, "age_to": 30, "location": "Omsk"}}
                """);

        assertEquals(200, updated.status(), updated.toString());
        Reply read = http.get(campaign(advertiser, created));
        for (Reply reply : List.of(updated, read)) {
            JsonNode campaign = reply.json();
            assertEquals(0, new BigDecimal("0.000000000001").compareTo(campaign.get("cost_per_impression").decimalValue()));
            assertEquals(0, new BigDecimal("7.15").compareTo(campaign.get("cost_per_click").decimalValue()));
            assertEquals("New title", campaign.get("ad_title").textValue());
            assertEquals("New text", campaign.get("ad_text").textValue());
            assertEquals("MALE", campaign.get("targeting").get("gender").textValue());
            assertEquals(20, campaign.get("targeting").get("age_from").intValue());
            assertEquals(30, campaign.get("targeting").get("age_to").intValue());
            assertEquals("Omsk", campaign.get("targeting").get("location").textValue());
            assertEquals(1000, campaign.get("impressions_limit").intValue());
            assertEquals(start, campaign.get("start_date").intValue());
        }
        Reply cleared = http.put(campaign(advertiser, created), "{\"targeting\": null}");
        assertEquals(200, cleared.status(), cleared.toString());
        assertNoTargeting(http.get(campaign(advertiser, created)).json());
        assertRawNumber(read.body(), "cost_per_impression", "0.000000000001");
    }

    @Test
    void endedCampaignStillAcceptsPriceAndTextChanges() {
        String advertiser = newAdvertiser();
        int start = today();
        Reply created = http.post(campaigns(advertiser), json(campaign(start, start)));
        setDay(start + 2);

        Reply updated = http.put(campaign(advertiser, created), "{\"cost_per_click\": 3, \"ad_text\": \"over\"}");
        Reply locked = http.put(campaign(advertiser, created), "{\"end_date\": " + (start + 5) + "}");

        assertEquals(200, updated.status(), updated.toString());
        assertRawNumber(updated.body(), "cost_per_click", "3");
        assertEquals(409, locked.status(), locked.toString());
        assertEquals("end_date", locked.json().get("details").get(0).get("field").textValue());
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deletedCampaignIsGoneEverywhere() {
        String advertiser = newAdvertiser();
        Reply kept = http.post(campaigns(advertiser), json(campaign(today(), today() + 1)));
        Reply doomed = http.post(campaigns(advertiser), json(campaign(today(), today() + 1)));
        String path = campaign(advertiser, doomed);

        Reply deleted = http.delete(path);

        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals("", deleted.body());
        assertNull(deleted.header("Content-Type"), "no body, so no type");
        assertEquals(404, http.get(path).status());
        assertEquals(404, http.put(path, "{}").status());
        assertEquals(404, http.put(path, "{\"ad_title\": \"back\"}").status());
        assertEquals(404, http.delete(path).status());
        Reply listed = http.get(campaigns(advertiser));
        assertEquals("1", listed.header("X-Total-Count"));
        assertEquals(1, listed.json().size());
        assertEquals(kept.json().get("campaign_id"), listed.json().get(0).get("campaign_id"));
        assertEquals(200, http.get(campaign(advertiser, kept)).status());
    }

    @Test
    void deleteWorksAfterTheStart() {
        String advertiser = newAdvertiser();
        int start = today();
        Reply created = http.post(campaigns(advertiser), json(campaign(start, start + 10)));
        setDay(start + 1);

        Reply deleted = http.delete(campaign(advertiser, created));

        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals(404, http.get(campaign(advertiser, created)).status());
        assertEquals("0", totalCount(advertiser));
    }

    // ---------------------------------------------------------------- helpers

    private static Arguments invalid(String name, String field, Consumer<Map<String, String>> change) {
        return Arguments.of(name, field, change);
    }

    private static Consumer<Map<String, String>> set(String key, String rawJson) {
        return fields -> fields.put(key, rawJson);
    }

    /** A valid CampaignCreate as raw JSON values by field; prices 1.50 and 2. */
    private static Map<String, String> campaign(int startDate, int endDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("impressions_limit", "1000");
        fields.put("clicks_limit", "100");
        fields.put("cost_per_impression", "1.50");
        fields.put("cost_per_click", "2");
        fields.put("ad_title", "\"Summer sale\"");
        fields.put("ad_text", "\"Everything half price\"");
        fields.put("start_date", String.valueOf(startDate));
        fields.put("end_date", String.valueOf(endDate));
        return fields;
    }

    private static String json(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> "\"" + field.getKey() + "\": " + field.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String newAdvertiser() {
        String id = UUID.randomUUID().toString();
        Reply reply = http.post("/advertisers/bulk", "[{\"advertiser_id\": \"" + id + "\", \"name\": \"Shop\"}]");
        assertEquals(201, reply.status(), reply.toString());
        return id;
    }

    private static JsonNode createCampaign(String advertiser, Map<String, String> fields) {
        Reply reply = http.post(campaigns(advertiser), json(fields));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static String campaigns(String advertiser) {
        return "/advertisers/" + advertiser + "/campaigns";
    }

    private static String campaign(String advertiser, Reply created) {
        assertEquals(201, created.status(), created.toString());
        return campaigns(advertiser) + "/" + created.json().get("campaign_id").asText();
    }

    private static String totalCount(String advertiser) {
        Reply listed = http.get(campaigns(advertiser));
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(listed.header("X-Total-Count"), String.valueOf(listed.json().size()), "a single page here");
        return listed.header("X-Total-Count");
    }

    private static int today() {
        Reply reply = http.get("/time");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().get("current_date").intValue();
    }

    /** Moves the shared clock forward to {@code day} (never backwards: other tests date campaigns from it). */
    private static void setDay(int day) {
        assertTrue(day >= today(), "the clock only moves forward in this class");
        Reply reply = http.post("/time/advance", "{\"current_date\": " + day + "}");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(day, reply.json().get("current_date").intValue());
    }

    /** The current day, first moved forward to {@code minimum} when it is earlier. */
    private static int atLeastDay(int minimum) {
        int today = today();
        if (today < minimum) {
            setDay(minimum);
            return minimum;
        }
        return today;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new HashSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> titles(JsonNode campaigns) {
        List<String> titles = new ArrayList<>();
        campaigns.forEach(campaign -> titles.add(campaign.get("ad_title").textValue()));
        return titles;
    }

    private static List<String> detailFields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.get("details").forEach(detail -> fields.add(detail.get("field").textValue()));
        return fields;
    }

    /** 400 validation_failed with a details entry naming one of {@code fields} ("a|b"). */
    private static void assertValidationFailed(Reply reply, String fields) {
        assertEquals(400, reply.status(), reply.toString());
        JsonNode error = reply.json();
        assertEquals("validation_failed", error.get("error").textValue(), reply.toString());
        List<String> expected = List.of(fields.split("\\|"));
        assertTrue(detailFields(error).stream().anyMatch(expected::contains),
                "details should name " + fields + ": " + reply.body());
    }

    private static void assertNoTargeting(JsonNode campaign) {
        JsonNode targeting = campaign.get("targeting");
        assertTrue(targeting != null && targeting.isObject(), "targeting is an object: " + campaign);
        assertEquals(TARGETING_KEYS, keys(targeting));
        targeting.forEach(value -> assertTrue(value.isNull(), "unset targeting keys are null: " + targeting));
    }

    /** The number as written in the response text, not as a parser would normalise it. */
    private static void assertRawNumber(String body, String field, String expected) {
        Pattern pattern = Pattern.compile("\"" + field + "\"\\s*:\\s*" + Pattern.quote(expected) + "(?=[\\s,}\\]])");
        assertTrue(pattern.matcher(body).find(), field + " should be written as " + expected + " in " + body);
    }

    private static void assertUuid(String text) {
        assertEquals(text, UUID.fromString(text).toString(), "a canonical UUID");
    }
}
