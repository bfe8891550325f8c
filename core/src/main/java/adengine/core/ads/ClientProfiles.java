package adengine.core.ads;

import java.util.Optional;
import java.util.UUID;

/** Reads a client with its scores and history, and the current market version, together: one round trip on the hot path. */
public interface ClientProfiles {
    Optional<ClientProfile> find(UUID clientId);
}
