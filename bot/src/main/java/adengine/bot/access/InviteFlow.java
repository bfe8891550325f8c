package adengine.bot.access;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.access.AccessService;
import adengine.core.access.Invite;
import adengine.core.advertiser.Advertiser;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Admins create one-time invite links that bind the opening chat to an advertiser. */
public final class InviteFlow implements Flow {
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Ownership ownership;
    private final AdvertiserPicker picker;
    private final AccessService access;

    public InviteFlow(Ownership ownership, AdvertiserPicker picker, AccessService access) {
        this.ownership = Objects.requireNonNull(ownership);
        this.picker = Objects.requireNonNull(picker);
        this.access = Objects.requireNonNull(access);
    }

    @Override
    public Set<Action> actions() {
        return EnumSet.of(Action.INVITES, Action.INVITE_CREATE);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        if (callback.action() == Action.INVITES) {
            turn.show(picker.pick(turn, turn.t("invites.choose_advertiser"), callback.args().isEmpty() ? 1 : callback.number(0),
                    Action.INVITE_CREATE, Action.INVITES));
            return;
        }
        Advertiser advertiser = ownership.advertiser(turn.viewer(), callback.id(0));
        Invite invite = access.createInvite(advertiser.advertiserId());
        String link = invite.link().orElse("/start " + invite.token());
        turn.show(Screen.of(turn.t("invites.created", Html.escape(advertiser.name()), Html.escape(link), EXPIRY.format(invite.expiresAt())))
                .row(Action.INVITES.button(turn.t("button.another_invite")))
                .row(turn.mainMenuButton())
                .build());
    }
}
