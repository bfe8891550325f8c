package adengine.api.simulation;

/** The traffic simulation as the REST API sees it: {@code /simulation/control}. */
public interface SimulationControl {
    SimulationState state();

    /**
     * Starts, re-paces or stops the simulation and returns once it runs at the new setting (a stop
     * returns after the simulated requests in flight have ended).
     *
     * @throws adengine.core.common.ForbiddenException when this instance does not allow simulations
     */
    SimulationState apply(SimulationSettings settings);
}
