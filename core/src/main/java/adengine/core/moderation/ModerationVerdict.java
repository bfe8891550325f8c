package adengine.core.moderation;

import java.util.Objects;

/**
 * The judgement of one text: allowed, or rejected with a short reason for its author. The word
 * lists name the offending word by its first letter only, {@code contains an obscene word (б***)},
 * so the author can find it while the platform never repeats it.
 */
public record ModerationVerdict(boolean allowed, String reason) {
    private static final ModerationVerdict ALLOWED = new ModerationVerdict(true, null);

    public ModerationVerdict {
        if (allowed != (reason == null)) {
            throw new IllegalArgumentException("a rejection has a reason and an allowed text has none");
        }
    }

    public static ModerationVerdict allow() {
        return ALLOWED;
    }

    public static ModerationVerdict reject(String reason) {
        return new ModerationVerdict(false, Objects.requireNonNull(reason, "reason"));
    }
}
