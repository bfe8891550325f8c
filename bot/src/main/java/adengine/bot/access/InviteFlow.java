package adengine.bot.access;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Lists;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.access.AccessService;
import adengine.core.access.ChatBinding;
import adengine.core.access.ChatKind;
import adengine.core.access.Invite;
import adengine.core.access.IssuedInvite;
import adengine.core.advertiser.Advertiser;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Admins manage who reaches an advertiser: its screen lists the open invites and the bound chats;
 * from there they create one-time invite links, revoke unused ones and remove chats. Buttons carry
 * the invite's own id (never its token, which only the creation screen shows) or the chat's id.
 */
public final class InviteFlow implements Flow {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

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
        return EnumSet.of(Action.INVITES, Action.INVITE_ADVERTISER, Action.INVITE_CREATE, Action.INVITE_REVOKE, Action.CHAT_UNBIND);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        switch (callback.action()) {
            case INVITES -> turn.show(picker.pick(turn, turn.t("invites.choose_advertiser"), callback, Action.INVITE_ADVERTISER));
            case INVITE_ADVERTISER -> showAccess(turn, ownership.advertiser(turn.viewer(), callback.id(0)));
            case INVITE_CREATE -> create(turn, ownership.advertiser(turn.viewer(), callback.id(0)));
            case INVITE_REVOKE -> {
                UUID advertiserId = access.invite(callback.id(0)).advertiserId();
                access.revokeInvite(advertiserId, callback.id(0));
                turn.notice(turn.t("access.revoked"));
                showAccess(turn, ownership.advertiser(turn.viewer(), advertiserId));
            }
            case CHAT_UNBIND -> {
                Advertiser advertiser = ownership.advertiser(turn.viewer(), callback.id(0));
                access.unbind(advertiser.advertiserId(), chatId(callback));
                turn.notice(turn.t("access.unbound"));
                showAccess(turn, advertiser);
            }
            default -> throw new IllegalArgumentException(callback.action().name());
        }
    }

    private static long chatId(Callback callback) {
        try {
            return Long.parseLong(callback.arg(1));
        } catch (NumberFormatException e) {
            throw new Callback.MalformedCallbackException();
        }
    }

    private void create(Turn turn, Advertiser advertiser) {
        Invite invite = access.createInvite(advertiser.advertiserId());
        String link = invite.link().orElse("/start " + invite.token());
        turn.show(Screen.of(turn.t("invites.created", Html.escape(advertiser.name()), Html.escape(link), TIME.format(invite.expiresAt())))
                .row(Action.INVITE_CREATE.button(turn.t("button.another_invite"), advertiser.advertiserId()))
                .row(Action.INVITE_ADVERTISER.button(turn.t("button.to_access"), advertiser.advertiserId()))
                .row(turn.mainMenuButton())
                .build());
    }

    /** The advertiser's open invites and bound chats, the first page of each, with a button per item. */
    private void showAccess(Turn turn, Advertiser advertiser) {
        UUID advertiserId = advertiser.advertiserId();
        List<IssuedInvite> invites = access.openInvites(advertiserId);
        List<ChatBinding> chats = access.chatsOf(advertiserId);
        StringBuilder text = new StringBuilder(turn.t("access.title", Html.escape(advertiser.name())));
        text.append("\n\n").append(section(turn, invites, "access.invites", "access.no_invites",
                invite -> turn.t("access.invite_line", TIME.format(invite.expiresAt()), TIME.format(invite.createdAt()))));
        text.append("\n\n").append(section(turn, chats, "access.chats", "access.no_chats", chat -> chatLine(turn, chat)));
        Screen.Builder screen = Screen.of(text.toString())
                .row(Action.INVITE_CREATE.button(turn.t("button.new_invite"), advertiserId));
        shown(invites).forEach(invite -> screen.row(Action.INVITE_REVOKE.button(
                turn.t("button.revoke_invite", SHORT_TIME.format(invite.expiresAt())), invite.inviteId())));
        shown(chats).forEach(chat -> screen.row(Action.CHAT_UNBIND.button(
                turn.t("button.unbind_chat", chat.chatId()), advertiserId, chat.chatId())));
        turn.show(screen.row(Action.INVITES.button(turn.t("button.to_advertisers")), turn.mainMenuButton()).build());
    }

    /** A heading with the count, a line per shown item, and how many more wait behind them. */
    private static <T> String section(Turn turn, List<T> items, String heading, String none, Function<T, String> line) {
        if (items.isEmpty()) {
            return turn.t(none);
        }
        List<String> lines = new ArrayList<>();
        lines.add(turn.t(heading, items.size()));
        shown(items).forEach(item -> lines.add(line.apply(item)));
        if (items.size() > Lists.PAGE_SIZE) {
            lines.add(turn.t("access.more", items.size() - Lists.PAGE_SIZE));
        }
        return String.join("\n", lines);
    }

    private static <T> List<T> shown(List<T> items) {
        return items.subList(0, Math.min(items.size(), Lists.PAGE_SIZE));
    }

    private static String chatLine(Turn turn, ChatBinding chat) {
        String since = TIME.format(chat.boundAt());
        if (chat.kind() == ChatKind.PRIVATE) {
            return turn.t("access.chat_private", chat.chatId(), since);
        }
        return turn.t(chat.active() ? "access.chat_group" : "access.chat_group_inactive", chat.chatId(), since);
    }
}
