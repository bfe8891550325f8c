package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.FakeOpenAi;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import adengine.persistence.llm.LanguageModelConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

        Reply rejected = http.post(AdFixtures.campaigns(advertiser), campaign("Fuсk this deal", "п1зд@тый кофе"));

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

        Reply rejected = http.post(AdFixtures.campaigns(advertiser), campaign("Fuсk this deal", "Cheap coffee"));

        assertEquals(400, rejected.status(), rejected.toString());
        assertEquals("moderation_rejected", rejected.json().get("error").asText());
        assertEquals("ad_title", rejected.json().get("details").get(0).get("field").asText());
        assertEquals("0", http.get(AdFixtures.campaigns(advertiser)).header("X-Total-Count"));
    }

    @Test
    void whileOnAnUpdateWithASwearWordIsRejected() {
        AdFixtures fixtures = new AdFixtures(http);
        String advertiser = fixtures.newAdvertiser();
        String campaign = http.post(AdFixtures.campaigns(advertiser), campaign("Coffee", "Fresh coffee")).json().get("campaign_id").asText();
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

        assertEquals(201, http.post(AdFixtures.campaigns(advertiser), campaign("Fuсk this deal", "п1зд@тый кофе")).status());
    }

    @Test
    void theModelsVerdictDecidesWhenAModelIsConfigured() {
        String advertiser = new AdFixtures(withModel).newAdvertiser();
        withModel.post("/moderation/toggle", "");
        fake.moderationAnswers("{\"allowed\": false, \"reason\": \"misleading health claim\"}");
        try {
            Reply flagged = withModel.post(AdFixtures.campaigns(advertiser), campaign("Miracle pills", "Cure everything"));

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
            assertEquals(201, withModel.post(AdFixtures.campaigns(advertiser), campaign("Coffee", "Fresh coffee")).status());
            assertEquals(400, withModel.post(AdFixtures.campaigns(advertiser), campaign("Coffee", "fuuuck")).status());
        } finally {
            fake.moderationAnswers("{\"allowed\": true}");
        }
    }

    private static boolean enabled(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().get("enabled").asBoolean();
    }

    private static String campaign(String title, String text) {
        Map<String, String> fields = AdFixtures.campaign(0, 10, AdFixtures.uniqueLocation());
        fields.put("ad_title", AdFixtures.quoted(title));
        fields.put("ad_text", AdFixtures.quoted(text));
        return AdFixtures.json(fields);
    }
}
