package adengine.bot.campaign;

import adengine.bot.conversation.ListPage;
import adengine.bot.conversation.Session;
import adengine.core.client.ClientLocation;
import adengine.core.client.ClientService;
import adengine.core.common.Page;
import adengine.core.common.SearchTerm;
import java.util.Objects;
import java.util.Optional;

/**
 * Targeting matches a client's location exactly, so the location question offers the locations
 * clients have, the most common first, and a typed part of a name narrows them to those that
 * contain it. A location that clients have exactly, or that none contains, is taken as typed.
 */
public final class LocationChoice {
    private final ClientService clients;

    public LocationChoice(ClientService clients) {
        this.clients = Objects.requireNonNull(clients);
    }

    /** The page of client locations that {@code view} asks for. */
    LocationOffer offer(ListPage view) {
        return new LocationOffer(view, clients.locations(view.search(), view.request()));
    }

    /** The client locations that contain a typed location, unless it is to be taken as typed. */
    Optional<LocationOffer> narrowedBy(Session session, String typed) {
        if (typed.isEmpty() || clients.spellingsOf(typed).contains(typed)) {
            return Optional.empty();
        }
        Page<ClientLocation> containing = clients.locations(new SearchTerm(typed), ListPage.of(1).request());
        return containing.total() == 0
                ? Optional.empty()
                : Optional.of(new LocationOffer(ListPage.searching(session, typed), containing));
    }
}
