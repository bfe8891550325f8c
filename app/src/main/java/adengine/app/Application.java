package adengine.app;

import adengine.api.ApiServer;
import adengine.api.ApiServices;
import adengine.api.http.AdminAccess;
import adengine.bot.Bot;
import adengine.bot.BotServices;
import adengine.core.access.AccessService;
import adengine.core.notice.CampaignNotices;
import adengine.app.metrics.AdEngineMetrics;
import adengine.app.metrics.MetricsServer;
import adengine.app.simulation.Simulator;
import adengine.app.simulation.SyntheticTraffic;
import adengine.app.simulation.SyntheticWorld;
import adengine.core.ads.AdRanking;
import adengine.core.ads.AdSelector;
import adengine.core.ads.AdService;
import adengine.core.ads.ProfileCache;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.campaign.CampaignService;
import adengine.core.client.ClientService;
import adengine.core.health.CircuitBreaker;
import adengine.core.health.HealthService;
import adengine.core.image.ImageService;
import adengine.core.moderation.FallbackModerator;
import adengine.core.moderation.ModerationService;
import adengine.core.moderation.TextModerator;
import adengine.core.moderation.wordlist.WordListModerator;
import adengine.core.textgen.TextGenerationService;
import adengine.core.score.MlScoreService;
import adengine.core.stats.StatsService;
import adengine.core.time.PlatformDay;
import adengine.core.time.TimeService;
import adengine.persistence.access.FileClaimCodeStore;
import adengine.persistence.access.JooqAccessRepository;
import adengine.persistence.notice.JooqCampaignNoticeRepository;
import adengine.persistence.ads.CachedLiveCampaigns;
import adengine.persistence.ads.GroupCommit;
import adengine.persistence.ads.JooqClientProfiles;
import adengine.persistence.ads.JooqLedger;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.campaign.JooqCampaignRepository;
import adengine.persistence.client.JooqClientRepository;
import adengine.persistence.conversation.RedisConversationStore;
import adengine.persistence.db.Database;
import adengine.persistence.llm.LanguageModel;
import adengine.persistence.llm.LlmAdTextGenerator;
import adengine.persistence.llm.LlmModerator;
import adengine.persistence.llm.NoLanguageModel;
import adengine.persistence.moderation.CachedModerationSwitch;
import adengine.persistence.image.MinioImageStore;
import adengine.persistence.objectstore.ObjectStoreProbe;
import adengine.persistence.objectstore.ObjectStores;
import adengine.persistence.redis.Redis;
import adengine.persistence.redis.RedisGuard;
import adengine.persistence.score.JooqMlScoreRepository;
import adengine.persistence.stats.JooqStatsRepository;
import adengine.persistence.time.CachedPlatformDay;
import io.minio.MinioClient;
import java.time.Clock;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole program wired by constructors: infrastructure, use cases, the REST API, the Telegram bot, metrics and the simulation. */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** How stale another instance's deliveries may be in this one's decisions (the ledger re-checks caps). */
    private static final Duration DELIVERY_REFRESH = Duration.ofMillis(500);
    /** Client profiles kept in memory per instance (see README, "Speed of GET /ads" for what they weigh). */
    private static final int PROFILE_CACHE_CAPACITY = 100_000;
    /** A dialog left alone this long starts over. */
    private static final Duration CONVERSATION_EXPIRY = Duration.ofDays(1);
    /** In the data folder, readable by the program's account only, while the bot has no admin. */
    private static final String CLAIM_CODE_FILE = "bot-admin-claim-code";

    private final Resources resources;
    private final ApiServer api;
    private final AccessService access;
    private final CampaignNotices campaignNotices;
    private final MetricsServer metricsServer;
    private final HealthService health;

    private Application(Resources resources, ApiServer api, AccessService access, CampaignNotices campaignNotices,
            MetricsServer metricsServer, HealthService health) {
        this.resources = resources;
        this.api = api;
        this.access = access;
        this.campaignNotices = campaignNotices;
        this.metricsServer = metricsServer;
        this.health = health;
    }

    public static Application start(AppConfig config) {
        Resources resources = new Resources();
        try {
            ResolvedInfrastructure infrastructure = ResolvedInfrastructure.resolve(config, resources);
            Resilience resilience = config.resilience();
            Database database = resources.add(Database.open(infrastructure.database(), resilience.database(),
                    new CircuitBreaker("database", "PostgreSQL", resilience.breakerFailures())));
            RedissonClient redisson = Redis.connect(infrastructure.redis(), resilience.redis());
            resources.add(redisson::shutdown);
            RedisGuard redis = new RedisGuard(redisson, new CircuitBreaker("redis", "Redis", resilience.breakerFailures()));
            MinioClient minio = ObjectStores.connect(infrastructure.objectStore());
            DSLContext dsl = database.dsl();

            PlatformDay clock = new CachedPlatformDay(dsl, redis);
            CachedLiveCampaigns live = resources.add(new CachedLiveCampaigns(dsl, DELIVERY_REFRESH));
            PrometheusRegistry registry = new PrometheusRegistry();
            ProfileCache profiles = new ProfileCache(PROFILE_CACHE_CAPACITY);
            AdEngineMetrics metrics = new AdEngineMetrics(registry, database, live, profiles);
            MetricsServer metricsServer = resources.add(MetricsServer.start(config.metricsPort(), registry, AdminAccess.of(config.adminToken())));
            JooqCampaignRepository campaigns = new JooqCampaignRepository(dsl);
            ClientService clients = new ClientService(new JooqClientRepository(dsl));
            AdvertiserService advertisers = new AdvertiserService(new JooqAdvertiserRepository(dsl));
            ImageService images = new ImageService(campaigns, new MinioImageStore(minio, infrastructure.objectStore().bucket()), live);
            LanguageModel model = config.languageModel() == null ? null : LanguageModel.connect(config.languageModel(), metrics);
            TextModerator wordLists = new WordListModerator();
            ModerationService moderation = new ModerationService(new CachedModerationSwitch(dsl, redis),
                    model == null ? wordLists : new FallbackModerator(new LlmModerator(model), wordLists));
            if (model == null) {
                LOG.info("OPENAI_API_KEY is not set: moderation uses the word lists, text generation answers 503");
            } else {
                LOG.info("Language model: {}", config.languageModel());
            }
            AccessService access = new AccessService(new JooqAccessRepository(dsl), advertisers, Clock.systemUTC(), config.botAdminIds(),
                    new FileClaimCodeStore(config.dataDirectory().resolve(CLAIM_CODE_FILE)));
            CampaignNotices campaignNotices = new CampaignNotices(new JooqCampaignNoticeRepository(dsl), clock, Clock.systemUTC());
            AdService ads = new AdService(new JooqClientProfiles(dsl), profiles, clients, campaigns, live,
                    new JooqLedger(dsl, resources.add(new GroupCommit(dsl))), clock,
                    new AdSelector(new AdRanking(), new SyntheticTraffic()), metrics);
            CampaignService campaignService = new CampaignService(campaigns, advertisers, clock, live, images::forget, moderation);
            Simulator simulator = resources.add(new Simulator(config.simulationEnabled(),
                    new SyntheticWorld(clients, advertisers, campaignService, clock), ads, metrics));
            HealthService health = resources.add(new HealthService(List.of(
                    new HealthService.Dependency(database.probe(), database.breaker()),
                    new HealthService.Dependency(redis.probe(), redis.breaker()),
                    new HealthService.Dependency(new ObjectStoreProbe(minio, infrastructure.objectStore().bucket()), null)),
                    resilience.healthSchedule()));
            health.start();
            ApiServices services = new ApiServices(
                    clients,
                    advertisers,
                    new MlScoreService(new JooqMlScoreRepository(dsl)),
                    campaignService,
                    new TimeService(clock),
                    ads,
                    new StatsService(new JooqStatsRepository(dsl), advertisers, clock),
                    images,
                    moderation,
                    new TextGenerationService(model == null ? new NoLanguageModel() : new LlmAdTextGenerator(model),
                            advertisers, moderation),
                    access,
                    health,
                    simulator);
            ApiServer api = resources.add(ApiServer.start(config.port(), config.adminToken(), config.serverLimits(),
                    config.dataDirectory().resolve("uploads"), services, metrics));
            LOG.info("Metrics at http://localhost:{}/metrics; the traffic simulation is {}", metricsServer.port(),
                    config.simulationEnabled() ? "allowed" : "off (SIMULATION_ENABLED is not true)");
            if (config.bot() == null) {
                LOG.info("TELEGRAM_BOT_TOKEN is not set: the Telegram bot is off, the REST API runs alone");
            } else {
                resources.add(Bot.start(config.bot(), new BotServices(campaignService, advertisers, services.stats(), images,
                        moderation, services.texts(), services.time(), access, campaignNotices,
                        new RedisConversationStore(redis, CONVERSATION_EXPIRY)), metrics::botUpdateHandled));
            }
            return new Application(resources, api, access, campaignNotices, metricsServer, health);
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    public int port() {
        return api.port();
    }

    /** Who may use the Telegram bot for which advertiser: invites, bound chats, admins. */
    public AccessService access() {
        return access;
    }

    /** Notifications due to the chats of advertisers about their campaigns, each sent once. */
    public CampaignNotices campaignNotices() {
        return campaignNotices;
    }

    /** The readiness of the dependencies, probed in the background; what {@code GET /health} answers from. */
    public HealthService health() {
        return health;
    }

    public int metricsPort() {
        return metricsServer.port();
    }

    @Override
    public void close() {
        resources.close();
    }
}
