package adengine.core.score;

import adengine.core.common.Validator;
import java.util.UUID;

/** How relevant an advertiser is to a client, from the ML pipeline; larger is more relevant. */
public record MlScore(UUID clientId, UUID advertiserId, Long score) {
    public MlScore {
        new Validator()
                .require("client_id", clientId)
                .require("advertiser_id", advertiserId)
                .require("score", score)
                .throwIfInvalid();
    }

    /** The key a score is upserted by. */
    public record Pair(UUID clientId, UUID advertiserId) {
    }

    public Pair pair() {
        return new Pair(clientId, advertiserId);
    }
}
