package adengine.bot.time;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.time.AdvanceTime;
import adengine.core.time.TimeService;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Admins see the simulation's current day and move it forward. */
public final class TimeFlow implements Flow {
    private final TimeService time;

    public TimeFlow(TimeService time) {
        this.time = Objects.requireNonNull(time);
    }

    @Override
    public Set<Action> actions() {
        return EnumSet.of(Action.TIME, Action.TIME_ADVANCE);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        int day = callback.action() == Action.TIME_ADVANCE ? time.advance(AdvanceTime.ONE_DAY) : time.currentDay();
        if (callback.action() == Action.TIME_ADVANCE) {
            turn.notice(turn.t("time.advanced", day));
        }
        turn.show(Screen.of(turn.t("time.current", day))
                .row(Action.TIME_ADVANCE.button(turn.t("button.advance_day")))
                .row(turn.mainMenuButton())
                .build());
    }
}
