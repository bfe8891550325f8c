package adengine.core.ads;

import java.util.Optional;
import java.util.UUID;

/** Reads a client and its scores together, in one round trip on the hot path. */
public interface ClientProfiles {
    Optional<ClientProfile> find(UUID clientId);
}
