package adengine.core.advertiser;

import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of advertisers. */
public interface AdvertiserRepository {
    /** Inserts or replaces every advertiser in one transaction. */
    void upsertAll(List<Advertiser> advertisers);

    Optional<Advertiser> find(UUID advertiserId);

    /** Advertisers whose name matches {@code name}, ordered by name, then id. */
    Page<Advertiser> page(SearchTerm name, PageRequest request);
}
