package adengine.core.time;

/** The simulation clock shared by every instance: a day number that starts at 0. */
public interface SimulationClock {
    int currentDay();

    /** Sets the day (earlier days included) and returns it. */
    int set(int day);

    /**
     * Adds one day atomically and returns the new day.
     *
     * @throws adengine.core.common.ConflictException when the day is already {@link Integer#MAX_VALUE}
     */
    int advance();
}
