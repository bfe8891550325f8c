package adengine.persistence.ads;

import static adengine.persistence.schema.Tables.CAMPAIGNS;
import static adengine.persistence.schema.Tables.CAMPAIGN_COUNTERS;
import static adengine.persistence.schema.Tables.CAMPAIGN_DAILY_STATS;
import static adengine.persistence.schema.Tables.CLICKS;
import static adengine.persistence.schema.Tables.IMPRESSIONS;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import adengine.core.ads.ClickOutcome;
import adengine.core.ads.ClientHistory;
import adengine.core.ads.Delivery;
import adengine.core.ads.ImpressionOutcome;
import adengine.core.ads.Ledger;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.SQLDataType;

/**
 * The ledger in PostgreSQL. Recording an event is one transaction: the ledger row (its primary
 * key makes it unique per campaign and client, its price is read from the campaign in the same
 * statement), then the campaign's counter row, updated only while the cap allows it (the row
 * lock serialises concurrent events of one campaign, on every instance), then the day's
 * aggregate. When the cap refuses, the transaction is rolled back and nothing is left behind.
 */
public final class JooqLedger implements Ledger {
    private final DSLContext dsl;

    public JooqLedger(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public ClientHistory historyOf(UUID clientId) {
        Set<UUID> seen = new HashSet<>();
        Set<UUID> clicked = new HashSet<>();
        dsl.select(IMPRESSIONS.CAMPAIGN_ID, CLICKS.CAMPAIGN_ID)
                .from(IMPRESSIONS)
                .leftJoin(CLICKS)
                .on(CLICKS.CAMPAIGN_ID.eq(IMPRESSIONS.CAMPAIGN_ID).and(CLICKS.CLIENT_ID.eq(IMPRESSIONS.CLIENT_ID)))
                .where(IMPRESSIONS.CLIENT_ID.eq(clientId))
                .forEach(row -> {
                    seen.add(row.value1());
                    if (row.value2() != null) {
                        clicked.add(row.value2());
                    }
                });
        return new ClientHistory(seen, clicked);
    }

    @Override
    public ImpressionOutcome recordImpression(UUID campaignId, UUID clientId, int day) {
        try {
            return dsl.transactionResult(tx -> {
                DSLContext db = tx.dsl();
                BigDecimal price = db.insertInto(IMPRESSIONS, IMPRESSIONS.CAMPAIGN_ID, IMPRESSIONS.CLIENT_ID, IMPRESSIONS.DAY, IMPRESSIONS.PRICE)
                        .select(select(CAMPAIGNS.CAMPAIGN_ID, val(clientId), val(day), CAMPAIGNS.COST_PER_IMPRESSION)
                                .from(CAMPAIGNS)
                                .where(CAMPAIGNS.CAMPAIGN_ID.eq(campaignId))
                                .and(CAMPAIGNS.DELETED_AT.isNull())
                                .and(CAMPAIGNS.START_DATE.le(day))
                                .and(CAMPAIGNS.END_DATE.ge(day)))
                        .onConflictDoNothing()
                        .returningResult(IMPRESSIONS.PRICE)
                        .fetchOne(IMPRESSIONS.PRICE);
                if (price == null) {
                    return seen(db, campaignId, clientId) ? new ImpressionOutcome.AlreadySeen() : new ImpressionOutcome.Refused();
                }
                Record2<Integer, Integer> delivery = db.update(CAMPAIGN_COUNTERS)
                        .set(CAMPAIGN_COUNTERS.IMPRESSIONS, CAMPAIGN_COUNTERS.IMPRESSIONS.plus(1))
                        .from(CAMPAIGNS)
                        .where(CAMPAIGN_COUNTERS.CAMPAIGN_ID.eq(campaignId))
                        .and(CAMPAIGNS.CAMPAIGN_ID.eq(CAMPAIGN_COUNTERS.CAMPAIGN_ID))
                        .and(wide(CAMPAIGN_COUNTERS.IMPRESSIONS).plus(1).mul(100).lt(wide(CAMPAIGNS.IMPRESSIONS_LIMIT).mul(105)))
                        .and(CAMPAIGN_COUNTERS.CLICKS.lt(CAMPAIGNS.CLICKS_LIMIT))
                        .returningResult(CAMPAIGN_COUNTERS.IMPRESSIONS, CAMPAIGN_COUNTERS.CLICKS)
                        .fetchOne();
                if (delivery == null) {
                    throw new CapReached();
                }
                db.insertInto(CAMPAIGN_DAILY_STATS, CAMPAIGN_DAILY_STATS.CAMPAIGN_ID, CAMPAIGN_DAILY_STATS.DAY,
                                CAMPAIGN_DAILY_STATS.IMPRESSIONS, CAMPAIGN_DAILY_STATS.SPENT_IMPRESSIONS)
                        .values(campaignId, day, 1, price)
                        .onConflict(CAMPAIGN_DAILY_STATS.CAMPAIGN_ID, CAMPAIGN_DAILY_STATS.DAY)
                        .doUpdate()
                        .set(CAMPAIGN_DAILY_STATS.IMPRESSIONS, CAMPAIGN_DAILY_STATS.IMPRESSIONS.plus(1))
                        .set(CAMPAIGN_DAILY_STATS.SPENT_IMPRESSIONS, CAMPAIGN_DAILY_STATS.SPENT_IMPRESSIONS.plus(price))
                        .execute();
                return new ImpressionOutcome.Recorded(new Delivery(delivery.value1(), delivery.value2()));
            });
        } catch (CapReached e) {
            return new ImpressionOutcome.Refused();
        }
    }

    @Override
    public ClickOutcome recordClick(UUID campaignId, UUID clientId, int day) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            BigDecimal price = db.insertInto(CLICKS, CLICKS.CAMPAIGN_ID, CLICKS.CLIENT_ID, CLICKS.DAY, CLICKS.PRICE)
                    .select(select(IMPRESSIONS.CAMPAIGN_ID, IMPRESSIONS.CLIENT_ID, val(day), CAMPAIGNS.COST_PER_CLICK)
                            .from(IMPRESSIONS)
                            .join(CAMPAIGNS).on(CAMPAIGNS.CAMPAIGN_ID.eq(IMPRESSIONS.CAMPAIGN_ID))
                            .where(IMPRESSIONS.CAMPAIGN_ID.eq(campaignId))
                            .and(IMPRESSIONS.CLIENT_ID.eq(clientId)))
                    .onConflictDoNothing()
                    .returningResult(CLICKS.PRICE)
                    .fetchOne(CLICKS.PRICE);
            if (price == null) {
                return seen(db, campaignId, clientId) ? new ClickOutcome.Duplicate() : new ClickOutcome.NotShown();
            }
            Record2<Integer, Integer> delivery = db.update(CAMPAIGN_COUNTERS)
                    .set(CAMPAIGN_COUNTERS.CLICKS, CAMPAIGN_COUNTERS.CLICKS.plus(1))
                    .where(CAMPAIGN_COUNTERS.CAMPAIGN_ID.eq(campaignId))
                    .returningResult(CAMPAIGN_COUNTERS.IMPRESSIONS, CAMPAIGN_COUNTERS.CLICKS)
                    .fetchSingle();
            db.insertInto(CAMPAIGN_DAILY_STATS, CAMPAIGN_DAILY_STATS.CAMPAIGN_ID, CAMPAIGN_DAILY_STATS.DAY,
                            CAMPAIGN_DAILY_STATS.CLICKS, CAMPAIGN_DAILY_STATS.SPENT_CLICKS)
                    .values(campaignId, day, 1, price)
                    .onConflict(CAMPAIGN_DAILY_STATS.CAMPAIGN_ID, CAMPAIGN_DAILY_STATS.DAY)
                    .doUpdate()
                    .set(CAMPAIGN_DAILY_STATS.CLICKS, CAMPAIGN_DAILY_STATS.CLICKS.plus(1))
                    .set(CAMPAIGN_DAILY_STATS.SPENT_CLICKS, CAMPAIGN_DAILY_STATS.SPENT_CLICKS.plus(price))
                    .execute();
            return new ClickOutcome.Recorded(new Delivery(delivery.value1(), delivery.value2()));
        });
    }

    /** Whether an impression of the pair exists (for a click: then the click itself already exists). */
    private static boolean seen(DSLContext db, UUID campaignId, UUID clientId) {
        return db.fetchExists(IMPRESSIONS, IMPRESSIONS.CAMPAIGN_ID.eq(campaignId).and(IMPRESSIONS.CLIENT_ID.eq(clientId)));
    }

    /** Limits reach 2^31 - 1, so cap arithmetic is done in bigint. */
    private static Field<Long> wide(Field<Integer> count) {
        return count.cast(SQLDataType.BIGINT);
    }

    /** Rolls the impression's transaction back; cheap, as it carries no stack trace. */
    private static final class CapReached extends RuntimeException {
        CapReached() {
            super("cap reached", null, false, false);
        }
    }
}
