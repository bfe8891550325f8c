package adengine.core.moderation;

import adengine.core.common.FieldProblem;
import java.util.ArrayList;
import java.util.List;
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

    public boolean set(boolean enabled) {
        return moderationSwitch.set(enabled);
    }

    /**
     * While moderation is on, rejects the texts the moderator does not allow, naming every rejected
     * field at once (the author fixes them all in one go); null texts, and everything while off, pass.
     */
    public void requireAllowed(ModeratedText... texts) {
        if (!moderationSwitch.enabled()) {
            return;
        }
        List<FieldProblem> rejections = new ArrayList<>();
        for (ModeratedText text : texts) {
            ModerationVerdict verdict = text.text() == null ? ModerationVerdict.allow() : moderator.check(text.text());
            if (!verdict.allowed()) {
                rejections.add(new FieldProblem(text.field(), verdict.reason(), verdict.args()));
            }
        }
        if (!rejections.isEmpty()) {
            throw new ModerationRejectedException(rejections);
        }
    }
}
