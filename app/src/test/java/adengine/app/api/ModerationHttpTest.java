package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.CampaignBuilder;
import adengine.app.testing.FakeOpenAi;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import adengine.persistence.llm.LanguageModelConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The moderation switch and campaign texts: word lists without a model, the model's verdict with one. */
class ModerationHttpTest {
    private static FakeOpenAi fake;
    private static Application wordLists;
    private static Application model;
    private static HttpClientForTests http;
    private static HttpClientForTests withModel;

    @BeforeAll
    static void start() {
        fake = FakeOpenAi.start();
        wordLists = Application.start(TestServer.config(null));
        AppConfig config = TestServer.config(null);
        model = Application.start(config.withLanguageModel(
                new LanguageModelConfig("test-key", fake.baseUrl(), "test-model", Duration.ofSeconds(1), Duration.ofSeconds(2))));
        http = AdFixtures.http(wordLists);
        withModel = AdFixtures.http(model);
    }

    @AfterAll
    static void stop() {
        wordLists.close();
        model.close();
        fake.close();
    }

    @AfterEach
    void switchOff() {
        for (HttpClientForTests server : new HttpClientForTests[] {http, withModel}) {
            if (server.get("/moderation").json().get("enabled").asBoolean()) {
                server.post("/moderation/toggle", "");
            }
        }
    }

    @Test
    void theSwitchStartsOffAndToggles() {
        assertEquals(false, http.get("/moderation").json().get("enabled").asBoolean());
        assertEquals(true, http.post("/moderation/toggle", "").json().get("enabled").asBoolean());
        assertEquals(true, http.get("/moderation").json().get("enabled").asBoolean());
        assertEquals(false, http.post("/moderation/toggle", "").json().get("enabled").asBoolean());
    }

    @Test
    void aBodySetsTheStateAndARepeatChangesNothing() {
        assertEquals(List.of(true, true, true), List.of(enabled(http.post("/moderation/toggle", "{\"enabled\": true}")),
                enabled(http.post("/moderation/toggle", "{\"enabled\": true}")), enabled(http.get("/moderation"))));
        assertEquals(List.of(false, false, false), List.of(enabled(http.post("/moderation/toggle", "{\"enabled\": false}")),
                enabled(http.post("/moderation/toggle", " { \"enabled\" : false } ")), enabled(http.get("/moderation"))));
        assertEquals(true, enabled(http.post("/moderation/toggle", "")), "no body still flips");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"{}", "{\"enabled\": null}", "{\"enabled\": \"true\"}", "{\"enabled\": 1}", "{\"enable\": true}",
        "[true]", "true", "null", "{\"enabled\": true", "{\"enabled\": true} x", "\"\""})
    void aBodyThatDoesNotSayEnabledTrueOrFalseIsRejectedAndChangesNothing(String body) {
        boolean before = enabled(http.get("/moderation"));

        Reply reply = http.post("/moderation/toggle", body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(before, enabled(http.get("/moderation")));
    }

    @Test
    void whileOnARejectedTitleAndTextAreBothReported() {
        String advertiser = new AdFixtures(http).newAdvertiser();
        http.post("/moderation/toggle", "{\"enabled\": true}");

        Reply rejected = campaign(http, advertiser).adTitle("Fuсk this deal").adText("п1зд@тый кофе").post();

        assertEquals(400, rejected.status(), rejected.toString());
        assertEquals("moderation_rejected", rejected.json().get("error").asText());
        List<String> fields = new ArrayList<>();
        rejected.json().get("details").forEach(problem -> fields.add(problem.get("field").asText()));
        assertEquals(List.of("ad_title", "ad_text"), fields, rejected.toString());
        String message = rejected.json().get("message").asText();
        assertTrue(message.contains("ad_title") && message.contains("ad_text"), message);
    }

    @Test
    void whileOnASwearWordInTheTitleIsRejectedAndNothingStored() {
        AdFixtures fixtures = new AdFixtures(http);
        String advertiser = fixtures.newAdvertiser();
        http.post("/moderation/toggle", "");

        Reply rejected = campaign(http, advertiser).adTitle("Fuсk this deal").adText("Cheap coffee").post();

        assertEquals(400, rejected.status(), rejected.toString());
        assertEquals("moderation_rejected", rejected.json().get("error").asText());
        assertEquals("ad_title", rejected.json().get("details").get(0).get("field").asText());
        assertEquals("0", http.get(AdFixtures.campaigns(advertiser)).header("X-Total-Count"));
    }

    @Test
    void whileOnAnUpdateWithASwearWordIsRejected() {
        AdFixtures fixtures = new AdFixtures(http);
        String advertiser = fixtures.newAdvertiser();
        String campaign = campaign(http, advertiser).adTitle("Coffee").adText("Fresh coffee").create();
        http.post("/moderation/toggle", "");

        Reply rejected = http.put(AdFixtures.campaigns(advertiser) + "/" + campaign, "{\"ad_text\": \"п1зд@тый кофе\"}");
        Reply clean = http.put(AdFixtures.campaigns(advertiser) + "/" + campaign, "{\"ad_text\": \"Кофе со скидкой\"}");

        assertEquals(400, rejected.status(), rejected.toString());
        assertEquals("ad_text", rejected.json().get("details").get(0).get("field").asText());
        assertEquals(200, clean.status(), clean.toString());
    }

    @Test
    void whileOffTheSameTextsAreAccepted() {
        String advertiser = new AdFixtures(http).newAdvertiser();

        assertEquals(201, campaign(http, advertiser).adTitle("Fuсk this deal").adText("п1зд@тый кофе").post().status());
    }

    @Test
    void theModelsVerdictDecidesWhenAModelIsConfigured() {
        String advertiser = new AdFixtures(withModel).newAdvertiser();
        withModel.post("/moderation/toggle", "");
        fake.moderationAnswers("{\"allowed\": false, \"reason\": \"misleading health claim\"}");
        try {
            Reply flagged = campaign(withModel, advertiser).adTitle("Miracle pills").adText("Cure everything").post();

            assertEquals(400, flagged.status(), flagged.toString());
            assertEquals("moderation_rejected", flagged.json().get("error").asText());
        } finally {
            fake.moderationAnswers("{\"allowed\": true}");
        }
    }

    @Test
    void anUnreachableModelFallsBackToTheWordLists() {
        String advertiser = new AdFixtures(withModel).newAdvertiser();
        withModel.post("/moderation/toggle", "");
        fake.moderationFails(500);
        try {
            assertEquals(201, campaign(withModel, advertiser).adTitle("Coffee").adText("Fresh coffee").post().status());
            assertEquals(400, campaign(withModel, advertiser).adTitle("Coffee").adText("fuuuck").post().status());
        } finally {
            fake.moderationAnswers("{\"allowed\": true}");
        }
    }

    private static boolean enabled(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().get("enabled").asBoolean();
    }

    /** A campaign of the advertiser on that server, dated days 0 to 10; the tests set its texts. */
    private static CampaignBuilder campaign(HttpClientForTests server, String advertiser) {
        return new AdFixtures(server).campaign(advertiser).startDate(0).endDate(10);
    }
}
