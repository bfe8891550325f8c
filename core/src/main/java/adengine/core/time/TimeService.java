package adengine.core.time;

import java.util.Objects;

/** Use cases of the simulation clock. */
public final class TimeService {
    private final PlatformDay clock;

    public TimeService(PlatformDay clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public int currentDay() {
        return clock.currentDay();
    }

    /** Applies the command and returns the new current day. */
    public int advance(AdvanceTime command) {
        return command.currentDate() == null ? clock.advance() : clock.set(command.currentDate());
    }
}
