package adengine.core.ads;

import java.util.UUID;

/**
 * Tells synthetic traffic (a load simulation's own clients and advertisers) from real traffic. The
 * two never mix: a synthetic client is shown only synthetic advertisers' campaigns and a real client
 * never one, so a simulation neither charges real advertisers nor shows real clients invented ads.
 */
public interface TrafficPartition {
    /** Everything is real traffic. */
    TrafficPartition NONE = new TrafficPartition() {
        @Override
        public boolean isSyntheticClient(UUID clientId) {
            return false;
        }

        @Override
        public boolean isSyntheticAdvertiser(UUID advertiserId) {
            return false;
        }
    };

    boolean isSyntheticClient(UUID clientId);

    boolean isSyntheticAdvertiser(UUID advertiserId);
}
