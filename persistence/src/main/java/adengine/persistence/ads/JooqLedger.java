package adengine.persistence.ads;

import static adengine.persistence.schema.Tables.CAMPAIGNS;
import static adengine.persistence.schema.Tables.CAMPAIGN_COUNTERS;

import adengine.core.ads.ClickOutcome;
import adengine.core.ads.DecisionBasis;
import adengine.core.ads.Delivery;
import adengine.core.ads.ImpressionOutcome;
import adengine.core.ads.Ledger;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The ledger in PostgreSQL. Events go through the {@link GroupCommit} writer: the database
 * functions (migrations V3, V6, V9, V10 and V13) insert each ledger row (its primary key makes it unique per
 * campaign and client; its price is read from the campaign in the same call), update the campaign's
 * counter row only while the cap allows it (the row lock serialises the events of one campaign on
 * every instance) and add the event to the day's aggregate. A call returns after the commit.
 */
public final class JooqLedger implements Ledger {
    private final DSLContext dsl;
    private final GroupCommit writer;

    public JooqLedger(DSLContext dsl, GroupCommit writer) {
        this.dsl = Objects.requireNonNull(dsl);
        this.writer = Objects.requireNonNull(writer);
    }

    @Override
    public ImpressionOutcome recordImpression(UUID campaignId, UUID clientId, int day, int relevanceBin) {
        return impressionOutcome(writer.record(GroupCommit.Event.impression(campaignId, clientId, day, relevanceBin)));
    }

    @Override
    public ImpressionOutcome recordImpressionIfCurrent(UUID campaignId, UUID clientId, int relevanceBin, DecisionBasis basis) {
        return impressionOutcome(writer.record(GroupCommit.Event.impressionIfCurrent(campaignId, clientId, relevanceBin, basis)));
    }

    private static ImpressionOutcome impressionOutcome(GroupCommit.Answer result) {
        return switch (result.outcome()) {
            case RECORDED -> new ImpressionOutcome.Recorded(result.delivery());
            case SEEN -> new ImpressionOutcome.AlreadySeen();
            case FULL -> new ImpressionOutcome.Full(result.delivery());
            case GONE -> new ImpressionOutcome.Gone();
            case STALE -> new ImpressionOutcome.Stale();
            case DUPLICATE, NOT_SHOWN -> throw new IllegalStateException("a click's outcome for an impression: " + result.outcome());
        };
    }

    /**
     * Read by the campaign's primary key alone, its liveness tested on the row: with the window in
     * the WHERE clause, a campaigns table without statistics let the planner test every campaign of
     * the day (see migration V13).
     */
    @Override
    public Optional<Delivery> deliveryOf(UUID campaignId, int day) {
        Field<Boolean> live = DSL.field(CAMPAIGNS.DELETED_AT.isNull().and(CAMPAIGNS.START_DATE.le(day)).and(CAMPAIGNS.END_DATE.ge(day)));
        return dsl.select(CAMPAIGN_COUNTERS.IMPRESSIONS, CAMPAIGN_COUNTERS.CLICKS, live)
                .from(CAMPAIGN_COUNTERS)
                .join(CAMPAIGNS).on(CAMPAIGNS.CAMPAIGN_ID.eq(CAMPAIGN_COUNTERS.CAMPAIGN_ID))
                .where(CAMPAIGNS.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional()
                .filter(row -> row.value3())
                .map(row -> new Delivery(row.value1(), row.value2()));
    }

    @Override
    public ClickOutcome recordClick(UUID campaignId, UUID clientId, int day) {
        GroupCommit.Answer result = writer.record(GroupCommit.Event.click(campaignId, clientId, day));
        return switch (result.outcome()) {
            case RECORDED -> new ClickOutcome.Recorded(result.delivery());
            case DUPLICATE -> new ClickOutcome.Duplicate();
            case NOT_SHOWN -> new ClickOutcome.NotShown();
            case SEEN, FULL, GONE, STALE -> throw new IllegalStateException("an impression's outcome for a click: " + result.outcome());
        };
    }
}
