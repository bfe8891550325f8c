package adengine.persistence.campaign;

import static adengine.persistence.schema.Tables.CAMPAIGNS;
import static adengine.persistence.schema.Tables.CAMPAIGN_COUNTERS;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignRepository;
import adengine.core.campaign.CampaignScope;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.ListedCampaign;
import adengine.core.campaign.Targeting;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import adengine.persistence.db.SearchConditions;
import adengine.persistence.schema.tables.records.CampaignsRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.RecordMapper;
import org.jooq.impl.DSL;

/**
 * Campaigns in PostgreSQL; deletion only stamps {@code deleted_at}, so the ledger keeps its campaign
 * and the list of every campaign can still show it.
 */
public final class JooqCampaignRepository implements CampaignRepository {
    private final DSLContext dsl;

    public JooqCampaignRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public void insert(Campaign campaign) {
        dsl.transaction(tx -> {
            CampaignsRecord row = tx.dsl().newRecord(CAMPAIGNS);
            row.setCampaignId(campaign.campaignId());
            row.setAdvertiserId(campaign.advertiserId());
            write(campaign, row);
            row.insert();
            tx.dsl().insertInto(CAMPAIGN_COUNTERS, CAMPAIGN_COUNTERS.CAMPAIGN_ID).values(campaign.campaignId()).execute();
        });
    }

    @Override
    public Optional<Campaign> find(UUID advertiserId, UUID campaignId) {
        return dsl.selectFrom(CAMPAIGNS)
                .where(live(advertiserId, campaignId))
                .fetchOptional(JooqCampaignRepository::toCampaign);
    }

    @Override
    public Optional<Campaign> findById(UUID campaignId) {
        return dsl.selectFrom(CAMPAIGNS)
                .where(CAMPAIGNS.CAMPAIGN_ID.eq(campaignId))
                .and(CAMPAIGNS.DELETED_AT.isNull())
                .fetchOptional(JooqCampaignRepository::toCampaign);
    }

    @Override
    public Page<Campaign> page(UUID advertiserId, PageRequest request) {
        return newestFirst(CAMPAIGNS.ADVERTISER_ID.eq(advertiserId).and(CAMPAIGNS.DELETED_AT.isNull()), request,
                JooqCampaignRepository::toCampaign);
    }

    @Override
    public Page<ListedCampaign> page(UUID advertiserId, CampaignScope scope, SearchTerm title, int today, PageRequest request) {
        Condition listed = CAMPAIGNS.ADVERTISER_ID.eq(advertiserId)
                .and(inScope(scope, today))
                .and(SearchConditions.contains(CAMPAIGNS.AD_TITLE, title));
        return newestFirst(listed, request, row -> new ListedCampaign(toCampaign(row), row.getDeletedAt() != null));
    }

    private static Condition inScope(CampaignScope scope, int today) {
        return switch (scope) {
            case ACTIVE -> CAMPAIGNS.DELETED_AT.isNull().and(CAMPAIGNS.END_DATE.ge(today));
            case FINISHED -> CAMPAIGNS.DELETED_AT.isNull().and(CAMPAIGNS.END_DATE.lt(today));
            case ALL -> DSL.noCondition();
        };
    }

    private <T> Page<T> newestFirst(Condition listed, PageRequest request, RecordMapper<CampaignsRecord, T> item) {
        List<T> items = dsl.selectFrom(CAMPAIGNS)
                .where(listed)
                .orderBy(CAMPAIGNS.CREATED_AT.desc(), CAMPAIGNS.CAMPAIGN_ID)
                .limit(request.size())
                .offset(request.offset())
                .fetch(item);
        return new Page<>(items, dsl.fetchCount(CAMPAIGNS, listed));
    }

    @Override
    public Optional<Campaign> update(UUID advertiserId, UUID campaignId, UnaryOperator<Campaign> change) {
        return dsl.transactionResult(tx -> {
            CampaignsRecord row = tx.dsl()
                    .selectFrom(CAMPAIGNS)
                    .where(live(advertiserId, campaignId))
                    .forUpdate()
                    .fetchOne();
            if (row == null) {
                return Optional.empty();
            }
            Campaign changed = change.apply(toCampaign(row));
            write(changed, row);
            row.update();
            return Optional.of(changed);
        });
    }

    @Override
    public boolean replaceImageKey(UUID campaignId, String expected, String key) {
        return dsl.update(CAMPAIGNS)
                .set(CAMPAIGNS.IMAGE_KEY, key)
                .where(CAMPAIGNS.CAMPAIGN_ID.eq(campaignId))
                .and(CAMPAIGNS.DELETED_AT.isNull())
                .and(CAMPAIGNS.IMAGE_KEY.isNotDistinctFrom(expected))
                .execute() == 1;
    }

    @Override
    public boolean delete(UUID advertiserId, UUID campaignId) {
        return dsl.update(CAMPAIGNS)
                .set(CAMPAIGNS.DELETED_AT, DSL.currentOffsetDateTime())
                .where(live(advertiserId, campaignId))
                .execute() == 1;
    }

    private static Condition live(UUID advertiserId, UUID campaignId) {
        return CAMPAIGNS.CAMPAIGN_ID.eq(campaignId)
                .and(CAMPAIGNS.ADVERTISER_ID.eq(advertiserId))
                .and(CAMPAIGNS.DELETED_AT.isNull());
    }

    private static void write(Campaign campaign, CampaignsRecord row) {
        CampaignSpec spec = campaign.spec();
        Targeting targeting = spec.targeting();
        row.setImpressionsLimit(spec.impressionsLimit());
        row.setClicksLimit(spec.clicksLimit());
        row.setCostPerImpression(spec.costPerImpression());
        row.setCostPerClick(spec.costPerClick());
        row.setAdTitle(spec.adTitle());
        row.setAdText(spec.adText());
        row.setStartDate(spec.startDate());
        row.setEndDate(spec.endDate());
        row.setTargetGender(targeting.gender() == null ? null : targeting.gender().name());
        row.setTargetAgeFrom(targeting.ageFrom());
        row.setTargetAgeTo(targeting.ageTo());
        row.setTargetLocation(targeting.location());
        row.setImageKey(campaign.imageKey());
        row.setPaused(campaign.paused());
    }

    /** The domain campaign of a row; shared with the readers of live campaigns. */
    public static Campaign toCampaign(CampaignsRecord row) {
        Targeting targeting = new Targeting(
                row.getTargetGender() == null ? null : TargetGender.valueOf(row.getTargetGender()),
                row.getTargetAgeFrom(),
                row.getTargetAgeTo(),
                row.getTargetLocation());
        CampaignSpec spec = new CampaignSpec(
                row.getImpressionsLimit(),
                row.getClicksLimit(),
                row.getCostPerImpression(),
                row.getCostPerClick(),
                row.getAdTitle(),
                row.getAdText(),
                row.getStartDate(),
                row.getEndDate(),
                targeting);
        return new Campaign(row.getCampaignId(), row.getAdvertiserId(), spec, row.getImageKey(), row.getPaused());
    }
}
