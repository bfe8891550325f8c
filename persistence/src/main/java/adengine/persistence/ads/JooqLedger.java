package adengine.persistence.ads;

import static adengine.persistence.schema.Tables.CAMPAIGNS;
import static adengine.persistence.schema.Tables.CAMPAIGN_COUNTERS;
import static adengine.persistence.schema.Tables.CLICKS;
import static adengine.persistence.schema.Tables.IMPRESSIONS;

import adengine.core.ads.ClickOutcome;
import adengine.core.ads.ClientHistory;
import adengine.core.ads.Delivery;
import adengine.core.ads.ImpressionOutcome;
import adengine.core.ads.Ledger;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The ledger in PostgreSQL. Each event is one call of a database function (migration V3) that,
 * in one transaction, inserts the ledger row (its primary key makes it unique per campaign and
 * client; its price is read from the campaign in the same statement), updates the campaign's
 * counter row only while the cap allows it (the row lock serialises concurrent events of one
 * campaign on every instance) and adds the event to the day's aggregate. The call returns after
 * the commit.
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
        Record result = call("record_impression", campaignId, clientId, day);
        return switch (result.get("outcome", String.class)) {
            case "recorded" -> new ImpressionOutcome.Recorded(delivery(result));
            case "seen" -> new ImpressionOutcome.AlreadySeen();
            case "full" -> new ImpressionOutcome.Unavailable(delivery(result));
            default -> new ImpressionOutcome.Unavailable(null);
        };
    }

    @Override
    public Optional<Delivery> deliveryOf(UUID campaignId, int day) {
        return dsl.select(CAMPAIGN_COUNTERS.IMPRESSIONS, CAMPAIGN_COUNTERS.CLICKS)
                .from(CAMPAIGN_COUNTERS)
                .join(CAMPAIGNS).on(CAMPAIGNS.CAMPAIGN_ID.eq(CAMPAIGN_COUNTERS.CAMPAIGN_ID))
                .where(CAMPAIGNS.CAMPAIGN_ID.eq(campaignId))
                .and(CAMPAIGNS.DELETED_AT.isNull())
                .and(CAMPAIGNS.START_DATE.le(day))
                .and(CAMPAIGNS.END_DATE.ge(day))
                .fetchOptional(row -> new Delivery(row.value1(), row.value2()));
    }

    @Override
    public ClickOutcome recordClick(UUID campaignId, UUID clientId, int day) {
        Record result = call("record_click", campaignId, clientId, day);
        return switch (result.get("outcome", String.class)) {
            case "recorded" -> new ClickOutcome.Recorded(delivery(result));
            case "duplicate" -> new ClickOutcome.Duplicate();
            default -> new ClickOutcome.NotShown();
        };
    }

    private Record call(String function, UUID campaignId, UUID clientId, int day) {
        return dsl.resultQuery("select outcome, impressions, clicks from " + function + "(?, ?, ?)", campaignId, clientId, day)
                .fetchSingle();
    }

    private static Delivery delivery(Record result) {
        return new Delivery(result.get("impressions", Integer.class), result.get("clicks", Integer.class));
    }
}
