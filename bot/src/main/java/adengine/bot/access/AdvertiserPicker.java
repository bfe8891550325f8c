package adengine.bot.access;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Button;
import adengine.bot.conversation.Lists;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Turn;
import adengine.core.advertiser.Advertiser;
import adengine.core.common.Page;
import java.util.List;
import java.util.Objects;

/** A paged list of the advertisers a viewer may manage, each a button that carries its id. */
public final class AdvertiserPicker {
    private final Ownership ownership;

    public AdvertiserPicker(Ownership ownership) {
        this.ownership = Objects.requireNonNull(ownership);
    }

    /** {@code choose} receives the advertiser id; {@code pageAction} receives {@code pagePrefix} and the page. */
    public Screen pick(Turn turn, String title, int page, Action choose, Action pageAction, Object... pagePrefix) {
        Page<Advertiser> advertisers = ownership.advertisers(turn.viewer(), page);
        List<Button> buttons = advertisers.items().stream()
                .map(advertiser -> choose.button(Button.label(advertiser.name()), advertiser.advertiserId()))
                .toList();
        Screen.Builder screen = Screen.of(advertisers.total() == 0 ? turn.t("advertisers.none") : title);
        return Lists.paged(screen, advertisers, page, buttons, pageAction, pagePrefix)
                .row(turn.mainMenuButton())
                .build();
    }
}
