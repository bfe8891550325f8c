package adengine.core.advertiser;

import adengine.core.common.LastWins;
import adengine.core.common.NotFoundException;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Use cases of advertisers: bulk upsert, lookup and lists by name. */
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

    /** The advertisers whose name matches {@code name}, by name. */
    public Page<Advertiser> list(SearchTerm name, PageRequest request) {
        return advertisers.page(name, request);
    }

    public Advertiser get(UUID advertiserId) {
        return advertisers.find(advertiserId).orElseThrow(() -> new NotFoundException("advertiser", advertiserId));
    }
}
