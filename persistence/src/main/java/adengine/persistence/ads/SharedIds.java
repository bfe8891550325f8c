package adengine.persistence.ads;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each advertiser and campaign id read into kept profiles: a reference costs four
 * bytes where a fresh copy of the id costs thirty-two. Grows with the advertisers and campaigns
 * ever named, which are few beside the clients.
 */
final class SharedIds {
    private final Map<UUID, UUID> ids = new ConcurrentHashMap<>();

    UUID of(UUID id) {
        UUID shared = ids.putIfAbsent(id, id);
        return shared == null ? id : shared;
    }
}
