package adengine.persistence.access;

import static adengine.persistence.schema.Tables.ADVERTISERS;
import static adengine.persistence.schema.Tables.ADVERTISER_CHATS;
import static adengine.persistence.schema.Tables.BOT_ADMINS;
import static adengine.persistence.schema.Tables.BOT_ALLOWED_GROUPS;
import static adengine.persistence.schema.Tables.BOT_INVITES;
import static adengine.persistence.schema.Tables.BOT_PROFILE;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import adengine.core.access.AccessRepository;
import adengine.core.access.BoundAdvertiser;
import adengine.core.access.ChatBinding;
import adengine.core.access.ChatKind;
import adengine.core.access.IssuedInvite;
import adengine.core.advertiser.Advertiser;
import adengine.persistence.schema.tables.records.BotInvitesRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Bot access in PostgreSQL: invites by id and token hash, chats bound to advertisers, the groups
 * admins allowed, claimed admins, the bot's username.
 */
public final class JooqAccessRepository implements AccessRepository {
    private final DSLContext dsl;

    public JooqAccessRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Whether a row of advertiser_chats gives access now: a private chat's always, a group's while the group is allowed. */
    public static Condition bindingGivesAccess() {
        return ADVERTISER_CHATS.CHAT_TYPE.eq(ChatKind.PRIVATE.name())
                .or(exists(selectOne()
                        .from(BOT_ALLOWED_GROUPS)
                        .where(BOT_ALLOWED_GROUPS.CHAT_ID.eq(ADVERTISER_CHATS.CHAT_ID))));
    }

    @Override
    public void insertInvite(UUID inviteId, String tokenHash, UUID advertiserId, Instant createdAt, Instant expiresAt) {
        dsl.insertInto(BOT_INVITES, BOT_INVITES.INVITE_ID, BOT_INVITES.TOKEN_HASH, BOT_INVITES.ADVERTISER_ID, BOT_INVITES.CREATED_AT,
                        BOT_INVITES.EXPIRES_AT)
                .values(inviteId, tokenHash, advertiserId, utc(createdAt), utc(expiresAt))
                .execute();
    }

    /** The conditional update takes the row lock: a concurrent use or revocation waits, then finds the invite taken. */
    @Override
    public Optional<UUID> useInvite(String tokenHash, long chatId, ChatKind kind, String language, Instant now) {
        return dsl.transactionResult(tx -> {
            Optional<UUID> advertiserId = tx.dsl()
                    .update(BOT_INVITES)
                    .set(BOT_INVITES.USED_AT, utc(now))
                    .set(BOT_INVITES.USED_BY_CHAT, chatId)
                    .where(BOT_INVITES.TOKEN_HASH.eq(tokenHash))
                    .and(BOT_INVITES.USED_AT.isNull())
                    .and(BOT_INVITES.REVOKED_AT.isNull())
                    .and(BOT_INVITES.EXPIRES_AT.gt(utc(now)))
                    .returningResult(BOT_INVITES.ADVERTISER_ID)
                    .fetchOptional(BOT_INVITES.ADVERTISER_ID);
            advertiserId.ifPresent(id -> tx.dsl()
                    .insertInto(ADVERTISER_CHATS, ADVERTISER_CHATS.CHAT_ID, ADVERTISER_CHATS.ADVERTISER_ID, ADVERTISER_CHATS.CHAT_TYPE,
                            ADVERTISER_CHATS.LANGUAGE, ADVERTISER_CHATS.BOUND_AT)
                    .values(chatId, id, kind.name(), language, utc(now))
                    .onConflictDoNothing()
                    .execute());
            return advertiserId;
        });
    }

    @Override
    public boolean isUnusedInvite(String tokenHash) {
        return dsl.fetchExists(BOT_INVITES, BOT_INVITES.TOKEN_HASH.eq(tokenHash)
                .and(BOT_INVITES.USED_AT.isNull())
                .and(BOT_INVITES.REVOKED_AT.isNull()));
    }

    @Override
    public List<IssuedInvite> openInvites(UUID advertiserId, Instant now) {
        return dsl.selectFrom(BOT_INVITES)
                .where(BOT_INVITES.ADVERTISER_ID.eq(advertiserId))
                .and(BOT_INVITES.USED_AT.isNull())
                .and(BOT_INVITES.REVOKED_AT.isNull())
                .and(BOT_INVITES.EXPIRES_AT.gt(utc(now)))
                .orderBy(BOT_INVITES.CREATED_AT, BOT_INVITES.INVITE_ID)
                .fetch(JooqAccessRepository::invite);
    }

    @Override
    public Optional<IssuedInvite> findInvite(UUID inviteId) {
        return dsl.selectFrom(BOT_INVITES)
                .where(BOT_INVITES.INVITE_ID.eq(inviteId))
                .fetchOptional(JooqAccessRepository::invite);
    }

