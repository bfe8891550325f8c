package adengine.api.moderation;

import adengine.api.http.InputProblem;
import adengine.api.http.Json;
import adengine.api.http.JsonObject;
import adengine.core.moderation.ModerationService;
import java.util.Map;
import java.util.Objects;
import spark.Service;

/**
 * {@code GET /moderation} and {@code POST /moderation/toggle}: without a body the toggle flips the
 * switch; with {@code {"enabled": true|false}} it sets that state, so a retried request is harmless.
 */
public final class ModerationRoutes {
    private final ModerationService moderation;
    private final Json json;

    public ModerationRoutes(ModerationService moderation, Json json) {
        this.moderation = Objects.requireNonNull(moderation);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.get("/moderation", (req, res) -> json.respond(res, 200, Map.of("enabled", moderation.enabled())));
        http.post("/moderation/toggle", (req, res) -> {
            boolean enabled = json.parseOptionalObject(req).map(this::set).orElseGet(moderation::toggle);
            return json.respond(res, 200, Map.of("enabled", enabled));
        });
    }

    /** A body names the state: {@code enabled} is then required, lest a misspelt field flip the switch. */
    private boolean set(JsonObject body) {
        Boolean enabled = body.bool("enabled");
        if (!body.has("enabled") || body.isNull("enabled")) {
            body.problem("enabled", InputProblem.SWITCH_STATE_REQUIRED);
        }
        body.throwIfInvalid();
        return moderation.set(enabled);
    }
}
