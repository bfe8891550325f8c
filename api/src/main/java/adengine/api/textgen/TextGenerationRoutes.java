package adengine.api.textgen;

import adengine.api.http.Json;
import adengine.api.http.JsonObject;
import adengine.core.textgen.GenerateAdText;
import adengine.core.textgen.TextGenerationService;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import spark.Service;

/** {@code POST /generate_ad_text} {ad_title, advertiser_name | advertiser_id} → {ad_text}. */
public final class TextGenerationRoutes {
    private final TextGenerationService texts;
    private final Json json;

    public TextGenerationRoutes(TextGenerationService texts, Json json) {
        this.texts = Objects.requireNonNull(texts);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.post("/generate_ad_text", (req, res) -> {
            JsonObject body = json.parseObject(req);
            String title = body.text("ad_title");
            String name = body.text("advertiser_name");
            UUID advertiserId = body.uuid("advertiser_id");
            String text = texts.generate(body.build(() -> new GenerateAdText(title, name, advertiserId)));
            return json.respond(res, 200, Map.of("ad_text", text));
        });
    }
}
