package adengine.core.ads;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client profiles this instance read, so that a decision for a known client needs no read at
 * all. Nothing here is trusted: an impression decided on a kept profile is recorded only if the
 * ledger finds the client's version unchanged (see {@link Ledger#recordImpressionIfCurrent}), and
 * every other outcome is decided again on a fresh read. Bounded: past {@code capacity} profiles,
 * an arbitrary one makes room (a client that comes back is read again).
 */
public final class ProfileCache {
    private final Map<UUID, ClientProfile> profiles = new ConcurrentHashMap<>();
    private final int capacity;

    public ProfileCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The profile kept for the client; null when there is none. */
    ClientProfile get(UUID clientId) {
        return profiles.get(clientId);
    }

    /** Keeps a profile just read. */
    void put(ClientProfile profile) {
        if (capacity == 0) {
            return;
        }
        if (profiles.size() >= capacity) {
            Iterator<UUID> any = profiles.keySet().iterator();
            if (any.hasNext()) {
                profiles.remove(any.next());
            }
        }
        profiles.put(profile.client().clientId(), profile);
    }

    /** The client was just shown the campaign by this instance. */
    void seen(UUID clientId, UUID campaignId) {
        profiles.computeIfPresent(clientId, (id, profile) -> profile.withSeen(campaignId));
    }

    /** Profiles kept, for monitoring. */
    public int size() {
        return profiles.size();
    }
}
