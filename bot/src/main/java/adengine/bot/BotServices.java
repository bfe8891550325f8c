package adengine.bot;

import adengine.core.access.AccessService;
import adengine.core.notice.CampaignNotices;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.campaign.CampaignService;
import adengine.core.conversation.ConversationStore;
import adengine.core.image.ImageService;
import adengine.core.moderation.ModerationService;
import adengine.core.stats.StatsService;
import adengine.core.textgen.TextGenerationService;
import adengine.core.time.TimeService;

/** The use cases the bot calls: the same in-process command layer as the REST API. */
public record BotServices(
        CampaignService campaigns,
        AdvertiserService advertisers,
        StatsService stats,
        ImageService images,
        ModerationService moderation,
        TextGenerationService textGeneration,
        TimeService time,
        AccessService access,
        CampaignNotices notices,
        ConversationStore conversations) {
}
