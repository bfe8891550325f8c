package adengine.persistence.score;

import static adengine.persistence.schema.Tables.ML_SCORES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.core.advertiser.Advertiser;
import adengine.core.client.Client;
import adengine.core.common.NotFoundException;
import adengine.core.score.MlScore;
import adengine.core.testing.Fixtures;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.client.JooqClientRepository;
import adengine.persistence.db.Database;
import adengine.persistence.testing.TestInfrastructure;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqMlScoreRepositoryTest {
    private static Database database;
    private static JooqMlScoreRepository scores;
    private static Client client;
    private static Advertiser advertiser;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        scores = new JooqMlScoreRepository(database.dsl());
        client = Fixtures.client();
        advertiser = Fixtures.advertiser();
        new JooqClientRepository(database.dsl()).upsertAll(List.of(client));
        new JooqAdvertiserRepository(database.dsl()).upsertAll(List.of(advertiser));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void upsertReplacesTheScoreOfThePair() {
        scores.upsertAll(List.of(new MlScore(client.clientId(), advertiser.advertiserId(), 5L)));
        scores.upsertAll(List.of(new MlScore(client.clientId(), advertiser.advertiserId(), Long.MAX_VALUE)));

        assertEquals(Long.MAX_VALUE, storedScore());
    }

    @Test
    void anUnknownIdStoresNothingOfTheBatch() {
        scores.upsertAll(List.of(new MlScore(client.clientId(), advertiser.advertiserId(), 7L)));
        List<MlScore> batch = List.of(
                new MlScore(client.clientId(), advertiser.advertiserId(), 8L),
                new MlScore(UUID.randomUUID(), advertiser.advertiserId(), 9L));

        assertThrows(NotFoundException.class, () -> scores.upsertAll(batch));
        assertEquals(7L, storedScore());
    }

    private long storedScore() {
        return database.dsl().select(ML_SCORES.SCORE).from(ML_SCORES)
                .where(ML_SCORES.CLIENT_ID.eq(client.clientId()).and(ML_SCORES.ADVERTISER_ID.eq(advertiser.advertiserId())))
                .fetchSingle(ML_SCORES.SCORE);
    }
}
