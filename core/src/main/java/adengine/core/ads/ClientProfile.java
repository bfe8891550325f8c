package adengine.core.ads;

import adengine.core.client.Client;
import java.util.Objects;
import java.util.UUID;

/**
 * What a decision needs to know of the client: the client, its ML scores by advertiser (an
 * advertiser without a score is absent) and the campaigns it has seen and clicked, with the
 * client's version (it grows with every change of the client or its scores); and, read at the
 * same moment, the market the decision is made in.
 */
public record ClientProfile(Client client, ClientScores scores, ClientHistory history, long version, MarketVersion market) {
    public ClientProfile {
        Objects.requireNonNull(client);
        Objects.requireNonNull(scores);
        Objects.requireNonNull(history);
        Objects.requireNonNull(market);
    }

    /** This profile after the client was shown {@code campaignId}. */
    ClientProfile withSeen(UUID campaignId) {
        return new ClientProfile(client, scores, history.withSeen(campaignId), version, market);
    }
}
