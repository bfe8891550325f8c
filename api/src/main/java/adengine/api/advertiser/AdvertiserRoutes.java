package adengine.api.advertiser;

import adengine.api.http.BulkReader;
import adengine.api.http.Json;
import adengine.api.http.JsonObject;
import adengine.api.http.Uuids;
import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import spark.Service;

/** {@code POST /advertisers/bulk}, {@code GET /advertisers/{advertiserId}}. */
public final class AdvertiserRoutes {
    private final AdvertiserService advertisers;
    private final Json json;

    public AdvertiserRoutes(AdvertiserService advertisers, Json json) {
        this.advertisers = Objects.requireNonNull(advertisers);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.post("/advertisers/bulk", (req, res) -> {
            List<Advertiser> batch = BulkReader.read(json.parseBulk(req), AdvertiserRoutes::read);
            return json.respond(res, 201, advertisers.upsertAll(batch));
        });
        http.get("/advertisers/:advertiserId", (req, res) ->
                json.respond(res, 200, advertisers.get(Uuids.parameter("advertiser_id", req.params("advertiserId")))));
    }

    private static Advertiser read(JsonObject item) {
        UUID id = item.uuid("advertiser_id");
        String name = item.text("name");
        return item.build(() -> new Advertiser(id, name));
    }
}
