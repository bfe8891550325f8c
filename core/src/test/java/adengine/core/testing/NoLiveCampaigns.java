package adengine.core.testing;

import adengine.core.ads.Delivery;
import adengine.core.ads.LiveCampaigns;
import adengine.core.ads.Market;
import adengine.core.ads.MarketVersion;
import java.util.List;
import java.util.UUID;

/** Live campaigns for use-case tests that do not serve ads: counts the change notices. */
public final class NoLiveCampaigns implements LiveCampaigns {
    private int changes;

    @Override
    public Market market(MarketVersion version) {
        return new Market(List.of());
    }

    @Override
    public MarketVersion known() {
        return null;
    }

    @Override
    public void delivered(UUID campaignId, Delivery delivery) {
    }

    @Override
    public void withdrawn(UUID campaignId) {
    }

    @Override
    public synchronized void changed() {
        changes++;
    }

    public synchronized int changes() {
        return changes;
    }
}
