package adengine.core.moderation;

/** Whether moderation is on, shared by every instance. */
public interface ModerationSwitch {
    boolean enabled();

    /** Flips the switch atomically and returns the new state. */
    boolean toggle();

    /** Sets the switch to {@code enabled} (a repeated call changes nothing) and returns it. */
    boolean set(boolean enabled);
}
