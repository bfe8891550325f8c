package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.FakeOpenAi;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.Scrape;
import adengine.app.testing.TestServer;
import adengine.persistence.llm.LanguageModelConfig;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /generate_ad_text through the real openai-java client and a fake OpenAI-compatible server. */
class TextGenerationHttpTest {
    private static FakeOpenAi fake;
    private static Application withModel;
    private static Application withoutModel;
    private static HttpClientForTests http;
    private static HttpClientForTests noModel;

    @BeforeAll
    static void start() {
        fake = FakeOpenAi.start();
        AppConfig config = TestServer.config(null);
        withModel = Application.start(config.withLanguageModel(
                new LanguageModelConfig("test-key", fake.baseUrl(), "test-model", Duration.ofSeconds(1), Duration.ofSeconds(3))));
        withoutModel = Application.start(TestServer.config(null));
        http = AdFixtures.http(withModel);
        noModel = AdFixtures.http(withoutModel);
        // the first call loads the model client's classes: a test's calls then take what the model takes
        assertEquals(200, http.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}").status());
    }

    @AfterAll
    static void stop() {
        withModel.close();
        withoutModel.close();
        fake.close();
    }

    @Test
    void theModelsTextComesBackCleaned() {
        fake.generates("  \"«Свежий кофе каждое утро —   заходите!»\"  \n");

        Reply reply = http.post("/generate_ad_text", "{\"ad_title\": \"Кофе\", \"advertiser_name\": \"Кофейня\"}");

        assertEquals(200, reply.status(), reply.toString());
        assertEquals("Свежий кофе каждое утро — заходите!", reply.json().get("ad_text").asText());
        String request = fake.requests().get(fake.requests().size() - 1);
        assertTrue(request.contains("test-model") && request.contains("Кофейня") && request.contains("Кофе"), request);
    }

    @Test
    void anAdvertiserIdStandsForItsName() {
        AdFixtures fixtures = new AdFixtures(http);
        String advertiser = fixtures.newAdvertiser();
        fake.generates("Best shoes in town.");

        Reply reply = http.post("/generate_ad_text", "{\"ad_title\": \"Shoes\", \"advertiser_id\": \"" + advertiser + "\"}");
        Reply unknown = http.post("/generate_ad_text", "{\"ad_title\": \"Shoes\", \"advertiser_id\": \"" + UUID.randomUUID() + "\"}");

        assertEquals(200, reply.status(), reply.toString());
        assertTrue(fake.requests().get(fake.requests().size() - 1).contains("Shop"), "the stored name is sent");
        assertEquals(404, unknown.status());
    }

    @Test
    void aLongAnswerIsCutAtAWord() {
        fake.generates("word ".repeat(300));

        String text = http.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}").json().get("ad_text").asText();

        assertTrue(text.length() <= 500 && text.endsWith("…"), text);
    }

    @Test
    void badInputIsRejectedBeforeTheModelIsAsked() {
        int before = fake.requests().size();

        assertEquals(400, http.post("/generate_ad_text", "{\"advertiser_name\": \"N\"}").status());
        assertEquals(400, http.post("/generate_ad_text", "{\"ad_title\": \"T\"}").status());
        assertEquals(400, http.post("/generate_ad_text", "{\"ad_title\": 5, \"advertiser_name\": \"N\"}").status());
        assertEquals(400, http.post("/generate_ad_text", "[]").status());
        assertEquals(before, fake.requests().size());
    }

    @Test
    void aFailingModelIsAServiceUnavailable() {
        fake.generationFails(500);

        Reply reply = http.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}");

        assertEquals(503, reply.status(), reply.toString());
        assertEquals("service_unavailable", reply.json().get("error").asText());
        fake.generates("Back again.");
    }

    @Test
    void everyCallIsCountedAndTimedByPurposeAndOutcome() {
        Scrape before = Scrape.of(withModel.metricsPort());
        fake.generates("Fresh coffee.");
        assertEquals(200, http.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}").status());
        fake.generationFails(500);
        assertEquals(503, http.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}").status());
        fake.generates("Back again.");

        Scrape after = Scrape.of(withModel.metricsPort());

        assertEquals(1, grown(before, after, "llm_requests_total", "purpose", "ad_text", "outcome", "ok"));
        assertEquals(1, grown(before, after, "llm_requests_total", "purpose", "ad_text", "outcome", "error"));
        assertEquals(2, grown(before, after, "llm_request_duration_seconds_count", "purpose", "ad_text"));
    }

    @Test
    void aHangingModelTimesOutIntoAServiceUnavailable() {
        fake.generationHangs(Duration.ofSeconds(5));
        long start = System.nanoTime();

        Reply reply = http.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}");

        assertEquals(503, reply.status(), reply.toString());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "bounded by the client timeout");
        fake.generates("Back again.");
    }

    @Test
    void everyCallOfOneRequestEndsByTheRequestsDeadline() {
        assertEquals(true, http.post("/moderation/toggle", "").json().get("enabled").asBoolean());
        fake.moderationHangs(Duration.ofSeconds(5));
        fake.generationHangs(Duration.ofSeconds(5));
        try {
            long start = System.nanoTime();

            Reply reply = http.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}");

            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(503, reply.status(), reply.toString());
            // the title's and the name's checks and the generation would each take a call and its retry (6 s) without the deadline
            assertTrue(millis < 4_500, millis + " ms: the request's 3 s deadline bounds all its calls together");
        } finally {
            fake.moderationAnswers("{\"allowed\": true}");
            fake.generates("Back again.");
            assertEquals(false, http.post("/moderation/toggle", "").json().get("enabled").asBoolean());
        }
    }

    @Test
    void withoutAModelGenerationSaysSoClearly() {
        Reply reply = noModel.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}");

        assertEquals(503, reply.status(), reply.toString());
        assertTrue(reply.json().get("message").asText().contains("OPENAI_API_KEY"), reply.toString());
    }

    @Test
    void whileModerationIsOnAFlaggedAnswerIsRejected() {
        assertEquals(true, http.post("/moderation/toggle", "").json().get("enabled").asBoolean());
        try {
            fake.generates("Buy now!");
            fake.moderationAnswers("{\"allowed\": true}");
            assertEquals(200, http.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}").status());

            fake.moderationAnswers("{\"allowed\": false, \"reason\": \"insulting\"}");
            Reply flagged = http.post("/generate_ad_text", "{\"ad_title\": \"T\", \"advertiser_name\": \"N\"}");

            assertEquals(400, flagged.status(), flagged.toString());
            assertEquals("moderation_rejected", flagged.json().get("error").asText());
        } finally {
            fake.moderationAnswers("{\"allowed\": true}");
            assertEquals(false, http.post("/moderation/toggle", "").json().get("enabled").asBoolean());
        }
    }

    private static double grown(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
