package adengine.core.ads;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The campaigns a client has been shown and those the client has clicked. */
public record ClientHistory(Set<UUID> seen, Set<UUID> clicked) {
    public static final ClientHistory NONE = new ClientHistory(Set.of(), Set.of());

    public ClientHistory {
        seen = Set.copyOf(seen);
        clicked = Set.copyOf(clicked);
    }

    ClientHistory withSeen(UUID campaignId) {
        Set<UUID> more = new HashSet<>(seen);
        more.add(campaignId);
        return new ClientHistory(more, clicked);
    }
}
