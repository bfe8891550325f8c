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
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A paged list of the advertisers a viewer may manage, each a button that carries its id; on a
 * searchable list, admins (who reach every advertiser) find one by a part of its name.
 */
public final class AdvertiserPicker {
    /** Enough of the id to tell apart advertisers of the same name. */
    private static final int SHORT_ID = 8;

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
        Map<String, Long> sameLabel = advertisers.items().stream()
                .collect(Collectors.groupingBy(advertiser -> Button.label(advertiser.name()), Collectors.counting()));
        List<Button> buttons = advertisers.items().stream()
                .map(advertiser -> choose.button(label(advertiser, sameLabel.get(Button.label(advertiser.name())) > 1),
                        advertiser.advertiserId()))
                .toList();
        String heading = advertisers.total() == 0 && !view.searching() ? title + "\n" + turn.t("advertisers.none") : title;
        return Lists.paged(turn, Screen.of(Lists.heading(turn, heading, view, advertisers.total())), advertisers, view, buttons,
                        ListAddress.of(pageAction))
                .row(turn.mainMenuButton())
                .build();
    }

    /** The name, and when another advertiser on the page looks the same, the start of its id. */
    private static String label(Advertiser advertiser, boolean ambiguous) {
        return ambiguous
                ? Button.label(advertiser.name(), " · " + advertiser.advertiserId().toString().substring(0, SHORT_ID))
                : Button.label(advertiser.name());
    }
}
