package adengine.core.testing;

import adengine.core.time.SimulationClock;

/** A simulation clock that tests move by hand. */
public final class SettableClock implements SimulationClock {
    private int day;

    @Override
    public synchronized int currentDay() {
        return day;
    }

    @Override
    public synchronized int set(int newDay) {
        day = newDay;
        return day;
    }

    @Override
    public synchronized int advance() {
        return ++day;
    }
}
