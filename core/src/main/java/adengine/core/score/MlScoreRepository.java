package adengine.core.score;

import java.util.List;

/** Storage of ML scores. */
public interface MlScoreRepository {
    /**
     * Inserts or replaces every score in one transaction.
     *
     * @throws adengine.core.common.NotFoundException naming the first unknown client or advertiser; nothing is stored then
     */
    void upsertAll(List<MlScore> scores);
}
