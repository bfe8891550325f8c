package adengine.app;

import adengine.api.ApiServer;
import adengine.api.http.AdminAccess;
import adengine.app.metrics.AdEngineMetrics;
import adengine.app.metrics.MetricsServer;
import adengine.app.simulation.Simulator;
import adengine.app.simulation.SyntheticWorld;
import adengine.bot.Bot;
import adengine.core.UseCases;
import adengine.core.access.AccessService;
import adengine.core.ads.ProfileCache;
import adengine.core.health.HealthService;
import adengine.core.notice.CampaignNotices;
import adengine.persistence.ads.CachedLiveCampaigns;
import adengine.persistence.conversation.RedisConversationStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;

/** The whole program wired by constructors: infrastructure, use cases, the REST API, the Telegram bot, metrics and the simulation. */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** How stale another instance's deliveries may be in this one's decisions (the ledger re-checks caps). */
    private static final Duration DELIVERY_REFRESH = Duration.ofMillis(500);
    /** Client profiles kept in memory per instance (README, "Several instances, and what each keeps in memory", says what they weigh). */
    private static final int PROFILE_CACHE_CAPACITY = 100_000;
    /** A dialog left alone this long starts over. */
    private static final Duration CONVERSATION_EXPIRY = Duration.ofDays(1);

    private final Resources resources;
    private final ApiServer api;
    private final UseCases useCases;
    private final MetricsServer metricsServer;

    private Application(Resources resources, ApiServer api, UseCases useCases, MetricsServer metricsServer) {
        this.resources = resources;
        this.api = api;
        this.useCases = useCases;
        this.metricsServer = metricsServer;
    }

    public static Application start(AppConfig config) {
        Resources resources = new Resources();
        try {
            Connections connections = Connections.open(config, resources);
            CachedLiveCampaigns live = resources.add(new CachedLiveCampaigns(connections.database().dsl(), DELIVERY_REFRESH));
            ProfileCache profiles = new ProfileCache(PROFILE_CACHE_CAPACITY);
            PrometheusRegistry registry = new PrometheusRegistry();
            AdEngineMetrics metrics = new AdEngineMetrics(registry, connections.database(), live, profiles);
            MetricsServer metricsServer = resources.add(MetricsServer.start(config.metricsPort(), registry, AdminAccess.of(config.adminToken())));
            UseCases useCases = CommandLayer.build(config, connections, live, profiles, metrics, resources);
            Simulator simulator = resources.add(new Simulator(config.simulationEnabled(),
                    new SyntheticWorld(useCases.clients(), useCases.advertisers(), useCases.campaigns(), useCases.time()),
                    useCases.ads(), metrics));
            ApiServer api = resources.add(ApiServer.start(config.port(), config.adminToken(), config.serverLimits(),
                    config.dataDirectory().resolve("uploads"), useCases, simulator, metrics));
            LOG.info("Metrics at http://localhost:{}/metrics; the traffic simulation is {}", metricsServer.port(),
                    config.simulationEnabled() ? "allowed" : "off (SIMULATION_ENABLED is not true)");
            if (config.bot() == null) {
                LOG.info("TELEGRAM_BOT_TOKEN is not set: the Telegram bot is off, the REST API runs alone");
            } else {
                resources.add(Bot.start(config.bot(), useCases, new RedisConversationStore(connections.redis(), CONVERSATION_EXPIRY),
                        metrics::botUpdateHandled));
            }
            return new Application(resources, api, useCases, metricsServer);
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
        return useCases.access();
    }

    /** Notifications due to the chats of advertisers about their campaigns, each sent once. */
    public CampaignNotices campaignNotices() {
        return useCases.notices();
    }

    /** The readiness of the dependencies, probed in the background; what {@code GET /health} answers from. */
    public HealthService health() {
        return useCases.health();
    }

    public int metricsPort() {
        return metricsServer.port();
    }

    @Override
    public void close() {
        resources.close();
    }
}
