package adengine.core;

import adengine.core.access.AccessService;
import adengine.core.ads.AdService;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.campaign.CampaignService;
import adengine.core.client.ClientService;
import adengine.core.health.HealthService;
import adengine.core.image.ImageService;
import adengine.core.moderation.ModerationService;
import adengine.core.notice.CampaignNotices;
import adengine.core.notice.DailyDigests;
import adengine.core.score.MlScoreService;
import adengine.core.stats.StatsService;
import adengine.core.textgen.TextGenerationService;
import adengine.core.time.TimeService;
import java.util.Objects;

/**
 * The command layer, one instance of each use case, built once by the application and taken by
 * both interfaces (the REST API and the Telegram bot), so the two cannot drift apart.
 */
public record UseCases(
        ClientService clients,
        AdvertiserService advertisers,
        MlScoreService scores,
        CampaignService campaigns,
        TimeService time,
        AdService ads,
        StatsService stats,
        ImageService images,
        ModerationService moderation,
        TextGenerationService texts,
        AccessService access,
        CampaignNotices notices,
        DailyDigests digests,
        HealthService health) {

    public UseCases {
        Objects.requireNonNull(clients);
        Objects.requireNonNull(advertisers);
        Objects.requireNonNull(scores);
        Objects.requireNonNull(campaigns);
        Objects.requireNonNull(time);
        Objects.requireNonNull(ads);
        Objects.requireNonNull(stats);
        Objects.requireNonNull(images);
        Objects.requireNonNull(moderation);
        Objects.requireNonNull(texts);
        Objects.requireNonNull(access);
        Objects.requireNonNull(notices);
        Objects.requireNonNull(digests);
        Objects.requireNonNull(health);
    }
}