    private static IssuedInvite invite(BotInvitesRecord row) {
        return new IssuedInvite(row.getInviteId(), row.getAdvertiserId(), row.getCreatedAt().toInstant(), row.getExpiresAt().toInstant(),
                row.getUsedAt() != null, row.getRevokedAt() != null);
    }

    @Override
    public boolean revokeInvite(UUID inviteId, Instant at) {
        return dsl.update(BOT_INVITES)
                .set(BOT_INVITES.REVOKED_AT, utc(at))
                .where(BOT_INVITES.INVITE_ID.eq(inviteId))
                .and(BOT_INVITES.USED_AT.isNull())
                .and(BOT_INVITES.REVOKED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public List<BoundAdvertiser> advertisersOf(long chatId) {
        return dsl.select(ADVERTISERS.ADVERTISER_ID, ADVERTISERS.NAME, ADVERTISER_CHATS.LANGUAGE)
                .from(ADVERTISER_CHATS)
                .join(ADVERTISERS).on(ADVERTISERS.ADVERTISER_ID.eq(ADVERTISER_CHATS.ADVERTISER_ID))
                .where(ADVERTISER_CHATS.CHAT_ID.eq(chatId))
                .and(bindingGivesAccess())
                .fetch(row -> new BoundAdvertiser(new Advertiser(row.value1(), row.value2()), row.value3()));
    }

    @Override
    public boolean hasAccess(long chatId, UUID advertiserId) {
        return dsl.fetchExists(ADVERTISER_CHATS, ADVERTISER_CHATS.CHAT_ID.eq(chatId)
                .and(ADVERTISER_CHATS.ADVERTISER_ID.eq(advertiserId))
                .and(bindingGivesAccess()));
    }

    @Override
    public List<ChatBinding> chatsOf(UUID advertiserId) {
        return dsl.select(ADVERTISER_CHATS.CHAT_ID, ADVERTISER_CHATS.CHAT_TYPE, ADVERTISER_CHATS.LANGUAGE, ADVERTISER_CHATS.BOUND_AT,
                        bindingGivesAccess())
                .from(ADVERTISER_CHATS)
                .where(ADVERTISER_CHATS.ADVERTISER_ID.eq(advertiserId))
                .orderBy(ADVERTISER_CHATS.BOUND_AT, ADVERTISER_CHATS.CHAT_ID)
                .fetch(row -> new ChatBinding(row.value1(), advertiserId, ChatKind.valueOf(row.value2()), row.value3(),
                        row.value4().toInstant(), row.value5()));
    }

    /** A binding already in the language is left alone: most updates change nothing, and then nothing is written. */
    @Override
    public void setLanguage(long chatId, String language) {
        dsl.update(ADVERTISER_CHATS)
                .set(ADVERTISER_CHATS.LANGUAGE, language)
                .where(ADVERTISER_CHATS.CHAT_ID.eq(chatId))
                .and(ADVERTISER_CHATS.LANGUAGE.ne(language))
                .execute();
    }

    @Override
    public boolean unbind(long chatId, UUID advertiserId) {
        return dsl.deleteFrom(ADVERTISER_CHATS)
                .where(ADVERTISER_CHATS.CHAT_ID.eq(chatId))
                .and(ADVERTISER_CHATS.ADVERTISER_ID.eq(advertiserId))
                .execute() == 1;
    }

    @Override
    public void allowGroup(long chatId, long adminUserId, Instant at) {
        dsl.insertInto(BOT_ALLOWED_GROUPS, BOT_ALLOWED_GROUPS.CHAT_ID, BOT_ALLOWED_GROUPS.ALLOWED_BY, BOT_ALLOWED_GROUPS.ALLOWED_AT)
                .values(chatId, adminUserId, utc(at))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public boolean disallowGroup(long chatId) {
        return dsl.transactionResult(tx -> {
            int permissions = tx.dsl()
                    .deleteFrom(BOT_ALLOWED_GROUPS)
                    .where(BOT_ALLOWED_GROUPS.CHAT_ID.eq(chatId))
                    .execute();
            int bindings = tx.dsl()
                    .deleteFrom(ADVERTISER_CHATS)
                    .where(ADVERTISER_CHATS.CHAT_ID.eq(chatId))
                    .execute();
            return permissions + bindings > 0;
        });
    }

    @Override
    public boolean isAllowedGroup(long chatId) {
        return dsl.fetchExists(BOT_ALLOWED_GROUPS, BOT_ALLOWED_GROUPS.CHAT_ID.eq(chatId));
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
     * Two processes could each pass the NOT EXISTS at the same moment; both users then hold the
     * code the operator read in the data folder, so both may be admins.
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

    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
