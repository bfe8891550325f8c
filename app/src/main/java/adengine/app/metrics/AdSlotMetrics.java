package adengine.app.metrics;

import adengine.core.ads.AdEventListener.ClickRejection;
import adengine.core.ads.AdEventListener.DecisionOutcome;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The ad slot: decisions of {@code GET /ads}, the impressions and clicks the ledger committed with
 * the money they brought, by advertiser and campaign, and the click reports it did not record.
 */
final class AdSlotMetrics {
    private final Counter decisions;
    private final Histogram decisionDuration;
    private final Counter impressions;
    private final Counter clicks;
    private final Counter impressionRevenue;
    private final Counter clickRevenue;
    private final Counter clicksRejected;

    AdSlotMetrics(PrometheusRegistry registry) {
        decisions = EnumLabels.counter(registry, "ad_decisions_total",
                "ad decisions of GET /ads by outcome: a new impression, a repeat, or no ad", "outcome", DecisionOutcome.values());
        decisionDuration = Histogram.builder().name("ad_decision_duration_seconds").classicOnly()
                .help("in-process duration of a GET /ads decision, ledger commit included")
                .register(registry);
        impressions = campaignCounter(registry, "ad_impressions_total", "committed impressions");
        clicks = campaignCounter(registry, "ad_clicks_total", "committed first clicks");
        impressionRevenue = campaignCounter(registry, "ad_impression_revenue_total", "money charged for committed impressions");
        clickRevenue = campaignCounter(registry, "ad_click_revenue_total", "money charged for committed clicks");
        clicksRejected = EnumLabels.counter(registry, "ad_clicks_rejected_total",
                "click reports not recorded, by reason", "reason", ClickRejection.values());
    }

    private static Counter campaignCounter(PrometheusRegistry registry, String name, String help) {
        return Counter.builder().name(name).help(help).labelNames("advertiser_id", "campaign_id").register(registry);
    }

    void decided(DecisionOutcome outcome, long nanos) {
        decisions.labelValues(EnumLabels.of(outcome)).inc();
        decisionDuration.observe(Unit.nanosToSeconds(nanos));
    }

    void impressionRecorded(UUID advertiserId, UUID campaignId, BigDecimal price) {
        charged(impressions, impressionRevenue, advertiserId, campaignId, price);
    }

    void clickRecorded(UUID advertiserId, UUID campaignId, BigDecimal price) {
        charged(clicks, clickRevenue, advertiserId, campaignId, price);
    }

    void clickRejected(ClickRejection reason) {
        clicksRejected.labelValues(EnumLabels.of(reason)).inc();
    }

    /** One committed event of a campaign and the money it brought. */
    private static void charged(Counter events, Counter revenue, UUID advertiserId, UUID campaignId, BigDecimal price) {
        String advertiser = advertiserId.toString();
        String campaign = campaignId.toString();
        events.labelValues(advertiser, campaign).inc();
        revenue.labelValues(advertiser, campaign).inc(price.doubleValue());
    }
}
