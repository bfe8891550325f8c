package adengine.persistence.ads;

import static adengine.persistence.schema.Tables.CAMPAIGNS;
import static adengine.persistence.schema.Tables.CAMPAIGN_COUNTERS;

import adengine.core.ads.Delivery;
import adengine.core.ads.Engagement;
import adengine.core.ads.LiveCampaign;
import adengine.core.ads.LiveCampaigns;
import adengine.core.ads.Market;
import adengine.core.ads.MarketVersion;
import adengine.core.campaign.Campaign;
import adengine.core.common.DependencyUnavailableException;
import adengine.persistence.campaign.JooqCampaignRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectFieldOrAsterisk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running campaigns of the current day in memory. Every campaign write, on any instance,
 * raises the campaigns' version in PostgreSQL (a trigger of migration V9), and every decision
 * reads the version with the client, so an edit is seen by the next decision everywhere without
 * a message between instances. Deliveries and engagement (what the click learning reads) are
 * refreshed in the background from the counters alone, since the campaigns themselves only change
 * with the version; this instance's own deliveries are applied as they commit.
 */
public final class CachedLiveCampaigns implements LiveCampaigns, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CachedLiveCampaigns.class);

    private final DSLContext dsl;
    private final ScheduledExecutorService refresher;
    private final AtomicLong loads = new AtomicLong();
    private volatile Snapshot snapshot;

    public CachedLiveCampaigns(DSLContext dsl, Duration deliveryRefresh) {
        this.dsl = Objects.requireNonNull(dsl);
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-campaigns-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long deliveryMillis = deliveryRefresh.toMillis();
        refresher.scheduleWithFixedDelay(this::refreshInBackground, deliveryMillis, deliveryMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public Market market(MarketVersion version) {
        Snapshot current = snapshot;
        if (current == null || version.supersedes(current.version)) {
            current = reload(version);
        }
        return current.market;
    }

    @Override
    public MarketVersion known() {
        Snapshot current = snapshot;
        return current == null ? null : current.version;
    }

    @Override
    public void delivered(UUID campaignId, Delivery delivery) {
        Snapshot current = snapshot;
        if (current != null) {
            current.market.deliver(campaignId, delivery);
        }
    }

    @Override
    public void withdrawn(UUID campaignId) {
        Snapshot current = snapshot;
        if (current != null) {
            current.market.withdraw(campaignId);
        }
    }

    @Override
    public void changed() {
        snapshot = null;
    }

    /** Campaigns in the current snapshot (0 before the first decision), for monitoring. */
    public int cachedCampaigns() {
        Snapshot current = snapshot;
        return current == null ? 0 : current.market.size();
    }

    /** How many times the campaigns were loaded from the database, for monitoring. */
    public long loads() {
        return loads.get();
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }

    private synchronized Snapshot reload(MarketVersion version) {
        Snapshot current = snapshot;
        if (current != null && !version.supersedes(current.version)) {
            return current;
        }
        Snapshot loaded = Snapshot.of(version, load(version.day()));
        snapshot = loaded;
        return loaded;
    }

    private void refreshInBackground() {
        try {
            Snapshot current = snapshot;
            if (current != null) {
                List<LiveCampaign> fresh = recount(current.version.day(), current.campaigns).stream()
                        .map(live -> keepNewest(live, current.market))
                        .toList();
                synchronized (this) {
                    if (snapshot == current) {
                        snapshot = Snapshot.of(current.version, fresh);
                    }
                }
            }
        } catch (DependencyUnavailableException e) {
            // the database is away (its breaker logged it): the next refresh tries again
        } catch (RuntimeException e) {
            LOG.warn("Refreshing live campaigns failed: {}", e.toString());
        }
    }

    private List<LiveCampaign> load(int day) {
        loads.incrementAndGet();
        return liveOn(day, CAMPAIGNS.asterisk())
                .fetch(row -> new LiveCampaign(JooqCampaignRepository.toCampaign(row.into(CAMPAIGNS)),
                        delivery(row), engagement(row)));
    }

    /** The known campaigns still live on {@code day} with their counters read afresh (not the campaigns' columns). */
    private List<LiveCampaign> recount(int day, Map<UUID, Campaign> known) {
        List<LiveCampaign> counted = new ArrayList<>(known.size());
        for (Record row : liveOn(day, CAMPAIGNS.CAMPAIGN_ID).fetch()) {
            Campaign campaign = known.get(row.get(CAMPAIGNS.CAMPAIGN_ID));
            if (campaign != null) {
                counted.add(new LiveCampaign(campaign, delivery(row), engagement(row)));
            }
        }
        return counted;
    }

    private SelectConditionStep<Record> liveOn(int day, SelectFieldOrAsterisk campaignFields) {
        return dsl.select(campaignFields, CAMPAIGN_COUNTERS.IMPRESSIONS, CAMPAIGN_COUNTERS.CLICKS,
                        CAMPAIGN_COUNTERS.IMPRESSIONS_BY_RELEVANCE, CAMPAIGN_COUNTERS.CLICKS_BY_RELEVANCE)
                .from(CAMPAIGNS)
                .join(CAMPAIGN_COUNTERS).on(CAMPAIGN_COUNTERS.CAMPAIGN_ID.eq(CAMPAIGNS.CAMPAIGN_ID))
                .where(CAMPAIGNS.DELETED_AT.isNull())
                .and(CAMPAIGNS.PAUSED.isFalse())
                .and(CAMPAIGNS.START_DATE.le(day))
                .and(CAMPAIGNS.END_DATE.ge(day));
    }

    private static Delivery delivery(Record row) {
        return new Delivery(row.get(CAMPAIGN_COUNTERS.IMPRESSIONS), row.get(CAMPAIGN_COUNTERS.CLICKS));
    }

    private static Engagement engagement(Record row) {
        return new Engagement(counts(row.get(CAMPAIGN_COUNTERS.IMPRESSIONS_BY_RELEVANCE)),
                counts(row.get(CAMPAIGN_COUNTERS.CLICKS_BY_RELEVANCE)));
    }

    private static int[] counts(Integer[] byBin) {
        int[] counts = new int[byBin.length];
        for (int i = 0; i < byBin.length; i++) {
            counts[i] = byBin[i] == null ? 0 : byBin[i];
        }
        return counts;
    }

    /** Counts only grow: a background read may be older than an event this instance just committed. */
    private static LiveCampaign keepNewest(LiveCampaign loaded, Market known) {
        Delivery local = known.deliveryOf(loaded.campaign().campaignId());
        return local == null ? loaded : new LiveCampaign(loaded.campaign(), new Delivery(
                Math.max(loaded.delivery().impressions(), local.impressions()),
                Math.max(loaded.delivery().clicks(), local.clicks())), loaded.engagement());
    }

    /** The campaigns of one version of the market by id, kept to rebuild it when only the counters moved. */
    private record Snapshot(MarketVersion version, Map<UUID, Campaign> campaigns, Market market) {
        static Snapshot of(MarketVersion version, List<LiveCampaign> live) {
            Map<UUID, Campaign> campaigns = new HashMap<>();
            live.forEach(campaign -> campaigns.put(campaign.campaign().campaignId(), campaign.campaign()));
            return new Snapshot(version, campaigns, new Market(live));
        }
    }
}
