package adengine.core.ads;

import adengine.core.client.Client;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A client with its ML scores by advertiser (an advertiser without a score is absent): what a decision needs to know of the client. */
public record ClientProfile(Client client, Map<UUID, Long> scores) {
    public ClientProfile {
        Objects.requireNonNull(client);
        scores = Map.copyOf(scores);
    }
}
