package adengine.core.ads;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's ML scores by advertiser (an advertiser without a score is absent), laid out to be
 * kept for many clients: two arrays in the same order, twelve bytes a score when the advertiser
 * ids are shared instances (as the profile reader makes them).
 */
public final class ClientScores {
    public static final ClientScores NONE = new ClientScores(new UUID[0], new long[0]);

    private final UUID[] advertisers;
    private final long[] scores;

    /** The scores of {@code advertisers[i]} are {@code scores[i]}; both arrays are the caller's to give away. */
    public ClientScores(UUID[] advertisers, long[] scores) {
        if (advertisers.length != scores.length) {
            throw new IllegalArgumentException(advertisers.length + " advertisers for " + scores.length + " scores");
        }
        for (UUID advertiser : advertisers) {
            Objects.requireNonNull(advertiser);
        }
        this.advertisers = advertisers;
        this.scores = scores;
    }

    public static ClientScores of(Map<UUID, Long> byAdvertiser) {
        UUID[] advertisers = new UUID[byAdvertiser.size()];
        long[] scores = new long[byAdvertiser.size()];
        int i = 0;
        for (Map.Entry<UUID, Long> entry : byAdvertiser.entrySet()) {
            advertisers[i] = entry.getKey();
            scores[i++] = entry.getValue();
        }
        return new ClientScores(advertisers, scores);
    }

    public int size() {
        return scores.length;
    }

    public UUID advertiser(int i) {
        return advertisers[i];
    }

    public long score(int i) {
        return scores[i];
    }

    /** All the scores, in this order: the scale each score's relevance is judged on. */
    long[] values() {
        return scores.clone();
    }
}
