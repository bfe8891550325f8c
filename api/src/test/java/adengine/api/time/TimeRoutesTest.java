package adengine.api.time;

import static adengine.api.testing.Replies.assertError;
import static adengine.api.testing.Replies.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.api.testing.RouteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRoutesTest {
    @RegisterExtension
    static final RouteServer server = new RouteServer();

    @Test
    void anAdvanceWithoutADayAddsOne() {
        server.clock().set(4);

        assertEquals(4, assertJson(server.call("GET", "/time", null), 200).get("current_date").asInt());
        assertEquals(5, assertJson(server.call("POST", "/time/advance", null), 200).get("current_date").asInt());
        assertEquals(6, assertJson(server.call("POST", "/time/advance", "{}"), 200).get("current_date").asInt());
        assertEquals(6, server.clock().currentDay());
    }

    @Test
    void aDayInTheBodySetsTheClockEvenToAnEarlierDay() {
        server.clock().set(9);

        assertEquals(3, assertJson(server.call("POST", "/time/advance", "{\"current_date\": 3}"), 200).get("current_date").asInt());
        assertEquals(3, server.clock().currentDay());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"current_date\": -1}|validation_failed",
        "{\"current_date\": \"2\"}|validation_failed",
        "{\"current_date\": 1.5}|validation_failed",
        "[2]|malformed_json",
        "{\"current_date\": 2|malformed_json"})
    void aBadDayIs400AndLeavesTheClock(String body, String error) {
        server.clock().set(7);

        assertError(server.call("POST", "/time/advance", body), 400, error);
        assertEquals(7, server.clock().currentDay());
    }
}
