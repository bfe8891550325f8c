package adengine.app.simulation;

import adengine.core.ads.TrafficPartition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The identities of the simulation's own clients and advertisers. Their ids are name-based UUIDs
 * derived from fixed names, so every instance and every run knows them without storing anything,
 * and a real id can never be one of them. The ad decision keeps them apart from real traffic.
 */
public final class SyntheticTraffic implements TrafficPartition {
    static final int CLIENTS = 500;
    static final int ADVERTISERS = 4;

    private static final List<UUID> CLIENT_IDS = ids("client", CLIENTS);
    private static final List<UUID> ADVERTISER_IDS = ids("advertiser", ADVERTISERS);
    private static final Set<UUID> CLIENT_SET = Set.copyOf(CLIENT_IDS);
    private static final Set<UUID> ADVERTISER_SET = Set.copyOf(ADVERTISER_IDS);

    private static List<UUID> ids(String kind, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> UUID.nameUUIDFromBytes(("adengine-simulation/" + kind + "/" + n).getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    /** The synthetic clients, the first being sim-client-0001. */
    public static List<UUID> clientIds() {
        return CLIENT_IDS;
    }

    /** The synthetic advertisers, the first being Simulation advertiser 1. */
    public static List<UUID> advertiserIds() {
        return ADVERTISER_IDS;
    }

    @Override
    public boolean isSyntheticClient(UUID clientId) {
        return CLIENT_SET.contains(clientId);
    }

    @Override
    public boolean isSyntheticAdvertiser(UUID advertiserId) {
        return ADVERTISER_SET.contains(advertiserId);
    }
}
