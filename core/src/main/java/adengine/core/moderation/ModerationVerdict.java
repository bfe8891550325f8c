package adengine.core.moderation;

import adengine.core.common.Rule;
import java.util.List;

/**
 * The judgement of one text: allowed, or rejected by a rule with its arguments, which its author
 * reads in their language. The word lists name the offending word by its first letter only,
 * {@code contains an obscene word (б***)}, so the author can find it while the platform never
 * repeats it.
 */
public record ModerationVerdict(Rule reason, List<Object> args) {
    private static final ModerationVerdict ALLOWED = new ModerationVerdict(null, List.of());

    public ModerationVerdict {
        args = List.copyOf(args);
    }

    public static ModerationVerdict allow() {
        return ALLOWED;
    }

    public static ModerationVerdict reject(Rule reason, Object... args) {
        if (reason == null) {
            throw new IllegalArgumentException("a rejection has a reason");
        }
        return new ModerationVerdict(reason, List.of(args));
    }

    public boolean allowed() {
        return reason == null;
    }
}
