package adengine.core.testing;

import adengine.core.moderation.ModerationSwitch;

/** A moderation switch held in memory, off at first. */
public final class InMemoryModerationSwitch implements ModerationSwitch {
    private boolean enabled;

    @Override
    public synchronized boolean enabled() {
        return enabled;
    }

    @Override
    public synchronized boolean toggle() {
        enabled = !enabled;
        return enabled;
    }

    @Override
    public synchronized boolean set(boolean enabled) {
        this.enabled = enabled;
        return enabled;
    }
}
