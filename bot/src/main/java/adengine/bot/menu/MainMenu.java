package adengine.bot.menu;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Button;
import adengine.bot.conversation.Home;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.access.AccessService;
import adengine.core.access.ChatKind;
import adengine.core.access.Redemption;
import adengine.core.textgen.TextGenerationService;
import java.util.Objects;

/**
 * The main menu, /start with invites and the admin claim, /help, and the answer to strangers.
 * Text generation is offered only when a language model is configured.
 */
public final class MainMenu implements Home {
    private final AccessService access;
    private final TextGenerationService textGeneration;

    public MainMenu(AccessService access, TextGenerationService textGeneration) {
        this.access = Objects.requireNonNull(access);
        this.textGeneration = Objects.requireNonNull(textGeneration);
    }

    @Override
    public void show(Turn turn) {
        turn.session().reset();
        boolean admin = turn.viewer().admin();
        turn.show(menu(turn, turn.t(admin ? "menu.title_admin" : "menu.title"), admin));
    }

    /** The menu for the given rights: admins also get moderation, time and invites. */
    private Screen menu(Turn turn, String title, boolean admin) {
        Screen.Builder menu = Screen.of(title)
                .row(Action.CAMPAIGNS.button(turn.t("menu.campaigns")), Action.STATS.button(turn.t("menu.stats")));
        Button images = Action.IMAGES.button(turn.t("menu.images"));
        if (textGeneration.available()) {
            menu.row(images, Action.GENERATE.button(turn.t("menu.generate")));
        } else {
            menu.row(images);
        }
        if (admin) {
            menu.row(Action.MODERATION.button(turn.t("menu.moderation")), Action.TIME.button(turn.t("menu.time")))
                    .row(Action.INVITES.button(turn.t("menu.invites")));
        }
        return menu.build();
    }

    @Override
    public void start(Turn turn, String argument) {
        turn.session().reset();
        if (argument.isEmpty()) {
            if (turn.viewer().stranger()) {
                welcomeStranger(turn);
            } else {
                show(turn);
            }
            return;
        }
        // a code sent where others read it would no longer be a secret: only a private chat may claim
        boolean privateChat = turn.viewer().chatKind() == ChatKind.PRIVATE;
        if (privateChat && access.claimAdmin(argument, turn.viewer().userId())) {
            turn.send(menu(turn, turn.t("start.admin_claimed"), true));
            return;
        }
        Redemption redemption = access.redeem(argument, turn.chatId(), turn.viewer().chatKind(), turn.texts().language());
        switch (redemption.status()) {
            // the turn's viewer was identified before the binding: the menu is built for the new rights
            case BOUND -> turn.send(menu(turn,
                    turn.t("start.bound", Html.escape(redemption.advertiser().orElseThrow().name())), turn.viewer().admin()));
            case EXPIRED -> turn.send(Screen.of(turn.t("start.invite_expired")).build());
            case INVALID -> turn.send(Screen.of(turn.t("start.invite_invalid")).build());
            case GROUP_NOT_ALLOWED -> turn.send(Screen.of(turn.t("start.invite_group")).build());
        }
    }

    @Override
    public void help(Turn turn) {
        String help = turn.viewer().stranger() ? turn.t("help.stranger")
                : turn.t("help.user") + (textGeneration.available() ? "\n" + turn.t("help.generate") : "")
                        + (turn.viewer().admin() ? "\n\n" + turn.t("help.admin") : "");
        Screen.Builder screen = Screen.of(help);
        if (!turn.viewer().stranger()) {
            screen.row(turn.mainMenuButton());
        }
        turn.send(screen.build());
    }

    @Override
    public void welcomeStranger(Turn turn) {
        turn.send(Screen.of(turn.t("stranger.welcome")).build());
    }
}
