package adengine.api.simulation;

/**
 * Whether this instance allows simulations at all ({@code available}, from SIMULATION_ENABLED),
 * whether one runs, and at what rate it runs or last ran.
 */
public record SimulationState(boolean available, boolean enabled, double requestsPerSecond) {
}
