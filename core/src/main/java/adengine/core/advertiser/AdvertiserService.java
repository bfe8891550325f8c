package adengine.core.advertiser;

import adengine.core.common.LastWins;
import adengine.core.common.NotFoundException;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Use cases of advertisers: bulk upsert and lookup. */
public final class AdvertiserService {
    private final AdvertiserRepository advertisers;

    public AdvertiserService(AdvertiserRepository advertisers) {
        this.advertisers = Objects.requireNonNull(advertisers);
    }

    /** Stores the batch atomically; returns one advertiser per distinct id, last occurrence winning. */
    public List<Advertiser> upsertAll(List<Advertiser> batch) {
        List<Advertiser> distinct = LastWins.distinct(batch, Advertiser::advertiserId);
        advertisers.upsertAll(distinct);
        return distinct;
    }

    public Page<Advertiser> list(PageRequest request) {
        return advertisers.page(request);
    }

    public Advertiser get(UUID advertiserId) {
        return advertisers.find(advertiserId).orElseThrow(() -> new NotFoundException("advertiser", advertiserId));
    }
}
