package adengine.core.score;

import adengine.core.common.LastWins;
import java.util.List;
import java.util.Objects;

/** Use cases of ML scores: single and bulk upsert by (client, advertiser). */
public final class MlScoreService {
    private final MlScoreRepository scores;

    public MlScoreService(MlScoreRepository scores) {
        this.scores = Objects.requireNonNull(scores);
    }

    public MlScore upsert(MlScore score) {
        scores.upsertAll(List.of(score));
        return score;
    }

    /** Stores the batch atomically, last occurrence of a pair winning; returns the number of distinct pairs. */
    public int upsertAll(List<MlScore> batch) {
        List<MlScore> distinct = LastWins.distinct(batch, MlScore::pair);
        scores.upsertAll(distinct);
        return distinct.size();
    }
}
