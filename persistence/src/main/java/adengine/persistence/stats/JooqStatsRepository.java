package adengine.persistence.stats;

import static adengine.persistence.schema.Tables.CAMPAIGNS;
import static adengine.persistence.schema.Tables.CAMPAIGN_DAILY_STATS;

import adengine.core.stats.CampaignActivity;
import adengine.core.stats.Stats;
import adengine.core.stats.StatsRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Statistics from the daily aggregates: one row per campaign and day, whatever the ledger's size. */
public final class JooqStatsRepository implements StatsRepository {
    private final DSLContext dsl;

    public JooqStatsRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public List<CampaignActivity> liveCampaigns(Collection<UUID> campaignIds) {
        return activities(CAMPAIGNS.CAMPAIGN_ID.in(campaignIds).and(CAMPAIGNS.DELETED_AT.isNull()));
    }

    @Override
    public List<CampaignActivity> advertiserCampaigns(UUID advertiserId) {
        return activities(CAMPAIGNS.ADVERTISER_ID.eq(advertiserId));
    }

    private List<CampaignActivity> activities(Condition campaigns) {
        Map<UUID, Record> campaignRows = new LinkedHashMap<>();
        Map<UUID, Map<Integer, Stats>> days = new HashMap<>();
        dsl.select(CAMPAIGNS.CAMPAIGN_ID, CAMPAIGNS.AD_TITLE, CAMPAIGNS.DELETED_AT, CAMPAIGNS.START_DATE, CAMPAIGNS.END_DATE,
                        CAMPAIGNS.IMPRESSIONS_LIMIT, CAMPAIGNS.CLICKS_LIMIT, CAMPAIGN_DAILY_STATS.DAY,
                        CAMPAIGN_DAILY_STATS.IMPRESSIONS, CAMPAIGN_DAILY_STATS.CLICKS,
                        CAMPAIGN_DAILY_STATS.SPENT_IMPRESSIONS, CAMPAIGN_DAILY_STATS.SPENT_CLICKS)
                .from(CAMPAIGNS)
                .leftJoin(CAMPAIGN_DAILY_STATS).on(CAMPAIGN_DAILY_STATS.CAMPAIGN_ID.eq(CAMPAIGNS.CAMPAIGN_ID))
                .where(campaigns)
                .orderBy(CAMPAIGNS.CREATED_AT.desc(), CAMPAIGNS.CAMPAIGN_ID)
                .forEach(row -> {
                    UUID id = row.get(CAMPAIGNS.CAMPAIGN_ID);
                    campaignRows.putIfAbsent(id, row);
                    Map<Integer, Stats> campaignDays = days.computeIfAbsent(id, key -> new HashMap<>());
                    if (row.get(CAMPAIGN_DAILY_STATS.DAY) != null) {
                        campaignDays.put(row.get(CAMPAIGN_DAILY_STATS.DAY), new Stats(
                                row.get(CAMPAIGN_DAILY_STATS.IMPRESSIONS),
                                row.get(CAMPAIGN_DAILY_STATS.CLICKS),
                                row.get(CAMPAIGN_DAILY_STATS.SPENT_IMPRESSIONS),
                                row.get(CAMPAIGN_DAILY_STATS.SPENT_CLICKS)));
                    }
                });
        return campaignRows.values().stream()
                .map(campaign -> new CampaignActivity(campaign.get(CAMPAIGNS.CAMPAIGN_ID), campaign.get(CAMPAIGNS.AD_TITLE),
                        campaign.get(CAMPAIGNS.DELETED_AT) != null, campaign.get(CAMPAIGNS.START_DATE),
                        campaign.get(CAMPAIGNS.END_DATE), campaign.get(CAMPAIGNS.IMPRESSIONS_LIMIT),
                        campaign.get(CAMPAIGNS.CLICKS_LIMIT), days.get(campaign.get(CAMPAIGNS.CAMPAIGN_ID))))
                .toList();
    }
}
