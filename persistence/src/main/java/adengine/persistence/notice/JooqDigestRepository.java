package adengine.persistence.notice;

import static adengine.persistence.access.JooqAccessRepository.bindingGivesAccess;
import static adengine.persistence.access.JooqAccessRepository.utc;
import static adengine.persistence.schema.Tables.ADVERTISERS;
import static adengine.persistence.schema.Tables.ADVERTISER_CHATS;
import static adengine.persistence.schema.Tables.CHAT_DIGESTS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import adengine.core.notice.Digest;
import adengine.core.notice.DigestRepository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Daily digests: the switch is a binding's first day in advertiser_chats, and the primary key of
 * chat_digests sends each chat each day's digest once.
 */
public final class JooqDigestRepository implements DigestRepository {
    private final DSLContext dsl;

    public JooqDigestRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public boolean subscribe(long chatId, UUID advertiserId, int fromDay) {
        return dsl.update(ADVERTISER_CHATS)
                .set(ADVERTISER_CHATS.DIGEST_FROM_DAY, coalesce(ADVERTISER_CHATS.DIGEST_FROM_DAY, val(fromDay)))
                .where(binding(chatId, advertiserId))
                .execute() == 1;
    }

    @Override
    public boolean unsubscribe(long chatId, UUID advertiserId) {
        return dsl.update(ADVERTISER_CHATS)
                .setNull(ADVERTISER_CHATS.DIGEST_FROM_DAY)
                .where(binding(chatId, advertiserId))
                .execute() == 1;
    }

    @Override
    public boolean subscribed(long chatId, UUID advertiserId) {
        return dsl.fetchExists(ADVERTISER_CHATS, binding(chatId, advertiserId).and(ADVERTISER_CHATS.DIGEST_FROM_DAY.isNotNull()));
    }

    @Override
    public List<Digest> due(int day) {
        return dsl.select(ADVERTISER_CHATS.ADVERTISER_ID, ADVERTISERS.NAME, Recipients.aggregated())
                .from(ADVERTISER_CHATS)
                .join(ADVERTISERS).on(ADVERTISERS.ADVERTISER_ID.eq(ADVERTISER_CHATS.ADVERTISER_ID))
                .where(wantsDigestOf(day))
                .andNotExists(selectOne()
                        .from(CHAT_DIGESTS)
                        .where(CHAT_DIGESTS.CHAT_ID.eq(ADVERTISER_CHATS.CHAT_ID))
                        .and(CHAT_DIGESTS.ADVERTISER_ID.eq(ADVERTISER_CHATS.ADVERTISER_ID))
                        .and(CHAT_DIGESTS.DAY.eq(day)))
                .groupBy(ADVERTISER_CHATS.ADVERTISER_ID, ADVERTISERS.NAME)
                .orderBy(ADVERTISER_CHATS.ADVERTISER_ID)
                .fetch(row -> new Digest(row.value1(), row.value2(), day, row.value3()));
    }

    /** Inserted from the binding's row, so that a chat that switched the digest off (or lost its access) meanwhile gets none. */
    @Override
    public boolean claim(long chatId, UUID advertiserId, int day, Instant at) {
        return dsl.insertInto(CHAT_DIGESTS, CHAT_DIGESTS.CHAT_ID, CHAT_DIGESTS.ADVERTISER_ID, CHAT_DIGESTS.DAY, CHAT_DIGESTS.SENT_AT)
                .select(select(ADVERTISER_CHATS.CHAT_ID, ADVERTISER_CHATS.ADVERTISER_ID, val(day), val(utc(at)))
                        .from(ADVERTISER_CHATS)
                        .where(binding(chatId, advertiserId))
                        .and(wantsDigestOf(day)))
                .onConflictDoNothing()
                .execute() == 1;
    }

    private static Condition binding(long chatId, UUID advertiserId) {
        return ADVERTISER_CHATS.CHAT_ID.eq(chatId).and(ADVERTISER_CHATS.ADVERTISER_ID.eq(advertiserId));
    }

    /** A binding with access whose digest was switched on by that day. */
    private static Condition wantsDigestOf(int day) {
        return ADVERTISER_CHATS.DIGEST_FROM_DAY.le(day).and(bindingGivesAccess());
    }
}
