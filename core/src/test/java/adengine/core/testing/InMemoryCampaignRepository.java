package adengine.core.testing;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignRepository;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A fake campaign store for use-case tests; keeps insertion order, lists newest first. */
public final class InMemoryCampaignRepository implements CampaignRepository {
    private final List<Campaign> campaigns = new ArrayList<>();

    @Override
    public synchronized void insert(Campaign campaign) {
        campaigns.add(campaign);
    }

    @Override
    public synchronized Optional<Campaign> find(UUID advertiserId, UUID campaignId) {
        return campaigns.stream()
                .filter(c -> c.advertiserId().equals(advertiserId) && c.campaignId().equals(campaignId))
                .findFirst();
    }

    @Override
    public synchronized Optional<Campaign> findById(UUID campaignId) {
        return campaigns.stream().filter(c -> c.campaignId().equals(campaignId)).findFirst();
    }

    @Override
    public synchronized Page<Campaign> page(UUID advertiserId, PageRequest request) {
        List<Campaign> own = new ArrayList<>(campaigns.stream().filter(c -> c.advertiserId().equals(advertiserId)).toList());
        java.util.Collections.reverse(own);
        List<Campaign> items = own.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(items, own.size());
    }

    @Override
    public synchronized Optional<Campaign> update(UUID advertiserId, UUID campaignId, UnaryOperator<Campaign> change) {
        return find(advertiserId, campaignId).map(current -> {
            Campaign changed = change.apply(current);
            campaigns.set(campaigns.indexOf(current), changed);
            return changed;
        });
    }

    @Override
    public synchronized boolean replaceImageKey(UUID campaignId, String expected, String key) {
        Optional<Campaign> current = findById(campaignId);
        if (current.isEmpty() || !java.util.Objects.equals(current.get().imageKey(), expected)) {
            return false;
        }
        Campaign campaign = current.get();
        campaigns.set(campaigns.indexOf(campaign), new Campaign(campaign.campaignId(), campaign.advertiserId(), campaign.spec(), key, campaign.paused()));
        return true;
    }

    @Override
    public synchronized boolean delete(UUID advertiserId, UUID campaignId) {
        return find(advertiserId, campaignId).map(campaigns::remove).orElse(false);
    }
}
