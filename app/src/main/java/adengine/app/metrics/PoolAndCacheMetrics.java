package adengine.app.metrics;

import adengine.core.ads.ProfileCache;
import adengine.persistence.ads.CachedLiveCampaigns;
import adengine.persistence.db.Database;
import adengine.persistence.db.PoolState;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The database pool and what the ad engine keeps in memory, read from them at every scrape rather
 * than counted as they change, since they keep the numbers themselves.
 */
final class PoolAndCacheMetrics {
    private PoolAndCacheMetrics() {
    }

    static void register(PrometheusRegistry registry, Database database, CachedLiveCampaigns live, ProfileCache profiles) {
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
    }
}
