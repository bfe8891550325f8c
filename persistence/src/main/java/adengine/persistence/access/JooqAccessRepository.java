package adengine.persistence.access;

import static adengine.persistence.schema.Tables.ADVERTISERS;
import static adengine.persistence.schema.Tables.ADVERTISER_CHATS;
import static adengine.persistence.schema.Tables.BOT_ADMINS;
import static adengine.persistence.schema.Tables.BOT_INVITES;
import static adengine.persistence.schema.Tables.BOT_PROFILE;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import adengine.core.access.AccessRepository;
import adengine.core.advertiser.Advertiser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Bot access in PostgreSQL: invites by token hash, chats bound to advertisers, claimed admins, the bot's username. */
public final class JooqAccessRepository implements AccessRepository {
    private final DSLContext dsl;

    public JooqAccessRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public void insertInvite(String tokenHash, UUID advertiserId, Instant createdAt, Instant expiresAt) {
        dsl.insertInto(BOT_INVITES, BOT_INVITES.TOKEN_HASH, BOT_INVITES.ADVERTISER_ID, BOT_INVITES.CREATED_AT, BOT_INVITES.EXPIRES_AT)
                .values(tokenHash, advertiserId, utc(createdAt), utc(expiresAt))
                .execute();
    }

    /** The conditional update takes the row lock: a concurrent use waits, then finds the invite used. */
    @Override
    public Optional<UUID> useInvite(String tokenHash, long chatId, Instant now) {
        return dsl.transactionResult(tx -> {
            Optional<UUID> advertiserId = tx.dsl()
                    .update(BOT_INVITES)
                    .set(BOT_INVITES.USED_AT, utc(now))
                    .set(BOT_INVITES.USED_BY_CHAT, chatId)
                    .where(BOT_INVITES.TOKEN_HASH.eq(tokenHash))
                    .and(BOT_INVITES.USED_AT.isNull())
                    .and(BOT_INVITES.EXPIRES_AT.gt(utc(now)))
                    .returningResult(BOT_INVITES.ADVERTISER_ID)
                    .fetchOptional(BOT_INVITES.ADVERTISER_ID);
            advertiserId.ifPresent(id -> tx.dsl()
                    .insertInto(ADVERTISER_CHATS, ADVERTISER_CHATS.CHAT_ID, ADVERTISER_CHATS.ADVERTISER_ID, ADVERTISER_CHATS.BOUND_AT)
                    .values(chatId, id, utc(now))
                    .onConflictDoNothing()
                    .execute());
            return advertiserId;
        });
    }

    @Override
    public boolean isUnusedInvite(String tokenHash) {
        return dsl.fetchExists(BOT_INVITES, BOT_INVITES.TOKEN_HASH.eq(tokenHash).and(BOT_INVITES.USED_AT.isNull()));
    }

    @Override
    public List<Advertiser> advertisersOf(long chatId) {
        return dsl.select(ADVERTISERS.ADVERTISER_ID, ADVERTISERS.NAME)
                .from(ADVERTISER_CHATS)
                .join(ADVERTISERS).on(ADVERTISERS.ADVERTISER_ID.eq(ADVERTISER_CHATS.ADVERTISER_ID))
                .where(ADVERTISER_CHATS.CHAT_ID.eq(chatId))
                .fetch(row -> new Advertiser(row.value1(), row.value2()));
    }

    @Override
    public boolean isBound(long chatId, UUID advertiserId) {
        return dsl.fetchExists(ADVERTISER_CHATS, ADVERTISER_CHATS.CHAT_ID.eq(chatId).and(ADVERTISER_CHATS.ADVERTISER_ID.eq(advertiserId)));
    }

    @Override
    public boolean isClaimedAdmin(long userId) {
        return dsl.fetchExists(BOT_ADMINS, BOT_ADMINS.USER_ID.eq(userId));
    }

    @Override
    public boolean anyClaimedAdmin() {
        return dsl.fetchExists(BOT_ADMINS);
    }

    /*
     * Two processes could each pass the NOT EXISTS at the same moment; both users then hold a
     * code the operator found in the logs, so both may be admins.
     */
    @Override
    public boolean claimFirstAdmin(long userId, Instant at) {
        return dsl.insertInto(BOT_ADMINS, BOT_ADMINS.USER_ID, BOT_ADMINS.CLAIMED_AT)
                .select(select(val(userId), val(utc(at)))
                        .whereNotExists(selectOne().from(BOT_ADMINS)))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void saveBotUsername(String username, Instant at) {
        dsl.insertInto(BOT_PROFILE, BOT_PROFILE.ID, BOT_PROFILE.USERNAME, BOT_PROFILE.UPDATED_AT)
                .values(true, username, utc(at))
                .onConflict(BOT_PROFILE.ID)
                .doUpdate()
                .set(BOT_PROFILE.USERNAME, excluded(BOT_PROFILE.USERNAME))
                .set(BOT_PROFILE.UPDATED_AT, excluded(BOT_PROFILE.UPDATED_AT))
                .execute();
    }

    @Override
    public Optional<String> botUsername() {
        return dsl.select(BOT_PROFILE.USERNAME)
                .from(BOT_PROFILE)
                .fetchOptional(BOT_PROFILE.USERNAME);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
