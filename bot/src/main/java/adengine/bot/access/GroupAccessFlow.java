package adengine.bot.access;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.access.AccessService;
import adengine.core.access.ChatKind;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a group chat may use the bot: invites are for private chats, unless an admin sends
 * {@code /allow_group} in the group (everyone in it, now or later, then works for the advertisers
 * bound there, each member in a dialog of their own); {@code /disallow_group} takes that back and
 * removes the group's bindings.
 */
public final class GroupAccessFlow implements Flow {
    private static final String ALLOW = "/allow_group";
    private static final String DISALLOW = "/disallow_group";

    private final AccessService access;

    public GroupAccessFlow(AccessService access) {
        this.access = Objects.requireNonNull(access);
    }

    @Override
    public Set<Action> actions() {
        return Set.of();
    }

    @Override
    public Set<String> commands() {
        return Set.of(ALLOW, DISALLOW);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        throw new IllegalArgumentException(callback.action().name());
    }

    @Override
    public void command(Turn turn, String name) {
        if (turn.viewer().chatKind() != ChatKind.GROUP) {
            turn.send(Screen.of(turn.t("group.only_in_groups")).build());
        } else if (!turn.viewer().admin()) {
            turn.send(Screen.of(turn.t("group.admins_only")).build());
        } else if (name.equals(ALLOW)) {
            access.allowGroup(turn.chatId(), ChatKind.GROUP, turn.viewer().userId());
            turn.send(Screen.of(turn.t("group.allowed")).build());
        } else {
            boolean changed = access.disallowGroup(turn.chatId(), turn.viewer().userId());
            turn.send(Screen.of(turn.t(changed ? "group.disallowed" : "group.nothing_to_disallow")).build());
        }
    }
}
