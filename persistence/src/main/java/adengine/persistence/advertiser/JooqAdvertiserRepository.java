package adengine.persistence.advertiser;

import static adengine.persistence.schema.Tables.ADVERTISERS;
import static org.jooq.impl.DSL.excluded;

import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserRepository;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import adengine.persistence.db.BulkTransaction;
import adengine.persistence.db.Chunks;
import adengine.persistence.db.SearchConditions;
import adengine.persistence.schema.tables.records.AdvertisersRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep2;

/** Advertisers in PostgreSQL. */
public final class JooqAdvertiserRepository implements AdvertiserRepository {
    private final DSLContext dsl;

    public JooqAdvertiserRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public void upsertAll(List<Advertiser> advertisers) {
        BulkTransaction.run(dsl, tx -> Chunks.forEach(advertisers, 2, chunk -> {
            InsertValuesStep2<AdvertisersRecord, UUID, String> insert = tx
                    .insertInto(ADVERTISERS, ADVERTISERS.ADVERTISER_ID, ADVERTISERS.NAME);
            for (Advertiser advertiser : chunk) {
                insert = insert.values(advertiser.advertiserId(), advertiser.name());
            }
            insert.onConflict(ADVERTISERS.ADVERTISER_ID)
                    .doUpdate()
                    .set(ADVERTISERS.NAME, excluded(ADVERTISERS.NAME))
                    .execute();
        }));
    }

    @Override
    public Optional<Advertiser> find(UUID advertiserId) {
        return dsl.selectFrom(ADVERTISERS)
                .where(ADVERTISERS.ADVERTISER_ID.eq(advertiserId))
                .fetchOptional(JooqAdvertiserRepository::toAdvertiser);
    }

    @Override
    public Page<Advertiser> page(SearchTerm name, PageRequest request) {
        Condition named = SearchConditions.contains(ADVERTISERS.NAME, name);
        List<Advertiser> items = dsl.selectFrom(ADVERTISERS)
                .where(named)
                .orderBy(ADVERTISERS.NAME, ADVERTISERS.ADVERTISER_ID)
                .limit(request.size())
                .offset(request.offset())
                .fetch(JooqAdvertiserRepository::toAdvertiser);
        return new Page<>(items, dsl.fetchCount(ADVERTISERS, named));
    }

    private static Advertiser toAdvertiser(AdvertisersRecord row) {
        return new Advertiser(row.getAdvertiserId(), row.getName());
    }
}
