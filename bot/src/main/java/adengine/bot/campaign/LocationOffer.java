package adengine.bot.campaign;

import adengine.bot.conversation.Action;
import adengine.bot.conversation.Button;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Fingerprint;
import adengine.bot.conversation.ListAddress;
import adengine.bot.conversation.ListPage;
import adengine.bot.conversation.Lists;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Session;
import adengine.bot.conversation.Turn;
import adengine.core.client.ClientLocation;
import adengine.core.common.Page;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A page of client locations shown with the location question. A location (up to 256 characters)
 * does not fit in callback data, so its button names it by page and place
 * ({@code dlc:page:place:fingerprint[:search]}) with a short fingerprint of it: a list that changed
 * since it was shown (new clients reorder it) then picks nothing rather than another location.
 */
record LocationOffer(ListPage view, Page<ClientLocation> page) {
    private static final int FINGERPRINT = 4;
    private static final ListAddress PAGES = ListAddress.of(Action.DRAFT_LOCATIONS);

    /** The page a button of the offer shows or was on: an arrow's, or a location's. */
    static ListPage pageOf(Callback pressed, Session session) {
        return ListPage.read(pressed, 0, pressed.action() == Action.DRAFT_LOCATION ? 3 : 1, session);
    }

    /** The location at the pressed button's place, if it is still the one the button showed. */
    Optional<String> at(Callback pressed) {
        int place = pressed.number(1);
        return Optional.of(place)
                .filter(index -> index >= 0 && index < page.items().size())
                .map(index -> page.items().get(index).location())
                .filter(location -> Fingerprint.of(location, FINGERPRINT).equals(pressed.arg(2)));
    }

    /** Adds a button per location with its clients, the arrows, and while narrowed: keep the typed text, or see every location. */
    void addTo(Turn turn, Screen.Builder screen) {
        List<Button> buttons = IntStream.range(0, page.items().size())
                .mapToObj(place -> {
                    ClientLocation shown = page.items().get(place);
                    return ListAddress.of(Action.DRAFT_LOCATION).followedBy(place, Fingerprint.of(shown.location(), FINGERPRINT))
                            .button(Button.label(shown.location(), " · " + shown.clients()), view.number(), view.searchKey());
                })
                .toList();
        Lists.paged(turn, screen, page, view, buttons, PAGES);
        if (view.searching()) {
            screen.row(Action.DRAFT_LOCATION_TYPED.button(Button.label(turn.t("button.keep_location", view.search().text())),
                            view.searchKey()))
                    .row(PAGES.button(turn.t("button.all_locations"), 1, ""));
        }
    }
}
