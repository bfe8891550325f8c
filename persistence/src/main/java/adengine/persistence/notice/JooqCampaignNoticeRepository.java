package adengine.persistence.notice;

import static adengine.persistence.access.JooqAccessRepository.utc;
import static adengine.persistence.schema.Tables.ADVERTISER_CHATS;
import static adengine.persistence.schema.Tables.CAMPAIGNS;
import static adengine.persistence.schema.Tables.CAMPAIGN_COUNTERS;
import static adengine.persistence.schema.Tables.CAMPAIGN_NOTICES;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import adengine.core.notice.CampaignNoticeRepository;
import adengine.core.notice.Notice;
import adengine.core.notice.NoticeKind;
import adengine.persistence.access.JooqAccessRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Campaign notices from the campaigns, their counters and the chats with access to their advertiser;
 * the primary key of campaign_notices sends each once.
 */
public final class JooqCampaignNoticeRepository implements CampaignNoticeRepository {
    private final DSLContext dsl;

    public JooqCampaignNoticeRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public List<Notice> due(int today) {
        List<Notice> due = new ArrayList<>(due(NoticeKind.LIMIT_REACHED, CAMPAIGN_COUNTERS.IMPRESSIONS.ge(CAMPAIGNS.IMPRESSIONS_LIMIT)));
        due.addAll(due(NoticeKind.CLICKS_LIMIT_REACHED,
                CAMPAIGNS.CLICKS_LIMIT.gt(0).and(CAMPAIGN_COUNTERS.CLICKS.ge(CAMPAIGNS.CLICKS_LIMIT))));
        due.addAll(due(NoticeKind.ENDED, CAMPAIGNS.END_DATE.lt(today)));
        return due;
    }

    private List<Notice> due(NoticeKind kind, Condition reached) {
        return dsl.select(CAMPAIGNS.CAMPAIGN_ID, CAMPAIGNS.AD_TITLE, CAMPAIGNS.ADVERTISER_ID, Recipients.aggregated())
                .from(CAMPAIGNS)
                .join(CAMPAIGN_COUNTERS).on(CAMPAIGN_COUNTERS.CAMPAIGN_ID.eq(CAMPAIGNS.CAMPAIGN_ID))
                .join(ADVERTISER_CHATS).on(ADVERTISER_CHATS.ADVERTISER_ID.eq(CAMPAIGNS.ADVERTISER_ID))
                .where(CAMPAIGNS.DELETED_AT.isNull())
                .and(reached)
                .and(JooqAccessRepository.bindingGivesAccess())
                .andNotExists(selectOne()
                        .from(CAMPAIGN_NOTICES)
                        .where(CAMPAIGN_NOTICES.CAMPAIGN_ID.eq(CAMPAIGNS.CAMPAIGN_ID))
                        .and(CAMPAIGN_NOTICES.KIND.eq(kind.name())))
                .groupBy(CAMPAIGNS.CAMPAIGN_ID, CAMPAIGNS.AD_TITLE, CAMPAIGNS.ADVERTISER_ID)
                .orderBy(CAMPAIGNS.CAMPAIGN_ID)
                .fetch(row -> new Notice(row.value1(), row.value2(), row.value3(), kind, row.value4()));
    }

    @Override
    public boolean claim(UUID campaignId, NoticeKind kind, Instant at) {
        return dsl.insertInto(CAMPAIGN_NOTICES, CAMPAIGN_NOTICES.CAMPAIGN_ID, CAMPAIGN_NOTICES.KIND, CAMPAIGN_NOTICES.SENT_AT)
                .select(select(CAMPAIGNS.CAMPAIGN_ID, val(kind.name()), val(utc(at)))
                        .from(CAMPAIGNS)
                        .where(CAMPAIGNS.CAMPAIGN_ID.eq(campaignId)))
                .onConflictDoNothing()
                .execute() == 1;
    }
}
