package adengine.app.metrics;

import adengine.api.http.RequestObserver;
import adengine.core.ads.AdEventListener;
import adengine.core.ads.ProfileCache;
import adengine.persistence.ads.CachedLiveCampaigns;
import adengine.persistence.db.Database;
import adengine.persistence.llm.LanguageModelObserver;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Every metric of AdEngine, declared in this package by area and nowhere else (the catalog is
 * {@code monitoring/metrics.txt}). The domain, the REST API and the language model report through
 * the listener ports they define; this class hands their events to the area they belong to, which
 * turns them into Prometheus series. Money and events are labelled by advertiser and campaign, never
 * by client, to keep the series few.
 */
public final class AdEngineMetrics implements AdEventListener, RequestObserver, LanguageModelObserver {
    private final HttpMetrics http;
    private final AdSlotMetrics adSlot;
    private final LanguageModelMetrics languageModel;
    private final BotUpdateMetrics bot;
    private final SimulationMetrics simulation;

    /** What a simulated visit ended in. */
    public enum SimulationOutcome {
        SERVED, NONE, CLICK
    }

    public AdEngineMetrics(PrometheusRegistry registry, Database database, CachedLiveCampaigns live, ProfileCache profiles) {
        JvmMetrics.builder().register(registry);
        http = new HttpMetrics(registry);
        adSlot = new AdSlotMetrics(registry);
        languageModel = new LanguageModelMetrics(registry);
        bot = new BotUpdateMetrics(registry);
        PoolAndCacheMetrics.register(registry, database, live, profiles);
        simulation = new SimulationMetrics(registry);
    }

    @Override
    public void answered(String method, String route, int status, long nanos) {
        http.answered(method, route, status, nanos);
    }

    @Override
    public void errorAnswered(int status, String error) {
        http.errorAnswered(status, error);
    }

    @Override
    public void invalidClick() {
        adSlot.clickRejected(ClickRejection.INVALID);
    }

    @Override
    public void decided(DecisionOutcome outcome, long nanos) {
        adSlot.decided(outcome, nanos);
    }

    @Override
    public void impressionRecorded(UUID advertiserId, UUID campaignId, BigDecimal price) {
        adSlot.impressionRecorded(advertiserId, campaignId, price);
    }

    @Override
    public void clickRecorded(UUID advertiserId, UUID campaignId, BigDecimal price) {
        adSlot.clickRecorded(advertiserId, campaignId, price);
    }

    @Override
    public void clickRejected(ClickRejection reason) {
        adSlot.clickRejected(reason);
    }

    @Override
    public void called(Purpose purpose, boolean ok, long nanos) {
        languageModel.called(purpose, ok, nanos);
    }

    /**
     * A Telegram update was handled: {@code type} is message, callback or other (anything else is
     * counted as other). The shape of the bot module's {@code BotMetrics#updateHandled}.
     */
    public void botUpdateHandled(String type, long nanos) {
        bot.handled(type, nanos);
    }

    public void simulationRequest(SimulationOutcome outcome) {
        simulation.request(outcome);
    }

    public void simulationRunning(boolean running) {
        simulation.running(running);
    }
}
