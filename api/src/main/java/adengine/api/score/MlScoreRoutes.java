package adengine.api.score;

import adengine.api.http.BulkReader;
import adengine.api.http.Json;
import adengine.api.http.JsonObject;
import adengine.core.score.MlScore;
import adengine.core.score.MlScoreService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import spark.Service;

/** {@code POST /ml-scores} and the bulk extension {@code POST /ml-scores/bulk}. */
public final class MlScoreRoutes {
    private final MlScoreService scores;
    private final Json json;

    public MlScoreRoutes(MlScoreService scores, Json json) {
        this.scores = Objects.requireNonNull(scores);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.post("/ml-scores", (req, res) ->
                json.respond(res, 200, scores.upsert(read(json.parseObject(req)))));
        http.post("/ml-scores/bulk", (req, res) -> {
            List<MlScore> batch = BulkReader.read(json.parseBulk(req), MlScoreRoutes::read);
            return json.respond(res, 200, Map.of("upserted", scores.upsertAll(batch)));
        });
    }

    private static MlScore read(JsonObject item) {
        UUID clientId = item.uuid("client_id");
        UUID advertiserId = item.uuid("advertiser_id");
        Long score = item.longInteger("score");
        return item.build(() -> new MlScore(clientId, advertiserId, score));
    }
}
