package adengine.api.moderation;

import adengine.api.http.Json;
import adengine.core.moderation.ModerationService;
import java.util.Map;
import java.util.Objects;
import spark.Service;

/** {@code GET /moderation} and {@code POST /moderation/toggle}. */
public final class ModerationRoutes {
    private final ModerationService moderation;
    private final Json json;

    public ModerationRoutes(ModerationService moderation, Json json) {
        this.moderation = Objects.requireNonNull(moderation);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.get("/moderation", (req, res) -> json.respond(res, 200, Map.of("enabled", moderation.enabled())));
        http.post("/moderation/toggle", (req, res) -> json.respond(res, 200, Map.of("enabled", moderation.toggle())));
    }
}
