package adengine.app.metrics;

import adengine.api.http.RequestObserver;
import adengine.core.ads.AdEventListener;
import adengine.core.ads.ProfileCache;
import adengine.persistence.ads.CachedLiveCampaigns;
import adengine.persistence.db.Database;
import adengine.persistence.db.PoolState;
import adengine.persistence.llm.LanguageModelObserver;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Every metric of AdEngine, declared here by name and nowhere else (the catalog is
 * {@code monitoring/metrics.txt}). The domain, the REST API and the language model report through
 * the listener ports they define; this class turns their events into Prometheus series. Money and
 * events are labelled by advertiser and campaign, never by client, to keep the series few.
 */
public final class AdEngineMetrics implements AdEventListener, RequestObserver, LanguageModelObserver {
    private static final Set<String> BOT_UPDATE_TYPES = Set.of("message", "callback", "other");
    private static final double[] LLM_SECONDS = {0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60};

    private final Counter httpRequests;
    private final Histogram httpDuration;
    private final Counter apiErrors;
    private final Counter decisions;
    private final Histogram decisionDuration;
    private final Counter impressions;
    private final Counter clicks;
    private final Counter impressionRevenue;
    private final Counter clickRevenue;
    private final Counter clicksRejected;
    private final Counter llmRequests;
    private final Histogram llmDuration;
    private final Counter botUpdates;
    private final Histogram botDuration;
    private final Counter simulationRequests;
    private final Gauge simulationRunning;

    /** What a simulated visit ended in. */
    public enum SimulationOutcome {
        SERVED, NONE, CLICK
    }

    public AdEngineMetrics(PrometheusRegistry registry, Database database, CachedLiveCampaigns live, ProfileCache profiles) {
        JvmMetrics.builder().register(registry);
        httpRequests = Counter.builder().name("http_server_requests_total")
                .help("REST API requests by route template and status")
                .labelNames("method", "route", "status").register(registry);
        httpDuration = Histogram.builder().name("http_server_request_duration_seconds").classicOnly()
                .help("REST API request duration by route template and status")
                .labelNames("method", "route", "status").register(registry);
        apiErrors = Counter.builder().name("api_errors_total")
                .help("error bodies sent by the REST API, by status and machine code")
                .labelNames("status", "error").register(registry);
        decisions = Counter.builder().name("ad_decisions_total")
                .help("ad decisions of GET /ads by outcome: a new impression, a repeat, or no ad")
                .labelNames("outcome").register(registry);
        initialise(decisions, DecisionOutcome.values());
        decisionDuration = Histogram.builder().name("ad_decision_duration_seconds").classicOnly()
                .help("in-process duration of a GET /ads decision, ledger commit included")
                .register(registry);
        impressions = campaignCounter(registry, "ad_impressions_total", "committed impressions");
        clicks = campaignCounter(registry, "ad_clicks_total", "committed first clicks");
        impressionRevenue = campaignCounter(registry, "ad_impression_revenue_total", "money charged for committed impressions");
        clickRevenue = campaignCounter(registry, "ad_click_revenue_total", "money charged for committed clicks");
        clicksRejected = Counter.builder().name("ad_clicks_rejected_total")
                .help("click reports not recorded, by reason")
                .labelNames("reason").register(registry);
        initialise(clicksRejected, ClickRejection.values());
        llmRequests = Counter.builder().name("llm_requests_total")
                .help("language model calls by purpose and outcome")
                .labelNames("purpose", "outcome").register(registry);
        llmDuration = Histogram.builder().name("llm_request_duration_seconds").classicOnly()
                .classicUpperBounds(LLM_SECONDS)
                .help("language model call duration by purpose")
                .labelNames("purpose").register(registry);
        for (Purpose purpose : Purpose.values()) {
            llmRequests.initLabelValues(label(purpose), "ok");
            llmRequests.initLabelValues(label(purpose), "error");
            llmDuration.initLabelValues(label(purpose));
        }
        botUpdates = Counter.builder().name("bot_updates_total")
                .help("Telegram updates handled by type")
                .labelNames("type").register(registry);
        botDuration = Histogram.builder().name("bot_update_duration_seconds").classicOnly()
                .help("Telegram update handling duration by type")
                .labelNames("type").register(registry);
        for (String type : BOT_UPDATE_TYPES) {
            botUpdates.initLabelValues(type);
            botDuration.initLabelValues(type);
        }
        GaugeWithCallback.builder().name("db_pool_connections")
                .help("database pool connections by state; pending counts threads waiting for one")
                .labelNames("state")
                .callback(callback -> {
                    PoolState pool = database.poolState();
                    callback.call(pool.active(), "active");
                    callback.call(pool.idle(), "idle");
                    callback.call(pool.pending(), "pending");
                    callback.call(pool.max(), "max");
                }).register(registry);
        GaugeWithCallback.builder().name("live_campaigns_cached")
                .help("campaigns in the ad engine's in-memory snapshot of today")
                .callback(callback -> callback.call(live.cachedCampaigns())).register(registry);
        CounterWithCallback.builder().name("live_campaigns_refreshes_total")
                .help("loads of the live campaigns from the database")
                .callback(callback -> callback.call(live.loads())).register(registry);
        GaugeWithCallback.builder().name("client_profiles_cached")
                .help("client profiles the ad engine keeps in memory, so that their next ad needs no read")
                .callback(callback -> callback.call(profiles.size())).register(registry);
        simulationRequests = Counter.builder().name("simulation_requests_total")
                .help("requests of the traffic simulation by outcome")
                .labelNames("outcome").register(registry);
        initialise(simulationRequests, SimulationOutcome.values());
        simulationRunning = Gauge.builder().name("simulation_running")
                .help("1 while the traffic simulation runs on this instance")
                .register(registry);
    }

