package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "Time" section of the contract. Every test reads the day first and checks what its own
 * request did to it, so the tests do not depend on each other's order.
 */
class TimeHttpTest {
    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();
    private static Reply firstReading;

    @BeforeAll
    static void readTheClockOfTheFreshServer() {
        firstReading = http.get("/time");
    }

    @Test
    void clockStartsAtDayZero() {
        assertEquals(200, firstReading.status(), firstReading.toString());
        assertCurrentDate(0, firstReading);
    }

    @Test
    void getTimeAnswersTheCurrentDateOnly() {
        Reply reply = http.get("/time");

        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        JsonNode body = reply.json();
        assertEquals(1, body.size(), reply.body());
        assertTrue(body.get("current_date").isIntegralNumber(), reply.body());
        assertTrue(body.get("current_date").intValue() >= 0, reply.body());
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"", "{}", "{\"current_date\": null}"})
    void advanceWithoutADateAddsOneDay(String body) {
        int before = today();

        Reply reply = http.post("/time/advance", body);

        assertEquals(200, reply.status(), reply.toString());
        assertCurrentDate(before + 1, reply);
        assertEquals(before + 1, today());
    }

    @Test
    void advanceWithNoBodyAtAllAddsOneDay() {
        int before = today();

        Reply reply = http.send("POST", "/time/advance", null);

        assertEquals(200, reply.status(), reply.toString());
        assertCurrentDate(before + 1, reply);
    }

    @Test
    void advanceToAGivenDaySetsIt() {
        Reply reply = http.post("/time/advance", "{\"current_date\": 7}");

        assertEquals(200, reply.status(), reply.toString());
        assertCurrentDate(7, reply);
        assertCurrentDate(7, http.get("/time"));
    }

    @Test
    void anEarlierDayIsAccepted() {
        http.post("/time/advance", "{\"current_date\": 40}");

        Reply back = http.post("/time/advance", "{\"current_date\": 12}");
        Reply zero = http.post("/time/advance", "{\"current_date\": 0}");

        assertEquals(200, back.status(), back.toString());
        assertCurrentDate(12, back);
        assertEquals(200, zero.status(), zero.toString());
        assertCurrentDate(0, zero);
        assertEquals(0, today());
    }

    @Test
    void settingTheSameDayKeepsIt() {
        int today = today();

        Reply reply = http.post("/time/advance", "{\"current_date\": " + today + "}");

        assertEquals(200, reply.status(), reply.toString());
        assertCurrentDate(today, reply);
    }

    @ParameterizedTest(name = "current_date {0}")
    @ValueSource(strings = {"-1", "1.5", "\"x\"", "\"7\"", "true", "[7]", "{}", "99999999999"})
    void invalidCurrentDateIsRejectedAndChangesNothing(String value) {
        int before = today();

        Reply reply = http.post("/time/advance", "{\"current_date\": " + value + "}");

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("validation_failed", reply.json().get("error").textValue(), reply.toString());
        assertEquals("current_date", reply.json().get("details").get(0).get("field").textValue(), reply.toString());
        assertEquals(before, today());
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"[]", "[{\"current_date\": 3}]", "7", "\"x\"", "null", "{", "{} x", "{\"current_date\": 3} 4"})
    void bodyThatIsNotAJsonObjectIsRejectedAndChangesNothing(String body) {
        int before = today();

        Reply reply = http.post("/time/advance", body);

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("malformed_json", reply.json().get("error").textValue(), reply.toString());
        assertEquals(before, today());
    }

    @Test
    void advancingSeveralTimesCountsEveryDay() {
        int before = today();

        for (Reply reply : List.of(http.post("/time/advance", "{}"), http.post("/time/advance", ""),
                http.post("/time/advance", "{}"))) {
            assertEquals(200, reply.status(), reply.toString());
        }

        assertEquals(before + 3, today());
    }

    @Test
    void advancingPastTheLargestDayIsRejectedWithoutAServerError() {
        int largest = Integer.MAX_VALUE;
        assertEquals(200, http.post("/time/advance", "{\"current_date\": " + largest + "}").status());
        try {
            Reply reply = http.post("/time/advance", "{}");

            assertTrue(reply.status() == 400 || reply.status() == 409, "4xx, not a server error: " + reply);
            assertTrue(reply.json().get("error").isTextual(), reply.body());
            assertEquals(largest, today(), "the day did not change");
        } finally {
            assertEquals(200, http.post("/time/advance", "{\"current_date\": 0}").status(), "clock reset for the others");
        }
    }

    private static int today() {
        Reply reply = http.get("/time");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().get("current_date").intValue();
    }

    private static void assertCurrentDate(int expected, Reply reply) {
        JsonNode body = reply.json();
        assertEquals(1, body.size(), "only current_date: " + reply.body());
        assertTrue(body.get("current_date").isIntegralNumber(), reply.body());
        assertEquals(expected, body.get("current_date").intValue(), reply.body());
    }
}
