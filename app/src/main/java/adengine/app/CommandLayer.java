package adengine.app;

import adengine.app.metrics.AdEngineMetrics;
import adengine.app.simulation.SyntheticTraffic;
import adengine.core.UseCases;
import adengine.core.access.AccessService;
import adengine.core.ads.AdRanking;
import adengine.core.ads.AdSelector;
import adengine.core.ads.AdService;
import adengine.core.ads.ProfileCache;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.campaign.CampaignService;
import adengine.core.client.ClientService;
import adengine.core.health.HealthService;
import adengine.core.image.ImageService;
import adengine.core.moderation.FallbackModerator;
import adengine.core.moderation.ModerationService;
import adengine.core.moderation.TextModerator;
import adengine.core.moderation.wordlist.WordListModerator;
import adengine.core.notice.CampaignNotices;
import adengine.core.notice.DailyDigests;
import adengine.core.score.MlScoreService;
import adengine.core.stats.StatsService;
import adengine.core.textgen.TextGenerationService;
import adengine.core.time.PlatformDay;
import adengine.core.time.TimeService;
import adengine.persistence.access.FileClaimCodeStore;
import adengine.persistence.access.JooqAccessRepository;
import adengine.persistence.ads.CachedLiveCampaigns;
import adengine.persistence.ads.GroupCommit;
import adengine.persistence.ads.JooqClientProfiles;
import adengine.persistence.ads.JooqLedger;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.campaign.JooqCampaignRepository;
import adengine.persistence.client.JooqClientRepository;
import adengine.persistence.image.MinioImageStore;
import adengine.persistence.llm.LanguageModel;
import adengine.persistence.llm.LlmAdTextGenerator;
import adengine.persistence.llm.LlmModerator;
import adengine.persistence.llm.NoLanguageModel;
import adengine.persistence.moderation.CachedModerationSwitch;
import adengine.persistence.notice.JooqCampaignNoticeRepository;
import adengine.persistence.notice.JooqDigestRepository;
import adengine.persistence.score.JooqMlScoreRepository;
import adengine.persistence.stats.JooqStatsRepository;
import adengine.persistence.time.CachedPlatformDay;
import java.time.Clock;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every use case over its repositories, the ledger and the language model: what both interfaces take. */
final class CommandLayer {
    private static final Logger LOG = LoggerFactory.getLogger(CommandLayer.class);
    /** In the data folder, readable by the program's account only, while the bot has no admin. */
    private static final String CLAIM_CODE_FILE = "bot-admin-claim-code";

    private CommandLayer() {
    }

    static UseCases build(AppConfig config, Connections connections, CachedLiveCampaigns live, ProfileCache profiles,
            AdEngineMetrics metrics, Resources resources) {
        DSLContext dsl = connections.database().dsl();
        PlatformDay day = new CachedPlatformDay(dsl, connections.redis());
        JooqCampaignRepository campaigns = new JooqCampaignRepository(dsl);
        ClientService clients = new ClientService(new JooqClientRepository(dsl));
        AdvertiserService advertisers = new AdvertiserService(new JooqAdvertiserRepository(dsl));
        ImageService images = new ImageService(campaigns, new MinioImageStore(connections.objectStore(), connections.bucket()), live);
        LanguageModel model = languageModel(config, metrics);
        ModerationService moderation = new ModerationService(new CachedModerationSwitch(dsl, connections.redis()), moderator(model));
        AccessService access = new AccessService(new JooqAccessRepository(dsl), advertisers, Clock.systemUTC(), config.botAdminIds(),
                new FileClaimCodeStore(config.dataDirectory().resolve(CLAIM_CODE_FILE)));
        AdService ads = new AdService(new JooqClientProfiles(dsl), profiles, clients, campaigns, live,
                new JooqLedger(dsl, resources.add(new GroupCommit(dsl))), day,
                new AdSelector(new AdRanking(), new SyntheticTraffic()), metrics);
        HealthService health = resources.add(connections.health());
        health.start();
        return new UseCases(
                clients,
                advertisers,
                new MlScoreService(new JooqMlScoreRepository(dsl)),
                new CampaignService(campaigns, advertisers, day, live, images::forget, moderation),
                new TimeService(day),
                ads,
                new StatsService(new JooqStatsRepository(dsl), advertisers, day),
                images,
                moderation,
                new TextGenerationService(model == null ? new NoLanguageModel() : new LlmAdTextGenerator(model), advertisers, moderation),
                access,
                new CampaignNotices(new JooqCampaignNoticeRepository(dsl), day, Clock.systemUTC()),
                new DailyDigests(new JooqDigestRepository(dsl), day, Clock.systemUTC()),
                health);
    }

    /** The configured language model, or null when none is. */
    private static LanguageModel languageModel(AppConfig config, AdEngineMetrics metrics) {
        if (config.languageModel() == null) {
            LOG.info("OPENAI_API_KEY is not set: moderation uses the word lists, text generation answers 503");
            return null;
        }
        LOG.info("Language model: {}", config.languageModel());
        return LanguageModel.connect(config.languageModel(), metrics);
    }

    /** The word lists alone without a language model; with one, the model first and the word lists when it fails. */
    private static TextModerator moderator(LanguageModel model) {
        TextModerator wordLists = new WordListModerator();
        return model == null ? wordLists : new FallbackModerator(new LlmModerator(model), wordLists);
    }
}