    private static Counter campaignCounter(PrometheusRegistry registry, String name, String help) {
        return Counter.builder().name(name).help(help).labelNames("advertiser_id", "campaign_id").register(registry);
    }

    private static void initialise(Counter counter, Enum<?>[] values) {
        for (Enum<?> value : values) {
            counter.initLabelValues(label(value));
        }
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static double seconds(long nanos) {
        return Unit.nanosToSeconds(nanos);
    }

    // ---------------------------------------------------------------- REST API

    @Override
    public void answered(String method, String route, int status, long nanos) {
        String code = String.valueOf(status);
        httpRequests.labelValues(method, route, code).inc();
        httpDuration.labelValues(method, route, code).observe(seconds(nanos));
    }

    @Override
    public void errorAnswered(int status, String error) {
        apiErrors.labelValues(String.valueOf(status), error).inc();
    }

    @Override
    public void invalidClick() {
        clickRejected(ClickRejection.INVALID);
    }

    // ---------------------------------------------------------------- ad slot

    @Override
    public void decided(DecisionOutcome outcome, long nanos) {
        decisions.labelValues(label(outcome)).inc();
        decisionDuration.observe(seconds(nanos));
    }

    @Override
    public void impressionRecorded(UUID advertiserId, UUID campaignId, BigDecimal price) {
        charged(impressions, impressionRevenue, advertiserId, campaignId, price);
    }

    @Override
    public void clickRecorded(UUID advertiserId, UUID campaignId, BigDecimal price) {
        charged(clicks, clickRevenue, advertiserId, campaignId, price);
    }

    /** One committed event of a campaign and the money it brought. */
    private static void charged(Counter events, Counter revenue, UUID advertiserId, UUID campaignId, BigDecimal price) {
        String advertiser = advertiserId.toString();
        String campaign = campaignId.toString();
        events.labelValues(advertiser, campaign).inc();
        revenue.labelValues(advertiser, campaign).inc(price.doubleValue());
    }

    @Override
    public void clickRejected(ClickRejection reason) {
        clicksRejected.labelValues(label(reason)).inc();
    }

    // ---------------------------------------------------------------- language model

    @Override
    public void called(Purpose purpose, boolean ok, long nanos) {
        llmRequests.labelValues(label(purpose), ok ? "ok" : "error").inc();
        llmDuration.labelValues(label(purpose)).observe(seconds(nanos));
    }

    // ---------------------------------------------------------------- bot

    /**
     * A Telegram update was handled: {@code type} is message, callback or other (anything else is
     * counted as other). The shape of the bot module's {@code BotMetrics#updateHandled}.
     */
    public void botUpdateHandled(String type, long nanos) {
        String known = BOT_UPDATE_TYPES.contains(type) ? type : "other";
        botUpdates.labelValues(known).inc();
        botDuration.labelValues(known).observe(seconds(nanos));
    }

    // ---------------------------------------------------------------- simulation

    public void simulationRequest(SimulationOutcome outcome) {
        simulationRequests.labelValues(label(outcome)).inc();
    }

    public void simulationRunning(boolean running) {
        simulationRunning.set(running ? 1 : 0);
    }
}
