package adengine.api.time;

import adengine.api.http.Json;
import adengine.api.http.JsonObject;
import adengine.core.time.AdvanceTime;
import adengine.core.time.TimeService;
import java.util.Map;
import java.util.Objects;
import spark.Service;

/** {@code GET /time} and {@code POST /time/advance} (an empty body or {@code {}} adds one day). */
public final class TimeRoutes {
    private final TimeService time;
    private final Json json;

    public TimeRoutes(TimeService time, Json json) {
        this.time = Objects.requireNonNull(time);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.get("/time", (req, res) -> json.respond(res, 200, state(time.currentDay())));
        http.post("/time/advance", (req, res) ->
                json.respond(res, 200, state(time.advance(json.parseOptionalObject(req).map(TimeRoutes::read).orElse(AdvanceTime.ONE_DAY)))));
    }

    private static AdvanceTime read(JsonObject fields) {
        Integer day = fields.integer("current_date");
        return fields.build(() -> new AdvanceTime(day));
    }

    private static Map<String, Integer> state(int day) {
        return Map.of("current_date", day);
    }
}
