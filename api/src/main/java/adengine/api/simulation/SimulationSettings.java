package adengine.api.simulation;

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
                .check(!Boolean.TRUE.equals(enabled) || requestsPerSecond != null, "requests_per_second", "is required to enable the simulation")
                .check(requestsPerSecond == null || requestsPerSecond >= MIN_RATE && requestsPerSecond <= MAX_RATE,
                        "requests_per_second", "must be between 1 and 500")
                .throwIfInvalid();
    }
}
