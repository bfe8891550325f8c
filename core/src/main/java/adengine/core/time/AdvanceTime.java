package adengine.core.time;

import adengine.core.common.Validator;

/** Move the clock: to {@code currentDate} when given, else one day forward. */
public record AdvanceTime(Integer currentDate) {
    public static final AdvanceTime ONE_DAY = new AdvanceTime(null);

    public AdvanceTime {
        new Validator().optionalRange("current_date", currentDate, 0, Integer.MAX_VALUE).throwIfInvalid();
    }
}
