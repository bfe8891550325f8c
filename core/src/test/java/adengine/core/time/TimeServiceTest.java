package adengine.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.core.common.ValidationException;
import adengine.core.testing.SettableDay;
import org.junit.jupiter.api.Test;

class TimeServiceTest {
    private final TimeService time = new TimeService(new SettableDay());

    @Test
    void withoutADayTheClockMovesOneDay() {
        assertEquals(1, time.advance(AdvanceTime.ONE_DAY));
        assertEquals(2, time.advance(new AdvanceTime(null)));
    }

    @Test
    void aGivenDayIsSetEvenWhenEarlier() {
        assertEquals(9, time.advance(new AdvanceTime(9)));
        assertEquals(4, time.advance(new AdvanceTime(4)));
        assertEquals(4, time.currentDay());
    }

    @Test
    void aNegativeDayIsRejected() {
        assertThrows(ValidationException.class, () -> new AdvanceTime(-1));
    }
}
