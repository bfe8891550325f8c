package adengine.core.testing;

import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserRepository;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A fake advertiser store for use-case tests. */
public final class InMemoryAdvertiserRepository implements AdvertiserRepository {
    private final Map<UUID, Advertiser> advertisers = new ConcurrentHashMap<>();

    @Override
    public void upsertAll(List<Advertiser> batch) {
        batch.forEach(advertiser -> advertisers.put(advertiser.advertiserId(), advertiser));
    }

    @Override
    public Optional<Advertiser> find(UUID advertiserId) {
        return Optional.ofNullable(advertisers.get(advertiserId));
    }

    @Override
    public Page<Advertiser> page(SearchTerm name, PageRequest request) {
        return Page.of(advertisers.values().stream()
                .filter(advertiser -> name.matches(advertiser.name()))
                .sorted(Comparator.comparing(Advertiser::name).thenComparing(Advertiser::advertiserId))
                .toList(), request);
    }
}
