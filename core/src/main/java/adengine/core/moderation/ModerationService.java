package adengine.core.moderation;

import java.util.Objects;

/** The moderation switch and the check applied, while it is on, to texts written by advertisers. */
public final class ModerationService {
    private final ModerationSwitch moderationSwitch;
    private final TextModerator moderator;

    public ModerationService(ModerationSwitch moderationSwitch, TextModerator moderator) {
        this.moderationSwitch = Objects.requireNonNull(moderationSwitch);
        this.moderator = Objects.requireNonNull(moderator);
    }

    public boolean enabled() {
        return moderationSwitch.enabled();
    }

    public boolean toggle() {
        return moderationSwitch.toggle();
    }

    /** While moderation is on, rejects a text the moderator does not allow; null or off passes. */
    public void requireAllowed(String field, String text) {
        if (text == null || !moderationSwitch.enabled()) {
            return;
        }
        ModerationVerdict verdict = moderator.check(text);
        if (!verdict.allowed()) {
            throw new ModerationRejectedException(field, verdict.reason());
        }
    }
}
