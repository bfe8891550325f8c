package adengine.core.testing;

import adengine.core.time.PlatformDay;

/** A simulation clock that tests move by hand. */
public final class SettableDay implements PlatformDay {
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
