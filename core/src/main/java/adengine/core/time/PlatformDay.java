package adengine.core.time;

/** The platform's current day, shared by every instance: a day number that starts at 0 and only the time routes (and the simulation) move. */
public interface PlatformDay {
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
