package adengine.bot.access;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Button;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.ListAddress;
import adengine.bot.conversation.ListPage;
import adengine.bot.conversation.Lists;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.advertiser.Advertiser;
import adengine.core.common.Page;
import java.util.List;
import java.util.Objects;

/**
 * A paged list of the advertisers a viewer may manage, each a button that carries its id; on a
 * searchable list, admins (who reach every advertiser) find one by a part of its name.
 */
public final class AdvertiserPicker {
    private final Ownership ownership;

    public AdvertiserPicker(Ownership ownership) {
        this.ownership = Objects.requireNonNull(ownership);
    }

    /** The page that {@code pressed} asks for (its page, then its search); its own action pages further. */
    public Screen pick(Turn turn, String title, Callback pressed, Action choose) {
        return pick(turn, title, ListPage.read(pressed, 0, 1, turn.session()), choose, pressed.action());
    }

    /** {@code choose} receives the advertiser id; {@code pageAction} the page, then the search's key. */
    public Screen pick(Turn turn, String title, ListPage view, Action choose, Action pageAction) {
        Page<Advertiser> advertisers = ownership.advertisers(turn.viewer(), view);
        List<Button> buttons = advertisers.items().stream()
                .map(advertiser -> choose.button(Button.label(advertiser.name()), advertiser.advertiserId()))
                .toList();
        String heading = advertisers.total() == 0 && !view.searching() ? title + "\n" + turn.t("advertisers.none") : title;
        return Lists.paged(turn, Screen.of(Lists.heading(turn, heading, view, advertisers.total())), advertisers, view, buttons,
                        ListAddress.of(pageAction))
                .row(turn.mainMenuButton())
                .build();
    }
}
