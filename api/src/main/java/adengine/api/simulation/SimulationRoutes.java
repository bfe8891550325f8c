package adengine.api.simulation;

import adengine.api.http.Json;
import adengine.api.http.JsonObject;
import java.math.BigDecimal;
import java.util.Objects;
import spark.Service;

/** {@code GET} and {@code POST /simulation/control}: an admin switch for the traffic simulation. */
public final class SimulationRoutes {
    private final SimulationControl simulation;
    private final Json json;

    public SimulationRoutes(SimulationControl simulation, Json json) {
        this.simulation = Objects.requireNonNull(simulation);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.get("/simulation/control", (req, res) -> json.respond(res, 200, simulation.state()));
        http.post("/simulation/control", (req, res) -> {
            JsonObject body = json.parseObject(req);
            Boolean enabled = body.bool("enabled");
            BigDecimal rate = body.decimal("requests_per_second");
            SimulationSettings settings = body.build(() -> new SimulationSettings(enabled, rate == null ? null : rate.doubleValue()));
            return json.respond(res, 200, simulation.apply(settings));
        });
    }
}
