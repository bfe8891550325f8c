package adengine.api.client;

import adengine.api.http.BulkReader;
import adengine.api.http.Json;
import adengine.api.http.JsonObject;
import adengine.api.http.Uuids;
import adengine.core.client.Client;
import adengine.core.client.ClientService;
import adengine.core.client.Gender;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import spark.Service;

/** {@code POST /clients/bulk}, {@code GET /clients/{clientId}}. */
public final class ClientRoutes {
    private final ClientService clients;
    private final Json json;

    public ClientRoutes(ClientService clients, Json json) {
        this.clients = Objects.requireNonNull(clients);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.post("/clients/bulk", (req, res) -> {
            List<Client> batch = BulkReader.read(json.parseBulk(req), ClientRoutes::read);
            return json.respond(res, 201, clients.upsertAll(batch));
        });
        http.get("/clients/:clientId", (req, res) ->
                json.respond(res, 200, clients.get(Uuids.parameter("client_id", req.params("clientId")))));
    }

    private static Client read(JsonObject item) {
        UUID id = item.uuid("client_id");
        String login = item.text("login");
        Integer age = item.integer("age");
        String location = item.text("location");
        Gender gender = item.enumValue("gender", Gender.class);
        return item.build(() -> new Client(id, login, age, location, gender));
    }
}
