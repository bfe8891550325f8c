package adengine.api.simulation;

import adengine.api.http.InputProblem;
import adengine.core.common.Rule;
import adengine.core.common.Validator;

/**
 * A validated request to run the simulation ({@code enabled}) at {@code requestsPerSecond}, or to
 * stop it; a stop needs no rate.
 */
public record SimulationSettings(Boolean enabled, Double requestsPerSecond) {
    public static final double MIN_RATE = 1;
    public static final double MAX_RATE = 500;

    public SimulationSettings {
        new Validator()
                .require("enabled", enabled)
                .check(!Boolean.TRUE.equals(enabled) || requestsPerSecond != null, "requests_per_second", InputProblem.RATE_REQUIRED)
                .check(requestsPerSecond == null || requestsPerSecond >= MIN_RATE && requestsPerSecond <= MAX_RATE,
                        "requests_per_second", Rule.BETWEEN, (int) MIN_RATE, (int) MAX_RATE)
                .throwIfInvalid();
    }
}
