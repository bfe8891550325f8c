package adengine.persistence.score;

import static adengine.persistence.schema.Tables.ADVERTISERS;
import static adengine.persistence.schema.Tables.CLIENTS;
import static adengine.persistence.schema.Tables.ML_SCORES;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.excluded;

import adengine.core.common.NotFoundException;
import adengine.core.score.MlScore;
import adengine.core.score.MlScoreRepository;
import adengine.persistence.db.BulkTransaction;
import adengine.persistence.db.Chunks;
import adengine.persistence.schema.tables.records.MlScoresRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.TableField;
import org.jooq.TableRecord;

/** ML scores in PostgreSQL, keyed by (client, advertiser). */
public final class JooqMlScoreRepository implements MlScoreRepository {
    private final DSLContext dsl;

    public JooqMlScoreRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public void upsertAll(List<MlScore> scores) {
        BulkTransaction.run(dsl, tx -> {
            requireAllExist(tx, "client", CLIENTS.CLIENT_ID, scores, MlScore::clientId);
            requireAllExist(tx, "advertiser", ADVERTISERS.ADVERTISER_ID, scores, MlScore::advertiserId);
            Chunks.forEach(scores, 3, chunk -> {
                InsertValuesStep3<MlScoresRecord, UUID, UUID, Long> insert = tx
                        .insertInto(ML_SCORES, ML_SCORES.CLIENT_ID, ML_SCORES.ADVERTISER_ID, ML_SCORES.SCORE);
                for (MlScore score : chunk) {
                    insert = insert.values(score.clientId(), score.advertiserId(), score.score());
                }
                insert.onConflict(ML_SCORES.CLIENT_ID, ML_SCORES.ADVERTISER_ID)
                        .doUpdate()
                        .set(ML_SCORES.SCORE, excluded(ML_SCORES.SCORE))
                        .execute();
            });
        });
    }

    /** Names the first unknown id instead of failing on a foreign key with a database message. */
    private static <R extends TableRecord<R>> void requireAllExist(
            DSLContext tx, String what, TableField<R, UUID> idField, List<MlScore> scores, Function<MlScore, UUID> id) {
        Set<UUID> wanted = new LinkedHashSet<>();
        scores.forEach(score -> wanted.add(id.apply(score)));
        Set<UUID> found = tx.select(idField)
                .from(idField.getTable())
                .where(idField.eq(any(wanted.toArray(UUID[]::new))))
                .fetchSet(idField);
        wanted.removeAll(found);
        if (!wanted.isEmpty()) {
            throw new NotFoundException(what, wanted.iterator().next());
        }
    }
}
