package adengine.bot.moderation;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.moderation.ModerationService;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Admins see whether ad texts are moderated and switch it on or off. */
public final class ModerationFlow implements Flow {
    private final ModerationService moderation;

    public ModerationFlow(ModerationService moderation) {
        this.moderation = Objects.requireNonNull(moderation);
    }

    @Override
    public Set<Action> actions() {
        return EnumSet.of(Action.MODERATION, Action.MODERATION_SET);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        boolean enabled;
        if (callback.action() == Action.MODERATION_SET) {
            enabled = moderation.set(callback.flag(0));
            turn.notice(turn.t(enabled ? "moderation.now_on" : "moderation.now_off"));
        } else {
            enabled = moderation.enabled();
        }
        turn.show(Screen.of(turn.t(enabled ? "moderation.on" : "moderation.off"))
                .row(Action.MODERATION_SET.button(turn.t(enabled ? "button.moderation_off" : "button.moderation_on"), !enabled))
                .row(turn.mainMenuButton())
                .build());
    }
}
